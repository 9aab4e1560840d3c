import { readAif } from './aif-document.js';
import { importAif } from './aif-import.js';
import { importArgdown } from './argdown-import.js';
import { parseArgdown, type ArgdownWarning } from './argdown-parse.js';
import { printArgmap } from './printer.js';

/**
 * `argmap import` and the editor's "Import from AIF/Argdown…" share this: a file's bytes to
 * `.argmap` text through the printer (DESIGN.md, "Interchange"). An `.argdown` file is Argdown,
 * anything else AIF JSON. Reading the file is the caller's (the CLI reads the disk, the language
 * server its file system, which in a web worker is the client's).
 */
export interface InterchangeImport {
    /** The `.argmap` text; null when the input is malformed (then `problems` say why). */
    argmap: string | null;
    /** What was left out, in one line; null when nothing was. */
    note: string | null;
    /** The input's own errors that did not stop the import (Argdown's parser errors), with their lines. */
    warnings: ArgdownWarning[];
    /** Why nothing was imported: a line per problem, each naming the node or edge. */
    problems: string[];
}

export type InterchangeFormat = 'aif' | 'argdown';

export function interchangeFormatOf(fileName: string): InterchangeFormat {
    return /\.argdown$/i.test(fileName) ? 'argdown' : 'aif';
}

const formatLabels: Record<InterchangeFormat, string> = { aif: 'AIF', argdown: 'Argdown' };

/** `fileName` (no folder) names the input in the file's first comment and in the elements' ranges. */
export function importInterchange(fileName: string, bytes: Uint8Array): InterchangeImport {
    const format = interchangeFormatOf(fileName);
    const preamble = [`Imported from ${fileName} (${formatLabels[format]}) by argmap import.`];
    if (format === 'argdown') {
        const { text, invalidAtLine } = decodeLeniently(bytes);
        const imported = importArgdown(parseArgdown(text), fileName);
        const warnings = [...imported.warnings];
        if (invalidAtLine !== null) warnings.unshift({ line: invalidAtLine, column: null, message: 'the file is not valid UTF-8 here; its invalid bytes were read as \uFFFD' });
        const argmap = printArgmap(imported.graph, { comments: imported.comments, preamble, epilogue: imported.epilogue });
        return { argmap, note: imported.note, warnings, problems: [] };
    }
    const text = decodeStrictly(bytes);
    const read = text === null ? { problems: ['not JSON: the file is not UTF-8 text'], document: undefined } : readAif(text);
    if (read.document === undefined) return { argmap: null, note: null, warnings: [], problems: read.problems };
    const imported = importAif(read.document, fileName);
    return { argmap: printArgmap(imported.graph, { comments: imported.comments, preamble }), note: imported.note, warnings: [], problems: [] };
}

/** UTF-8 (a BOM dropped), or null if the bytes are not UTF-8: JSON must be. */
function decodeStrictly(bytes: Uint8Array): string | null {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return null;
    }
}

/**
 * UTF-8 with invalid bytes as U+FFFD, and the line of the first one: Argdown is text a person
 * wrote, and one stray byte should not cost the whole map (as the `.argmap` "Text" rule has it).
 */
function decodeLeniently(bytes: Uint8Array): { text: string; invalidAtLine: number | null } {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (decodeStrictly(bytes) !== null) return { text, invalidAtLine: null };
    // The first U+FFFD is the first invalid byte, unless the file also holds a real U+FFFD before it.
    const before = text.substring(0, Math.max(0, text.indexOf('\uFFFD')));
    return { text, invalidAtLine: before.split(/\r\n?|\n/).length };
}
