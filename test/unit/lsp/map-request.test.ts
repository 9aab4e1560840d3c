import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { generateDeepMap } from '../../../bench/generate.js';
import { readRenderAsset } from '../../../language-server/src/cli/render-assets.js';
import { previewMaxBoxes } from '../../../language-server/src/language/lsp/argmap-map-request.js';
import { MapRequests } from '../../../language-server/src/protocol.js';
import { tempFolder } from '../../helpers/cli.js';
import { buildWorkspace } from '../../helpers/workspace.js';

const map = [
    'map "Collective security" by "A. Student"',
    'framing realist "Realism"',
    'framing liberal "Liberal institutionalism"',
    'source charter "Charter of the United Nations (1945)"',
    'thesis need "The world needs collective security." #liberal {',
    '  argument failure #liberal {',
    '    evidence aggression "A permanent member invaded a neighbour." cite charter',
    '    claim veto "The veto blocks any response." cite charter "Art. 27(3)"',
    '  }',
    '  objection selfHelp "States rely on self-help." #realist {',
    '    rebuttal identities "Interests are constructed." #liberal',
    '  }',
    '}',
    'claim supports need "An unnamed claim supports the thesis." cite charter',
].join('\n');

/** The map request as the language server answers it (the provider behind `argmap/map` and `argmap/renderMap`). */
async function mapOf(files: Record<string, string>, name: string, options?: MapRequests.MapOptions) {
    const workspace = await buildWorkspace(files);
    const provider = workspace.services.lsp.MapProvider;
    const document = workspace.document(name);
    return { result: provider.getMap(document, options), graph: workspace.model(name).graph, provider, document };
}

describe('argmap/map', () => {
    it('answers with a scene of the graph: every statement and only graph elements, with their status and range', async () => {
        const { result, graph } = await mapOf({ 'a.argmap': map }, 'a.argmap');
        expect(result.uri).toBe('file:///w/a.argmap');
        expect(result.title).toBe('Collective security');
        expect(result.errors).toBe(0);
        expect(result.framings).toEqual([{ name: 'realist', label: 'Realism' }, { name: 'liberal', label: 'Liberal institutionalism' }]);
        const scene = result.scene!;
        const ids = scene.nodes.map(n => n.id);
        const graphIds = new Set([...graph.statements.map(s => s.id), ...graph.arguments.map(a => a.id)]);
        for (const statement of graph.statements) expect(ids, statement.id).toContain(statement.id);
        for (const id of ids) expect(graphIds.has(id), id).toBe(true);
        expect(ids).toContain('claim@14:1'); // an unnamed element has its generated id
        for (const statement of graph.statements) {
            const node = scene.nodes.find(n => n.id === statement.id)!;
            expect(node.status).toBe(statement.status);
            expect(node.range).toEqual(statement.range);
            expect(node.framings).toEqual(statement.framings);
        }
        expect(scene.edges).toContainEqual(expect.objectContaining({ from: 'selfHelp', to: 'need', kind: 'attacks' }));
        // The preview shows the title in its toolbar, so the scene has none; the legend is there.
        expect(scene.title ?? []).toEqual([]);
        expect(scene.legend).toBeDefined();
    });

    it('is drawn once per version of the document: asking again returns the same scene', async () => {
        const { result, provider, document } = await mapOf({ 'a.argmap': map }, 'a.argmap');
        expect(provider.getMap(document).scene).toBe(result.scene);
        expect(provider.getMap(document, { framings: ['realist'] }).scene).not.toBe(result.scene);
    });

    it('folds the deepest boxes of a very large map, and says so', async () => {
        const { text } = generateDeepMap(previewMaxBoxes + 1500, 7);
        const { result, graph } = await mapOf({ 'big.argmap': text }, 'big.argmap');
        const scene = result.scene!;
        const total = graph.statements.length + graph.arguments.length;
        const folded = scene.nodes.reduce((sum, node) => sum + (node.hidden ?? 0), 0);
        expect(total).toBeGreaterThan(previewMaxBoxes);
        expect(scene.nodes.length).toBeLessThanOrEqual(previewMaxBoxes);
        expect(scene.nodes.length + folded).toBe(total);
        expect(scene.note).toMatch(new RegExp(`This map has ${total} boxes; the ${folded} deepest are folded away`));
    });

    it('with syntax errors, still draws what parsed and counts the errors', async () => {
        const broken = `${map}\nclaim broken supports "unterminated\n`;
        const { result } = await mapOf({ 'a.argmap': broken }, 'a.argmap');
        expect(result.errors).toBeGreaterThan(0);
        expect(result.scene?.nodes.map(n => n.id)).toEqual(expect.arrayContaining(['need', 'veto', 'selfHelp']));
    });

    it('has nothing to draw for a file without statements, and says why', async () => {
        const { result } = await mapOf({ 'lib.argmap': 'source charter "Charter"\n' }, 'lib.argmap');
        expect(result.scene).toBeNull();
        expect(result.reason).toMatch(/Nothing to draw yet/);
        const { result: broken } = await mapOf({ 'x.argmap': 'this is not a map\n' }, 'x.argmap');
        expect(broken.errors).toBeGreaterThan(0);
        expect(broken.reason).toMatch(/syntax errors/);
    });

    it('the framing filter dims or leaves out the moves of other framings; bad options are ignored', async () => {
        const { result: dim } = await mapOf({ 'a.argmap': map }, 'a.argmap', { framings: ['realist'] });
        const dimmed = (id: string) => dim.scene!.nodes.find(n => n.id === id)?.dimmed ?? false;
        expect(dimmed('selfHelp')).toBe(false);
        expect(dimmed('veto')).toBe(true);
        const { result: hide } = await mapOf({ 'a.argmap': map }, 'a.argmap', { framings: ['realist'], framingMode: 'hide' });
        const hidden = hide.scene!.nodes.map(n => n.id);
        expect(hidden).toContain('selfHelp');
        expect(hidden).not.toContain('veto');
        // Options come over the wire: anything else draws the whole map.
        const { result: odd } = await mapOf({ 'a.argmap': map }, 'a.argmap', { framings: 'realist' as unknown as string[], framingMode: 'bogus' as 'dim' });
        expect(odd.scene!.nodes.some(n => n.dimmed)).toBe(false);
    });
});

