import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readAif } from '../interop/aif-document.js';
import { importAif } from '../interop/aif-import.js';
import { printArgmap } from '../interop/printer.js';
import { reason } from './files.js';
import { UsageError } from './usage-error.js';
import { writeAtomic } from './write-output.js';

export interface ImportOptions {
    output?: string;
}

/**
 * `argmap import FILE.json [-o OUT.argmap]` (DESIGN.md, "Interchange"): AIF JSON to `.argmap`
 * text through the printer. 0 written (what was skipped in one note on stderr); 1 the input is
 * malformed (a line per problem, nothing written); 2 usage, unreadable input, unwritable output.
 */
export async function runImport(file: string, options: ImportOptions, io: { out: (text: string) => void; err: (text: string) => void }): Promise<number> {
    if (/\.argdown$/i.test(file)) {
        throw new UsageError(`cannot import ${file}: Argdown import is not available yet; import takes AIF JSON (AIFdb, OVA)`);
    }
    const text = readText(file);
    const read = text === null ? { problems: ['not JSON: the file is not UTF-8 text'] } : readAif(text);
    if (read.document === undefined) {
        io.err(read.problems.map(problem => `${file}: ${problem}\n`).join(''));
        return 1;
    }
    const imported = importAif(read.document, path.basename(file));
    const argmap = printArgmap(imported.graph, {
        comments: imported.comments,
        preamble: [`Imported from ${path.basename(file)} (AIF) by argmap import.`],
    });
    if (options.output !== undefined) writeAtomic(options.output, argmap);
    else io.out(argmap);
    if (imported.note !== null) io.err(`argmap: note: ${imported.note}\n`);
    return 0;
}

/** The file as text; null if it is not UTF-8 (so not JSON). An unreadable path is a usage error. */
function readText(file: string): string | null {
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw new UsageError(`cannot read ${file}: ${reason(error)}`);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return null;
    }
}
