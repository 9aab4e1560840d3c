import { DocumentState, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Document } from '../../generated/ast.js';
import { FileSystemRequests, MapRequests, type InitializationOptions } from '../../protocol.js';
import { layoutMap, type LayoutOptions } from '../../render/layout.js';
import { missingGlyphsNote, svgToPng, type PngAssets } from '../../render/png.js';
import { sceneToSvg } from '../../render/svg.js';
import type { ArgmapServices, ArgmapSharedServices } from '../argmap-module.js';
import { documentRequest } from './document-request.js';

/** Where the PNG writer's wasm and font come from: the entry point knows (a file beside the bundle, or the client). */
export type PngAssetLoader = () => Promise<PngAssets>;

/**
 * A PNG of more boxes than this folds its deepest ones (the image says so), as `argmap render`
 * does (cli/render.ts, `pngMaxBoxes`); an SVG is always whole.
 */
const pngMaxBoxes = 2000;

/**
 * The preview draws at most this many boxes and folds the deepest (its status line says so), so a
 * map of 20,000 elements opens in a second instead of freezing the webview for tens of seconds on a
 * DOM no one can read at once. An exported SVG is always whole.
 */
export const previewMaxBoxes = 3000;

/**
 * The map preview's side of the server: `argmap/map` answers with a document's laid-out map (a
 * MapScene) drawn from the cached graph, `argmap/renderMap` with an SVG or PNG file of it, and
 * `argmap/mapChanged` tells the client when a document's map changed, so an open preview asks for
 * the new one. The layout is cached per graph (render/layout.ts), and the graph per link
 * (GraphCache): asking again for an unchanged document costs nothing.
 */
export class ArgmapMapProvider {
    private readonly graphs;
    /** Set by the entry point (registerMapRequests); without it, PNG export says it is unavailable. */
    pngAssets: PngAssetLoader | undefined;
    private assets: Promise<PngAssets> | undefined;

    constructor(services: ArgmapServices) {
        this.graphs = services.validation.GraphCache;
    }

    /** The map of a document as the preview shows it (its title is in the panel's toolbar, not in the scene). */
    getMap(document: LangiumDocument<Document>, options: MapRequests.MapOptions = {}): MapRequests.MapResult {
        const { graph } = this.graphs.get(document);
        const errors = errorCount(document);
        const result: MapRequests.MapResult = {
            uri: document.uri.toString(),
            version: document.textDocument.version,
            title: graph.title,
            framings: graph.framings.map(f => ({ name: f.name, label: f.label })),
            errors,
            scene: null,
        };
        if (graph.statements.length === 0 && graph.arguments.length === 0) {
            result.reason = errors > 0
                ? 'Nothing to draw yet: fix the syntax errors and the map appears.'
                : 'Nothing to draw yet: write a thesis and the moves for and against it.';
            return result;
        }
        result.scene = layoutMap(graph, { ...layoutOptions(options), title: false, maxNodes: previewMaxBoxes });
        return result;
    }

    /** An SVG or PNG file of the map, as `argmap render` draws it (title, legend and footnotes included). */
    render(document: LangiumDocument<Document>, params: Pick<MapRequests.RenderParams, 'format' | 'theme' | 'options'>): Promise<MapRequests.RenderResult> {
        return this.draw(document, params).finish();
    }

    /**
     * Lays the map out and writes its SVG now (the request handler holds the workspace lock: the
     * graph can't change meanwhile); a PNG is drawn from that SVG by `finish`, after the lock is
     * released, so that typing is not held up by it.
     */
    draw(document: LangiumDocument<Document>, params: Pick<MapRequests.RenderParams, 'format' | 'theme' | 'options'>): { finish(): Promise<MapRequests.RenderResult> } {
        const { graph } = this.graphs.get(document);
        if (graph.statements.length === 0 && graph.arguments.length === 0) {
            return { finish: async () => ({ reason: 'the map is empty: there is nothing to draw yet' }) };
        }
        const png = params.format === 'png';
        const scene = layoutMap(graph, { ...layoutOptions(params.options ?? {}), ...(png ? { maxNodes: pngMaxBoxes } : {}) });
        const svg = sceneToSvg(scene, { theme: params.theme === 'dark' ? 'dark' : 'light' });
        const note = png ? missingGlyphsNote(scene) : undefined;
        return { finish: async () => (png ? { ...await this.toPng(svg), ...(note ? { note } : {}) } : { svg }) };
    }

