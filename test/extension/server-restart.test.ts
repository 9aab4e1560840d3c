import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixture, hasDiagnostic, languageServerPids, note, openFixture, summary, waitFor } from './helpers.js';

describe('language server lifecycle', () => {
    afterEach(async () => {
        // Leave faults.argmap as it is on disk for the other suites.
        const open = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === fixture('faults.argmap').toString());
        if (open?.document.isDirty) {
            await vscode.window.showTextDocument(open.document);
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    it('runs the bundled server as a child process of the extension host', async () => {
        await activateExtension();
        await openFixture('faults.argmap');
        const pids = await waitFor('a language server process', () => languageServerPids().length > 0 && languageServerPids());
        assert.equal(pids.length, 1, `one server process, not ${pids.join(', ')}`);
    });

    it('a killed server is restarted: problems come back and an unsaved edit is kept and checked', async () => {
        const uri = fixture('faults.argmap');
        const editor = await openFixture('faults.argmap');
        await waitFor('the planted diagnostics', () => hasDiagnostic(uri, 'unresolved-reference', 19));

        // An unsaved edit that adds a problem of its own.
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        const added = '\nclaim unsaved supports need "Typed, not saved." cite nobodyKnown\n';
        assert.ok(await editor.edit(edit => edit.insert(end, added)));
        const addedLine = editor.document.lineCount - 2;
        await waitFor('the unsaved line\'s unresolved-reference', () => hasDiagnostic(uri, 'unresolved-reference', addedLine));

        const [before] = await waitFor('the server process', () => languageServerPids().length === 1 && languageServerPids());
        let cleared = false;
        const watch = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(u => u.toString() === uri.toString()) && summary(uri).length === 0) cleared = true;
        });
        try {
            process.kill(before, 'SIGKILL');
            const [after] = await waitFor('a new server process',
                () => { const pids = languageServerPids(); return pids.length === 1 && pids[0] !== before && pids; }, 30_000);
            assert.notEqual(after, before);
            await waitFor(() => `the diagnostics, from the new server (have: ${summary(uri).join(', ')})`,
                () => hasDiagnostic(uri, 'unresolved-reference', addedLine) && hasDiagnostic(uri, 'unresolved-reference', 19)
                    && hasDiagnostic(uri, 'uncited-evidence', 12));
        } finally {
            watch.dispose();
        }
        assert.ok(editor.document.isDirty, 'the edit is still unsaved');
        assert.ok(editor.document.getText().includes('claim unsaved supports need'), 'the unsaved text is still there');
        // The new server works on the unsaved text: another edit gets checked.
        assert.ok(await editor.edit(edit => edit.replace(editor.document.lineAt(addedLine).range,
            'claim unsaved supports need "Typed, not saved." cite charter')));
        await waitFor('the fixed unsaved line to lose its error', () => !hasDiagnostic(uri, 'unresolved-reference', addedLine));
        // Not an assertion (the client may keep or clear the old server's diagnostics), but worth a line in the log.
        note(`(diagnostics were ${cleared ? '' : 'not '}cleared while the server restarted)`);
    });

    it('"Argmap: Restart Language Server" starts a new server that checks again', async () => {
        const uri = fixture('faults.argmap');
        await openFixture('faults.argmap');
        const [before] = await waitFor('the server process', () => languageServerPids().length === 1 && languageServerPids());
        await vscode.commands.executeCommand('argmap.restartServer');
        await waitFor('a new server process', () => { const pids = languageServerPids(); return pids.length === 1 && pids[0] !== before; });
        await waitFor('the planted diagnostics', () => hasDiagnostic(uri, 'unresolved-reference', 19) && hasDiagnostic(uri, 'unused-source', 6));
    });
});
