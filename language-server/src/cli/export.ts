import { statSync } from 'node:fs';
import * as path from 'node:path';
import { graphToAifJson } from '../interop/aif-export.js';
import { graphToDot } from '../interop/dot.js';
import { framingsToMarkdown } from '../interop/framings.js';
import { graphToMermaid } from '../interop/mermaid.js';
import { graphToOutline } from '../interop/outline.js';
import type { ArgumentGraph } from '../model/argument-graph.js';
import { expandPaths } from './files.js';
import { formatText } from './formats/text.js';
import { loadArgmap } from './load.js';
import { UsageError } from './usage-error.js';
import { writeAtomic } from './write-output.js';

/** What each `--format` writes, from the graph and the file's name (without extension). */
const writers = {
    json: (graph: ArgumentGraph) => `${JSON.stringify(graph, null, 2)}\n`,
    outline: graphToOutline,
    framings: framingsToMarkdown,
    aif: graphToAifJson,
    dot: graphToDot,
    mermaid: graphToMermaid,
} satisfies Record<string, (graph: ArgumentGraph, fileName: string) => string>;

/** The formats `export` writes; a format DESIGN.md plans but no writer has yet goes in the second list. */
export const exportFormats = Object.keys(writers) as Array<keyof typeof writers>;
export const plannedExportFormats: string[] = [];

export interface ExportOptions {
    format: string;
    output?: string;
}

/** `argmap export FILE --format F [-o OUT]`: 0 written (warnings are fine), 1 the file has errors (nothing written). */
export async function runExport(file: string, options: ExportOptions, io: { out: (text: string) => void; err: (text: string) => void }): Promise<number> {
    if (!(exportFormats as readonly string[]).includes(options.format)) {
        const planned = plannedExportFormats.includes(options.format) ? ': not available yet' : '';
        throw new UsageError(`unknown --format "${options.format}"${planned} (available: ${exportFormats.join(', ')})`);
    }
    if (isFolder(file)) throw new UsageError(`export takes one .argmap file, but ${file} is a folder`);
    const files = expandPaths([file]);
    const [loaded] = await loadArgmap(files);
    const errors = loaded.diagnostics.filter(d => d.severity === 'error');
    if (errors.length > 0) {
        io.err(formatText(loaded.diagnostics, 1));
        return 1;
    }
    const format = options.format as keyof typeof writers;
    const text = writers[format](loaded.model().graph, path.basename(file).replace(/\.argmap$/i, ''));
    if (options.output !== undefined) writeAtomic(options.output, text);
    else io.out(text);
    return 0;
}

function isFolder(file: string): boolean {
    try {
        return statSync(file).isDirectory();
    } catch {
        return false; // expandPaths reports what is wrong with it
    }
}
