import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, argmapDiagnostics, codeOf, fixture, hasDiagnostic, lineOf, note, openFixture, positionOf, waitFor } from './helpers.js';

/** Editor features through VS Code's own commands, as the editor calls them. */
describe('language features', () => {
    let document: vscode.TextDocument;
    before(async () => {
        await activateExtension();
        document = (await openFixture('faults.argmap')).document;
        // The server has the document once its problems are in.
        await waitFor('faults.argmap checked', () => hasDiagnostic(fixture('faults.argmap'), 'unresolved-reference'));
    });

    it('go to definition: a relation target leads to the thesis it names', async () => {
        const position = positionOf(document, 'supports need', 'supports '.length + 1);
        const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', document.uri, position);
        assert.equal(locations.length, 1, JSON.stringify(locations));
        const target = locations[0];
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
        assert.equal(uri.toString(), document.uri.toString());
        assert.equal(range.start.line, lineOf(document, 'thesis need'));
    });

    it('completion after `cite` offers the file\'s sources', async () => {
        const position = positionOf(document, 'cite chartr', 'cite '.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const source of ['charter', 'unread']) assert.ok(labels.includes(source), `${source} in ${labels.join(', ')}`);
        assert.ok(!labels.includes('need'), 'a statement is not offered where a source is needed');
    });

    it('rename changes a source\'s declaration and every citation of it, in this file only', async () => {
        const position = positionOf(document, 'source charter', 'source '.length + 1);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'unCharter');
        const entries = edit.entries();
        assert.deepEqual(entries.map(([uri]) => uri.toString()), [document.uri.toString()], 'only faults.argmap changes (closed.argmap has its own charter)');
        const edits = entries[0][1];
        assert.ok(edits.every(e => e.newText === 'unCharter'));
        assert.deepEqual(edits.map(e => document.getText(e.range)), ['charter', 'charter', 'charter']);
        assert.deepEqual(edits.map(e => e.range.start.line).sort((a, b) => a - b),
            [lineOf(document, 'source charter'), lineOf(document, 'claim veto'), lineOf(document, 'objection selfHelp')]);
    });

    it('document symbols list the map\'s declarations', async () => {
        const symbols = await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>(
            'vscode.executeDocumentSymbolProvider', document.uri);
        const names: string[] = [];
        const walk = (list: Array<vscode.DocumentSymbol | vscode.SymbolInformation>) => {
            for (const symbol of list) {
                names.push(symbol.name);
                if ('children' in symbol) walk(symbol.children);
            }
        };
        walk(symbols);
        for (const name of ['charter', 'unread', 'need', 'veto', 'gulf', 'selfHelp']) {
            assert.ok(names.some(n => n === name || n.includes(name)), `${name} in ${names.join(', ')}`);
        }
    });

    it('hover on a name shows what the map says about it', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri,
            positionOf(document, 'thesis need', 'thesis '.length + 1));
        const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /\*\*thesis\*\* `need`/);
        assert.match(text, /The world needs a system of collective security\./);
    });

    it('code lenses say where each thesis, claim and objection stands', async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
        const titles = new Map(lenses.map(lens => [lens.range.start.line, lens.command?.title ?? '']));
        note(`(lenses: ${[...titles].map(([line, title]) => `${line + 1}: ${title}`).join(' | ')})`);
        assert.match(titles.get(lineOf(document, 'thesis need')) ?? '', /objection/);
        assert.match(titles.get(lineOf(document, 'objection selfHelp')) ?? '', /answer/);
    });

    it('semantic tokens colour the map by kind', async () => {
        const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
        const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
        assert.ok(legend.tokenModifiers.includes('thesis'), legend.tokenModifiers.join(', '));
        assert.ok(tokens.data.length >= 5 * 10, `${tokens.data.length / 5} tokens`);
    });

    it('formatting re-indents a messy map', async () => {
        const messy = [
            'map   "Collective security"    by "A. Student"',
            'source charter "Charter of the United Nations (1945)"',
            '   framing liberal "Liberal institutionalism"',
            'thesis need "The world needs it." #liberal cite charter {   argument failure { claim veto "The veto." cite charter }',
            '      objection selfHelp "States won\'t help." cite charter',
            '}',
            '',
        ].join('\n');
        const untitled = await vscode.workspace.openTextDocument({ language: 'argmap', content: messy });
        await vscode.window.showTextDocument(untitled);
        const edits = await waitFor('formatting edits', async () => {
            const result = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', untitled.uri,
                { tabSize: 2, insertSpaces: true });
            return result && result.length > 0 ? result : undefined;
        });
        const edit = new vscode.WorkspaceEdit();
        edit.set(untitled.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.equal(untitled.getText(), [
            'map "Collective security" by "A. Student"',
            'source charter "Charter of the United Nations (1945)"',
            'framing liberal "Liberal institutionalism"',
            'thesis need "The world needs it." #liberal cite charter {',
            '  argument failure {',
            '    claim veto "The veto." cite charter',
            '  }',
            '  objection selfHelp "States won\'t help." cite charter',
            '}',
            '',
        ].join('\n'));
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('quick fix: the misspelt source gets "Change to `charter`", and applying it clears the error', async () => {
        const uri = fixture('faults.argmap');
        await vscode.window.showTextDocument(document);
        const error = argmapDiagnostics(uri).find(d => codeOf(d) === 'unresolved-reference')!;
        assert.ok(error, 'the unresolved-reference error is there');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, error.range,
            vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map(a => a.title);
        const fix = actions.find(a => a.title === 'Change to `charter`');
        assert.ok(fix?.edit, `a "Change to \`charter\`" fix with an edit among: ${titles.join(' | ')}`);
        assert.ok(fix.isPreferred, 'it is the preferred fix');
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.ok(document.lineAt(error.range.start.line).text.includes('cite charter "Art. 42"'));
        await waitFor('the error to go', () => !hasDiagnostic(uri, 'unresolved-reference'));
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await waitFor('the error to come back after revert', () => hasDiagnostic(uri, 'unresolved-reference', 19));
    });
});
