import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ImportRequests } from '../../../language-server/src/protocol.js';
import { runCli, tempFolder } from '../../helpers/cli.js';

const corpora = path.resolve(__dirname, '../../fixtures/corpora');
const files = {
    'docs.argdown': readFileSync(path.join(corpora, 'argdown/docs-undercut-inference.argdown')),
    'debate.json': readFileSync(path.join(corpora, 'aif/arguebuf-6064-original.json')),
    'broken.json': '{"nodes": [',
};

/** `argmap/import` as VS Code's client sends it, through `argmap lsp --stdio` (the built bundle), over files on disk. */
describe('argmap/import', () => {
    const folder = tempFolder(files);
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
    const server = spawn(process.execPath, [path.resolve(__dirname, '../../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const importFile = (name: string) => connection.sendRequest<ImportRequests.ImportResult>(ImportRequests.importFile, { uri: uriOf(name) } satisfies ImportRequests.ImportParams);

    beforeAll(async () => {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {} });
        connection.sendNotification('initialized', {});
    });
    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    it('answers with the text `argmap import` writes, what was left out and Argdown\'s parser errors with their line', async () => {
        const result = await importFile('docs.argdown');
        expect(result.text).toBe(runCli(['import', 'docs.argdown'], folder).stdout);
        expect(result).toMatchObject({
            notes: ['left out the front matter\'s explanation and sourceHighlighter'],
            warnings: ['line 6: Expecting --> {linebreak}{linebreak} (Empty Line) <-- but found --> \'<a>\' <--'],
            problems: [],
        });
    });

    it('imports AIF JSON, and says why a file could not be imported', async () => {
        const aif = await importFile('debate.json');
        expect(aif.text).toMatch(/^\/\/ Imported from debate\.json \(AIF\) by argmap import\.\n/);
        expect(aif.notes).toEqual(['skipped 16 L, 14 YA and 8 TA nodes (dialogue layer)']);
        const broken = await importFile('broken.json');
        expect(broken).toMatchObject({ text: null, notes: [], warnings: [], problems: [expect.stringMatching(/^not JSON: /)] });
        expect(await importFile('missing.argdown')).toEqual({ text: null, notes: [], warnings: [], problems: ['cannot read missing.argdown: no such file'] });
    });
});