describe('argmap/renderMap', () => {
    it('draws an SVG file of the map, title included, with markup in statements escaped', async () => {
        const text = `${map}\nobjection xss attacks need "<script>alert(1)</script> & </svg>"\n`;
        const { provider, document } = await mapOf({ 'a.argmap': text }, 'a.argmap');
        const { svg } = await provider.render(document, { format: 'svg', theme: 'dark' });
        expect(svg).toMatch(/^<svg /);
        expect(svg).toContain('Collective security');
        expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/svg&gt;');
        expect(svg).not.toContain('<script>');
    });

    it('draws a PNG with the wasm and font the entry point provides, and says why when it has none', async () => {
        const { provider, document } = await mapOf({ 'a.argmap': map }, 'a.argmap');
        expect((await provider.render(document, { format: 'png', theme: 'light' })).reason).toMatch(/not available/);
        provider.pngAssets = async () => ({ wasm: readRenderAsset('wasm'), fonts: [readRenderAsset('font')] });
        const { pngBase64, note } = await provider.render(document, { format: 'png', theme: 'light' });
        expect(Buffer.from(pngBase64!, 'base64').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(note).toBeUndefined();
    });

    it('says which characters a PNG can\'t show (the bundled font lacks them); an SVG needs no such note', async () => {
        const { provider, document } = await mapOf({ 'a.argmap': 'thesis t "安全 matters 🚀"\n' }, 'a.argmap');
        provider.pngAssets = async () => ({ wasm: readRenderAsset('wasm'), fonts: [readRenderAsset('font')] });
        expect((await provider.render(document, { format: 'png', theme: 'light' })).note).toMatch(/no glyph for 3 of this map's characters \(安 全 🚀\)/);
        expect((await provider.render(document, { format: 'svg', theme: 'light' })).note).toBeUndefined();
    });
});

/** The requests and the notification through `argmap lsp --stdio`, as an editor's client uses them. */
describe('argmap/map over the language server protocol', () => {
    let stop: (() => void) | undefined;
    afterEach(() => stop?.());

    async function startServer(files: Record<string, string>) {
        const folder = tempFolder(files);
        const server = spawn(process.execPath, [path.resolve(__dirname, '../../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const changed: MapRequests.MapChangedParams[] = [];
        connection.onNotification(MapRequests.mapChanged, (params: MapRequests.MapChangedParams) => { changed.push(params); });
        let published = 0;
        connection.onNotification('textDocument/publishDiagnostics', () => { published++; });
        // VS Code answers with the whole `argmap` section; closed files are checked (workspace diagnostics).
        const argmap = { checks: {}, maxStatementWords: 40, workspaceDiagnostics: true };
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section === 'argmap' ? argmap : null)));
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
        stop = () => { connection.dispose(); server.kill(); };
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: { workspace: { configuration: true } },
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'test' }],
        });
        connection.sendNotification('initialized', {});
        return { connection, changed, published: () => published, uriOf: (name: string) => pathToFileURL(path.join(folder, name)).toString() };
    }

    it('says when a checked document\'s map changed, and answers with the map of that version', async () => {
        const { connection, changed, published, uriOf } = await startServer({ 'a.argmap': map });
        const uri = uriOf('a.argmap');
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'argmap', version: 1, text: map } });
        await expect.poll(() => changed.some(c => c.uri === uri && c.version === 1), { timeout: 10_000 }).toBe(true);
        const params: MapRequests.MapParams = { textDocument: { uri } };
        const first = await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, params);
        expect(first.version).toBe(1);
        expect(first.scene?.nodes.map(n => n.id)).toContain('need');

        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: `${map}\nobjection late attacks need "Typed later."\n` }],
        });
        await expect.poll(() => changed.some(c => c.uri === uri && c.version === 2), { timeout: 10_000 }).toBe(true);
        const second = await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, params);
        expect(second.version).toBe(2);
        expect(second.scene?.nodes.find(n => n.id === 'late')?.status).toBe('accepted');
        expect(second.scene?.nodes.find(n => n.id === 'need')?.status).toBe('rejected');

        // Checked again without a change (other settings): no notification; with an error more, one.
        const sent = changed.length;
        const before = published();
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { argmap: { checks: {}, maxStatementWords: 41, workspaceDiagnostics: true } } });
        await expect.poll(() => published() > before, { timeout: 10_000 }).toBe(true);
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(changed.slice(sent - 1)).toEqual([{ uri, version: 2 }]);
        connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { argmap: { checks: { 'unanswered-objection': 'error' }, maxStatementWords: 40, workspaceDiagnostics: true } },
        });
        await expect.poll(() => changed.length, { timeout: 10_000 }).toBe(sent + 1);
        expect(changed.at(-1)).toEqual({ uri, version: 2 });
        expect((await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, params)).errors).toBe(1);

        const render: MapRequests.RenderParams = { textDocument: { uri }, format: 'svg', theme: 'light' };
        const file = await connection.sendRequest<MapRequests.RenderResult>(MapRequests.render, render);
        expect(file.svg).toContain('Typed later.');
        // The server bundle reads the PNG writer's files from out/assets, beside it.
        const png = await connection.sendRequest<MapRequests.RenderResult>(MapRequests.render, { ...render, format: 'png' } satisfies MapRequests.RenderParams);
        expect(png.reason).toBeUndefined();
        expect(Buffer.from(png.pngBase64!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    });

    it('answers for a file no editor has opened (the workspace is loaded from disk, not checked)', async () => {
        const { connection, uriOf } = await startServer({ 'a.argmap': map, 'b.argmap': 'thesis t "Only on disk."\n' });
        const uri = uriOf('b.argmap');
        const result = await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, { textDocument: { uri } } satisfies MapRequests.MapParams);
        expect(result.scene?.nodes.map(n => n.id)).toEqual(['t']);
    });
});
