import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { tempFolder } from '../../helpers/cli.js';

/** `argmap lsp --stdio` as any LSP editor would use it: initialize, open a file, receive diagnostics. */
describe('argmap lsp --stdio', () => {
    const server = spawn(process.execPath, [path.resolve(__dirname, '../../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    it('publishes coded diagnostics for an opened document', async () => {
        const folder = tempFolder({ 'a.argmap': '' });
        const uri = pathToFileURL(path.join(folder, 'a.argmap')).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'test' }],
        });
        connection.sendNotification('initialized', {});
        const published = new Promise<{ uri: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }>(resolve => {
            connection.onNotification('textDocument/publishDiagnostics', params => {
                if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
            });
        });
        connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'argmap', version: 1, text: 'thesis t "T"\nobjection o attacks t "Unanswered."\n' },
        });
        const params = await published;
        expect(params.diagnostics.map(d => `${d.code}@${d.range.start.line + 1}`)).toContain('unanswered-objection@2');
    });
});
