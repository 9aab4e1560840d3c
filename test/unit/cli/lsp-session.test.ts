import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { tempFolder } from '../../helpers/cli.js';

interface Published { uri: string; diagnostics: Array<{ code: string; message: string; range: { start: { line: number; character: number } } }> }

/**
 * What VS Code does in a session that a single open-and-check does not. An untitled map closed
 * unsaved crashed the server at the next change anywhere (found by the end-to-end tests). The other
 * session bug they found, every diagnostic published twice when the settings arrived while the
 * workspace loaded, depends on timing and is covered there (test/e2e/, test/extension/).
 */
describe('argmap lsp --stdio, an editor session', () => {
    let stop: (() => void) | undefined;
    const settings = { settings: { argmap: { checks: { 'unused-source': 'hint' }, maxStatementWords: 40, workspaceDiagnostics: true } } };
    afterEach(() => stop?.());

    async function startServer(files: Record<string, string>) {
        const folder = tempFolder(files);
        const server = spawn(process.execPath, [path.resolve(__dirname, '../../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let exited: number | null | undefined;
        let stderr = '';
        server.on('exit', code => { exited = code; });
        server.stderr!.on('data', chunk => { stderr += chunk; });
        const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const published: Published[] = [];
        connection.onNotification('textDocument/publishDiagnostics', (params: Published) => { published.push(params); });
        // VS Code answers with the whole `argmap` section, defaults included.
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section === 'argmap' ? settings.settings.argmap : null)));
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
        stop = () => { connection.dispose(); server.kill(); };
        const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: pathToFileURL(folder).toString(),
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'test' }],
        });
        connection.sendNotification('initialized', {});
        return { connection, published, uriOf, alive: () => exited === undefined, stderr: () => stderr };
    }

    const text = 'thesis t "T"\nobjection o attacks t "Unanswered."\n';

    it('forgets an untitled map closed unsaved, and keeps running when another file changes', async () => {
        const { connection, published, uriOf, alive, stderr } = await startServer({ 'a.argmap': text });
        const untitled = 'untitled:Untitled-1';
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'argmap', version: 1, text } });
        await expect.poll(() => published.some(p => p.uri === untitled && p.diagnostics.length > 0), { timeout: 10_000 }).toBe(true);
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
        // Its problems leave the Problems panel.
        await expect.poll(() => published.filter(p => p.uri === untitled).at(-1)?.diagnostics.length, { timeout: 10_000 }).toBe(0);

        const a = uriOf('a.argmap');
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'argmap', version: 1, text } });
        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: a, version: 2 }, contentChanges: [{ text: `${text}rebuttal attacks o "Answered."\n` }],
        });
        await expect.poll(() => published.filter(p => p.uri === a).at(-1)?.diagnostics.map(d => d.code), { timeout: 10_000 }).toEqual(['unsupported-thesis']);
        expect(alive(), `the server is still running; its stderr:\n${stderr()}`).toBe(true);
        expect(published.filter(p => p.uri === untitled).at(-1)?.diagnostics).toEqual([]);
    });
});
