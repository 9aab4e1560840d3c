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

/**
 * "Argmap: Import from AIF/Argdown…": the server reads an AIF (.json) or Argdown (.argdown) file
 * through its file system (in a web worker, the client's) and answers with the `.argmap` text that
 * `argmap import` would write; the client opens it as a new, unsaved document.
 */
export namespace ImportRequests {
    /** Request: ImportParams -> ImportResult. */
    export const importFile = 'argmap/import';

    export interface ImportParams {
        /** The file to import: `.argdown` is Argdown, anything else AIF JSON. */
        uri: string;
    }

    export interface ImportResult {
        /** The `.argmap` text; null when nothing could be imported (`problems` say why). */
        text: string | null;
        /** What was left out of the map (one line; empty when nothing was). */
        notes: string[];
        /** The input's own errors that did not stop the import (Argdown's parser errors), each with its line. */
        warnings: string[];
        /** Why nothing was imported: the file is unreadable, not JSON, not AIF or broken (a line per problem). */
        problems: string[];
    }
}

/**
 * "Argmap: Grade Workspace with Rubric": the server grades every `.argmap` file of the workspace (or
 * of one folder in it) against a rubric, with the same code as `argmap grade`, from the graphs and
 * diagnostics it already has. The client shows the table and writes the files the server wrote.
 */
export namespace GradeRequests {
    /** Request: GradeParams -> GradeResult. Reports LSP work-done progress when given a `workDoneToken`. */
    export const grade = 'argmap/grade';

    export interface GradeParams {
        /** The rubric file (`*.argmap-rubric.json`), read through the server's file system. */
        rubricUri: string;
        /** Only the files under this folder; absent: every workspace folder. */
        folderUri?: string;
        workDoneToken?: string | number;
    }

    export interface GradedCriterion {
        id: string;
        /** The instructor's label, else the rule's title (as feedback names it). */
        label: string;
        rule: string;
        /** What it is worth. */
        points: number;
        /** The class mean of the points it earned, to 2 decimals. */
        mean: number;
    }

    export interface CriterionGrade {
        id: string;
        /** Points earned, of `max`. */
        points: number;
        max: number;
        /** What the rule measured in the file (`argmap grade --format json`'s `actual`). */
        actual: number;
        passed: boolean;
        /** One line: what was measured and what is asked for (`argmap grade --format json`'s message). */
        message: string;
    }

    export interface FileGrade {
        uri: string;
        /** The file as `argmap grade` run in the workspace folder names it (`class/a.argmap`; with several folders, the folder's name first). */
        file: string;
        score: number;
        max: number;
        errors: number;
        warnings: number;
        criteria: CriterionGrade[];
        /** The feedback file's name, as `argmap grade --feedback` names it (`class__a.md`). */
        feedbackFile: string;
        /** The feedback file's Markdown. */
        feedback: string;
    }

    export interface GradeReport {
        /** The rubric's title (its file name when it has none). */
        title: string;
        max: number;
        criteria: GradedCriterion[];
        /** A row per file, in the order of the file names. */
        results: FileGrade[];
        /** The class mean of the scores, to 2 decimals. */
        mean: number;
        /** The grades as `argmap grade --format csv` prints them. */
        csv: string;
    }

    /** The rubric can't be used: each problem in one line, as `argmap grade` reports it (naming the criterion). */
    export interface RubricProblems {
        problems: string[];
    }

    export type GradeResult = GradeReport | RubricProblems;
}
