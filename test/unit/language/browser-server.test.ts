import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, PortMessageReader, PortMessageWriter } from 'vscode-jsonrpc/node';
import { FileSystemRequests, ImportRequests, MapRequests, type InitializationOptions } from '../../../language-server/src/protocol.js';

/**
 * The web build of the language server (out/language-server-web.js, what vscode.dev runs in a web
 * worker), loaded in a worker thread with the few browser globals it uses. @vscode/test-web would
 * download VS Code at run time, which this offline machine can't, so this is the worker-level test.
 */
const bootstrap = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
self.postMessage = message => parentPort.postMessage(message);
self.addEventListener = () => {};
Object.defineProperty(self, 'onmessage', { set(listener) { parentPort.on('message', data => listener({ data })); } });
require(workerData.server);
`;

describe('the web build of the language server', () => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { server: path.resolve(__dirname, '../../../out/language-server-web.js') } });
    const connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    const files: Record<string, string | Buffer> = {
        'file:///w/sources.argmap': 'source un "Charter of the United Nations (1945)"',
        'file:///w/debate.argdown': '[T]: Taxes should rise.\n  - <Growth>: They would hurt growth. #economy\n',
        // What the web client serves from the extension's out/assets for PNG export.
        'file:///ext/out/assets/resvg.wasm': readFileSync(path.resolve(__dirname, '../../../out/assets/resvg.wasm')),
        'file:///ext/out/assets/DejaVuSans.ttf': readFileSync(path.resolve(__dirname, '../../../out/assets/DejaVuSans.ttf')),
    };
    connection.onRequest(FileSystemRequests.stat, ({ uri }: FileSystemRequests.UriParams) => {
        if (!(uri in files)) throw new Error(`no file ${uri}`);
        return { isFile: true, isDirectory: false };
    });
    connection.onRequest(FileSystemRequests.readFile, ({ uri }: FileSystemRequests.UriParams) => {
        if (!(uri in files)) throw new Error(`no file ${uri}`);
        return { base64: Buffer.from(files[uri]).toString('base64') };
    });
    connection.listen();
    afterAll(async () => {
        connection.dispose();
        await worker.terminate();
    });

    it('checks an open document and reads its imports through the client', async () => {
        const initializationOptions: InitializationOptions = { renderAssets: 'file:///ext/out/assets' };
        await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions });
        connection.sendNotification('initialized', {});
        const uri = 'file:///w/main.argmap';
        const published = new Promise<Array<{ code: string }>>(resolve => {
            connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Array<{ code: string }> }) => {
                if (params.uri === uri) resolve(params.diagnostics);
            });
        });
        connection.sendNotification('textDocument/didOpen', {
            textDocument: {
                uri, languageId: 'argmap', version: 1,
                text: 'import "./sources.argmap"\nimport "./missing.argmap"\nthesis t "T" cite un\nobjection o attacks t "Unanswered." cite un\n',
            },
        });
        const codes = (await published).map(d => d.code);
        expect(codes).toContain('unanswered-objection');
        expect(codes).toContain('import-not-found'); // missing.argmap: the client answered "no such file"
        expect(codes).not.toContain('unresolved-reference'); // `un` came from sources.argmap, read through the client
    });

    it('imports an Argdown file it reads through the client: @argdown/core runs in the web worker', async () => {
        const result = await connection.sendRequest<ImportRequests.ImportResult>(ImportRequests.importFile, { uri: 'file:///w/debate.argdown' } satisfies ImportRequests.ImportParams);
        expect(result).toEqual({
            text: '// Imported from debate.argdown (Argdown) by argmap import.\n\nframing economy "economy"\n\nclaim T "Taxes should rise."\n\n'
                + 'argument Growth attacks T #economy {\n  claim "They would hurt growth. #economy"\n}\n',
            notes: [], warnings: [], problems: [],
        });
    });

    it('answers the map preview: the map of the open document, and a PNG drawn with the files the client serves', async () => {
        const uri = 'file:///w/main.argmap';
        const map = await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, { textDocument: { uri } } satisfies MapRequests.MapParams);
        expect(map.scene?.nodes.map(n => n.id).sort()).toEqual(['o', 't']);
        const params: MapRequests.RenderParams = { textDocument: { uri }, format: 'png', theme: 'light' };
        const file = await connection.sendRequest<MapRequests.RenderResult>(MapRequests.render, params);
        expect(file.reason).toBeUndefined();
        expect(Buffer.from(file.pngBase64!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    });
});
