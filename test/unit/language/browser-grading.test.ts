import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, PortMessageReader, PortMessageWriter } from 'vscode-jsonrpc/node';
import { FileSystemRequests, GradeRequests } from '../../../language-server/src/protocol.js';

/**
 * `argmap/grade` in the web build of the language server (what vscode.dev runs), with a workspace
 * folder: the workspace's files and the rubric are read through the client, as VS Code's file
 * system API would serve them. The worker is loaded as browser-server.test.ts loads it.
 */
const bootstrap = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
self.postMessage = message => parentPort.postMessage(message);
self.addEventListener = () => {};
Object.defineProperty(self, 'onmessage', { set(listener) { parentPort.on('message', data => listener({ data })); } });
require(workerData.server);
`;

const files: Record<string, string> = {
    'file:///class/essay.argmap-rubric.json': JSON.stringify({ title: 'Essay', criteria: [{ id: 'thesis', rule: 'one-thesis', points: 1 }, { id: 'clean', rule: 'no-errors', points: 1 }] }),
    'file:///class/ana.argmap': 'thesis t "T"\n',
    'file:///class/ben.argmap': 'claim c "No thesis." cite nowhere\n',
};

describe('argmap/grade in the web build of the language server', () => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { server: path.resolve(__dirname, '../../../out/language-server-web.js') } });
    const connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    const entry = (uri: string) => ({ uri, isFile: uri in files, isDirectory: !(uri in files) });
    connection.onRequest(FileSystemRequests.stat, ({ uri }: FileSystemRequests.UriParams) => entry(uri));
    connection.onRequest(FileSystemRequests.readDirectory, ({ uri }: FileSystemRequests.UriParams) =>
        Object.keys(files).filter(file => file.startsWith(`${uri}/`)).map(entry));
    connection.onRequest(FileSystemRequests.readFile, ({ uri }: FileSystemRequests.UriParams) => {
        if (!(uri in files)) throw new Error(`no file ${uri}`);
        return { base64: Buffer.from(files[uri]).toString('base64') };
    });
    connection.listen();
    afterAll(async () => {
        connection.dispose();
        await worker.terminate();
    });

    it('reads the rubric and the workspace through the client and grades every file', async () => {
        await connection.sendRequest('initialize', { processId: null, rootUri: 'file:///class', capabilities: {}, workspaceFolders: [{ uri: 'file:///class', name: 'class' }] });
        connection.sendNotification('initialized', {});
        const result = await connection.sendRequest<GradeRequests.GradeResult>(GradeRequests.grade, { rubricUri: 'file:///class/essay.argmap-rubric.json' } satisfies GradeRequests.GradeParams);
        if ('problems' in result) throw new Error(result.problems.join('; '));
        expect(result.results.map(r => [r.file, r.score, r.errors])).toEqual([['ana.argmap', 2, 0], ['ben.argmap', 0, 1]]);
        expect(result.csv).toBe('file,thesis,clean,score,max\nana.argmap,1,1,2,2\nben.argmap,0,0,0,2\n');
    });
});
