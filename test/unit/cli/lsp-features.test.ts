import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { tempFolder } from '../../helpers/cli.js';

const lib = 'source charter "Charter of the United Nations (1945)"\nframing liberal "Liberal institutionalism"\n';
const main = 'import "./lib.argmap"\nthesis need "The world needs collective security." #liberal cite charter {\n    claim veto "The veto." cite \n}\n';

/** The editor features as an LSP editor sees them through `argmap lsp --stdio` (the built bundle). */
describe('argmap lsp --stdio: editor features', () => {
    const server = spawn(process.execPath, [path.resolve(__dirname, '../../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const folder = tempFolder({ 'lib.argmap': lib, 'main.argmap': main });
    const uri = pathToFileURL(path.join(folder, 'main.argmap')).toString();
    let capabilities: Record<string, unknown>;

    beforeAll(async () => {
        const result = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: process.pid, rootUri: pathToFileURL(folder).toString(),
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'test' }],
        });
        capabilities = result.capabilities;
        connection.sendNotification('initialized', {});
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'argmap', version: 1, text: main } });
    });

    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    it('announces the features', () => {
        expect(capabilities).toMatchObject({
            hoverProvider: true, definitionProvider: true, referencesProvider: true, documentHighlightProvider: true,
            documentSymbolProvider: true, documentFormattingProvider: true, foldingRangeProvider: true,
            renameProvider: { prepareProvider: true }, codeLensProvider: {}, workspaceSymbolProvider: {},
            completionProvider: { triggerCharacters: ['#'] },
        });
        expect(capabilities.semanticTokensProvider).toMatchObject({ legend: { tokenModifiers: expect.arrayContaining(['thesis', 'rejected']) } });
    });

    it('hovers a statement with its status and full citation, the source from an imported file', async () => {
        const hover = await connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 9 } });
        expect(hover.contents.value).toContain('**thesis** `need` · *accepted*');
        expect(hover.contents.value).toContain('Charter of the United Nations (1945)');
    });

    it('completes sources after cite, from the imported file', async () => {
        const list = await connection.sendRequest<{ items: Array<{ label: string; detail: string }> }>('textDocument/completion', {
            textDocument: { uri }, position: { line: 2, character: 32 },
        });
        expect(list.items.map(i => `${i.label}: ${i.detail}`)).toEqual(['charter: Charter of the United Nations (1945)']);
    });

    it('completes framings when # is typed, replacing the #', async () => {
        const tags = pathToFileURL(path.join(folder, 'tags.argmap')).toString();
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: tags, languageId: 'argmap', version: 1, text: 'import "./lib.argmap"\nthesis t "T" ' } });
        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: tags, version: 2 },
            contentChanges: [{ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, text: '#' }],
        });
        const list = await connection.sendRequest<{ items: Array<{ label: string; textEdit: { range: { start: { character: number } }; newText: string } }> }>(
            'textDocument/completion', { textDocument: { uri: tags }, position: { line: 1, character: 14 }, context: { triggerKind: 2, triggerCharacter: '#' } },
        );
        expect(list.items.map(i => [i.label, i.textEdit.range.start.character, i.textEdit.newText])).toEqual([['#liberal', 13, '#liberal']]);
    });

    it('formats to the canonical layout', async () => {
        const messy = pathToFileURL(path.join(folder, 'messy.argmap')).toString();
        connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: messy, languageId: 'argmap', version: 1, text: 'thesis   t "T" {    claim c "C" }' },
        });
        const edits = await connection.sendRequest<Array<{ newText: string }>>('textDocument/formatting', {
            textDocument: { uri: messy }, options: { tabSize: 4, insertSpaces: true },
        });
        expect(edits.map(e => e.newText)).toEqual([' ', '\n  ', '\n', '\n']);
    });
});
