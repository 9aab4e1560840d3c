/**
 * Messages between the Argmap client and language server beyond standard LSP, declared once for
 * both sides. Type-only imports: the client bundles this file alone (the types are erased).
 */
import type { MapScene } from './render/map-scene.js';

// The map's shapes travel in `argmap/map`: the client reads them from here, never from render/ or model/.
export type { MapScene, SceneEdge, SceneNode } from './render/map-scene.js';
export type { SourceRange } from './model/argument-graph.js';

/**
 * In the browser (vscode.dev, github.dev) the language server runs in a web worker without a file
 * system, so it asks the client to read files through VS Code's file system API.
 */
/** What the web client tells the server in `initialize` (the Node server finds its files beside its bundle). */
export interface InitializationOptions {
    /** The folder of the PNG writer's wasm and font (the extension's out/assets), read through `argmap/fs/readFile`. */
    renderAssets?: string;
}

export namespace FileSystemRequests {
    export const stat = 'argmap/fs/stat';
    export const readFile = 'argmap/fs/readFile';
    export const readDirectory = 'argmap/fs/readDirectory';

    export interface UriParams {
        uri: string;
    }
    export interface StatResult {
        isFile: boolean;
        isDirectory: boolean;
    }
    /** The file's bytes, base64-encoded (the server decodes them as DESIGN.md's "Text" rule says). */
    export interface ReadFileResult {
        base64: string;
    }
    export interface DirectoryEntry {
        uri: string;
        isFile: boolean;
        isDirectory: boolean;
    }
}

/**
 * The map preview: the client asks for a document's laid-out map (a MapScene: boxes, lines of text,
 * edges) and the server answers from its cached graph and layout. After each check of a document the
 * server says so, and an open preview asks again. The client never sees the AST or the graph logic.
 */
export namespace MapRequests {
    /** Request: MapParams -> MapResult. */
    export const map = 'argmap/map';
    /** Request: RenderParams -> RenderResult (an SVG or PNG file of the map, for "Export Map"). */
    export const render = 'argmap/renderMap';
    /** Notification, server -> client: MapChangedParams, after a document has been checked again. */
    export const mapChanged = 'argmap/mapChanged';

    export interface MapOptions {
        /** Framing names to bring forward; absent or empty: all moves alike. */
        framings?: string[];
        /**
         * What happens to the moves tagged with none of `framings`: `dim` (default) draws them faded in
         * place; `hide` leaves them out, keeping what the chosen moves hang on.
         */
        framingMode?: 'dim' | 'hide';
    }
    export interface MapParams {
        textDocument: { uri: string };
        options?: MapOptions;
    }
    export interface MapFraming {
        name: string;
        label: string;
    }
    export interface MapResult {
        uri: string;
        /** The text document's version the map was drawn from (0 for a file no editor has open). */
        version: number;
        title: string | null;
        /** The framings the file can see (declared or imported), for the legend and the filter. */
        framings: MapFraming[];
        /** Errors in the document: with syntax errors the map shows what parsed. */
        errors: number;
        /** Null when there is nothing to draw; `reason` says why, for the reader. */
        scene: MapScene | null;
        reason?: string;
    }

    export interface RenderParams {
        textDocument: { uri: string };
        format: 'svg' | 'png';
        theme: 'light' | 'dark';
        options?: MapOptions;
    }
    export interface RenderResult {
        /** The file's content: SVG text, or PNG bytes base64-encoded. Absent when `reason` says why not. */
        svg?: string;
        pngBase64?: string;
        reason?: string;
        /** What the file can't show (characters the PNG's font lacks), for the user. */
        note?: string;
    }

    export interface MapChangedParams {
        uri: string;
        version: number;
    }
}

/** The text exports the editor offers (the CLI's `export --format outline|framings`). */
export namespace ExportRequests {
    /** Request: ExportParams -> ExportResult. */
    export const exportText = 'argmap/export';

    export type TextFormat = 'outline' | 'framings';

    export interface ExportParams {
        textDocument: { uri: string };
        format: TextFormat;
    }

    export interface ExportResult {
        /** Markdown. */
        text: string;
        /** The document's errors: the export shows only what could be read. */
        errors: number;
    }
}
