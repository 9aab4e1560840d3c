import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, argmapDiagnostics, codeOf, fixture, hasDiagnostic, languageServerPids, openFixture, waitFor } from './helpers.js';

describe('commands', () => {
    it('"Argmap: New Argument Map" opens an untitled map from the template, which has no errors', async () => {
        await activateExtension();
        await vscode.commands.executeCommand('argmap.newMap');
        const editor = await waitFor('an untitled argmap editor', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.isUntitled && active.document.languageId === 'argmap' && active.document.getText().length > 0 ? active : undefined;
        });
        const text = editor.document.getText();
        // The snippet's placeholders are filled with their defaults.
        assert.match(text, /^map "Your question" by "Your name"$/m);
        assert.match(text, /^thesis main "State your position in one sentence\." #liberal \{$/m);
        assert.match(text, /^\s+objection "The best case against your position\." \{$/m);
        assert.ok(!text.includes('${'), 'no snippet syntax is left in the text');
        // The server checks untitled documents too: the template's only remark is the single-framing
        // info (it tags one framing), which also tells us the check has run. No errors, no warnings.
        await waitFor(() => `the template to be checked (have: ${argmapDiagnostics(editor.document.uri).map(codeOf).join(', ')})`,
            () => argmapDiagnostics(editor.document.uri).some(d => codeOf(d) === 'single-framing'));
        const serious = argmapDiagnostics(editor.document.uri).filter(d => d.severity <= vscode.DiagnosticSeverity.Warning);
        assert.deepEqual(serious.map(d => `${codeOf(d)}: ${d.message}`), [], 'the template has no errors or warnings');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('closing the unsaved new map leaves the server running: the next edit elsewhere is checked', async () => {
        await vscode.commands.executeCommand('argmap.newMap');
        const untitled = await waitFor('the untitled map', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.isUntitled && active.document.getText().length > 0 ? active.document : undefined;
        });
        await waitFor('the untitled map to be checked', () => argmapDiagnostics(untitled.uri).length > 0);
        const [server] = await waitFor('the server process', () => languageServerPids().length === 1 && languageServerPids());
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await waitFor('the closed map\'s problems to go', () => argmapDiagnostics(untitled.uri).length === 0);

        const editor = await openFixture('faults.argmap');
        const uri = fixture('faults.argmap');
        await waitFor('faults.argmap checked', () => hasDiagnostic(uri, 'unresolved-reference', 19));
        const line = editor.document.lineAt(19);
        assert.ok(await editor.edit(edit => edit.replace(line.range, line.text.replace('chartr', 'charter'))));
        await waitFor('the fixed reference to lose its error', () => !hasDiagnostic(uri, 'unresolved-reference'));
        assert.deepEqual(languageServerPids(), [server], 'the same server process is still running');
        await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('"Export Essay Outline" and "Show Framing Analysis" open the Markdown beside the map', async () => {
        await activateExtension();
        const uri = fixture('tutorial.argmap');
        await openFixture('tutorial.argmap');
        const outline = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('argmap.exportOutline', uri);
        assert.ok(outline, 'the command returns the new document');
        assert.equal(outline.languageId, 'markdown');
        assert.ok(outline.isUntitled, 'unsaved: the student saves it where they like');
        const text = outline.getText();
        assert.match(text, /^# Tutorial: is collective security worth keeping\?$/m);
        assert.match(text, /^## Thesis\n\nCollective security is worth keeping, despite its failures\.$/m);
        assert.match(text, /^## Counter-arguments and responses$/m);
        assert.match(text, /^## Sources$/m);
        assert.equal(vscode.window.activeTextEditor?.document, outline, 'it is shown');

        const framings = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('argmap.showFramings', uri);
        assert.match(framings?.getText() ?? '', /^\| #realist \(Realism\) \|/m);
        for (let i = 0; i < 2; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('"Import from AIF/Argdown…" opens an AIF or Argdown file as a new, unsaved map, which the server checks', async () => {
        await activateExtension();
        const fromArgdown = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('argmap.import', fixture('taxes.argdown'));
        assert.ok(fromArgdown, 'the command returns the new document');
        assert.equal(fromArgdown.languageId, 'argmap');
        assert.ok(fromArgdown.isUntitled, 'unsaved: the user saves it where they like');
        assert.equal(vscode.window.activeTextEditor?.document, fromArgdown, 'it is shown');
        const text = fromArgdown.getText();
        assert.match(text, /^\/\/ Imported from taxes\.argdown \(Argdown\) by argmap import\.$/m);
        assert.match(text, /^framing fairness "fairness"$/m);
        assert.match(text, /^claim Taxes "Taxes on the rich should rise\. #fairness" #fairness \{$/m);
        assert.match(text, /^argument Flight attacks Taxes \{$/m);
        assert.match(text, /^ {2}objection Treaties "Tax treaties let states follow the money\."$/m);
        // The server checks the new map like any other: no errors (warnings are usual: an imported claim cites nothing).
        await waitFor(() => `the imported map to be checked (have: ${argmapDiagnostics(fromArgdown.uri).map(codeOf).join(', ')})`,
            () => argmapDiagnostics(fromArgdown.uri).some(d => codeOf(d) === 'no-thesis'));
        assert.deepEqual(argmapDiagnostics(fromArgdown.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(d => d.message), []);

        const fromAif = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('argmap.import', fixture('council.json'));
        assert.match(fromAif?.getText() ?? '', /^thesis i1 "The Council should act\." \{$/m);
        for (let i = 0; i < 2; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
});