    private async toPng(svg: string): Promise<MapRequests.RenderResult> {
        if (!this.pngAssets) return { reason: 'PNG export is not available here: export the map as SVG' };
        try {
            this.assets ??= this.pngAssets();
            const image = await svgToPng(svg, await this.assets);
            return { pngBase64: toBase64(image.png) };
        } catch (error) {
            this.assets = undefined; // try loading them again next time
            return { reason: `the PNG could not be drawn: ${error instanceof Error ? error.message : String(error)}` };
        }
    }
}

/** The client's options, checked: they come over the wire. */
function layoutOptions(options: MapRequests.MapOptions): LayoutOptions {
    const framings = Array.isArray(options.framings) ? options.framings.filter((f): f is string => typeof f === 'string') : [];
    return framings.length > 0 ? { framings, framingMode: options.framingMode === 'hide' ? 'hide' : 'dim' } : {};
}

/**
 * Registers the map requests on the language server's connection and sends `argmap/mapChanged`
 * after each document is checked. Both entry points call it (Node and the web worker).
 */
export function registerMapRequests(shared: ArgmapSharedServices, pngAssets?: PngAssetLoader): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    for (const services of shared.ServiceRegistry.all) (services as ArgmapServices).lsp.MapProvider.pngAssets = pngAssets;
    connection.onRequest(MapRequests.map, documentRequest(shared, (services, document, params: MapRequests.MapParams) => services.lsp.MapProvider.getMap(document, params.options)));
    const draw = documentRequest(shared, (services, document, params: MapRequests.RenderParams) => services.lsp.MapProvider.draw(document, params));
    connection.onRequest(MapRequests.render, async (params: MapRequests.RenderParams, token: CancellationToken) => {
        const drawn = await draw(params, token);
        return drawn instanceof ResponseError ? drawn : drawn.finish();
    });
    // Only for documents open in the editor (the client opens the one its preview shows), and only
    // when what the map shows changed: a document is also checked again without a change (the
    // settings changed, a file it imports was saved unchanged), and the graph is rebuilt then.
    const notified = new WeakMap<LangiumDocument, string>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (!shared.workspace.TextDocuments?.get(document.uri.toString())) return;
        const services = shared.ServiceRegistry.getServices(document.uri) as ArgmapServices;
        const shown = JSON.stringify([errorCount(document), services.validation.GraphCache.get(document as LangiumDocument<Document>).graph]);
        if (notified.get(document) === shown) return;
        notified.set(document, shown);
        const params: MapRequests.MapChangedParams = { uri: document.uri.toString(), version: document.textDocument.version };
        void connection.sendNotification(MapRequests.mapChanged, params);
    });
}

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

function errorCount(document: LangiumDocument): number {
    return (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error).length;
}

/**
 * The PNG writer's files in a web worker: read through the client (`argmap/fs/readFile`) from the
 * folder it names in `initialize` (the extension's out/assets).
 */
export function pngAssetsFromClient(shared: ArgmapSharedServices): PngAssetLoader {
    let folder: string | undefined;
    shared.lsp.LanguageServer.onInitialize(params => {
        folder = (params.initializationOptions as InitializationOptions | undefined)?.renderAssets;
    });
    const read = async (name: string): Promise<Uint8Array> => {
        const connection = shared.lsp.Connection;
        if (!folder || !connection) throw new Error('the client did not say where the PNG writer\'s files are');
        const params: FileSystemRequests.UriParams = { uri: `${folder.replace(/\/$/, '')}/${name}` };
        const { base64 } = await connection.sendRequest<FileSystemRequests.ReadFileResult>(FileSystemRequests.readFile, params);
        return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    };
    return async () => ({ wasm: await read('resvg.wasm'), fonts: [await read('DejaVuSans.ttf')] });
}
