import * as path from 'node:path';
import { importInterchange } from '../interop/interchange-import.js';
import { readInput } from './files.js';
import { oneLine } from './usage-error.js';
import { writeAtomic } from './write-output.js';

export interface ImportOptions {
    output?: string;
}

/**
 * `argmap import FILE.json|FILE.argdown [-o OUT.argmap]` (DESIGN.md, "Interchange"): AIF JSON or
 * Argdown to `.argmap` text through the printer. 0 written (what was left out in one note on
 * stderr, Argdown's parser errors as warnings with their lines); 1 the input is malformed (a line
 * per problem, nothing written); 2 usage, unreadable input, unwritable output.
 */
export async function runImport(file: string, options: ImportOptions, io: { out: (text: string) => void; err: (text: string) => void }): Promise<number> {
    const imported = importInterchange(path.basename(file), readInput(file));
    if (imported.argmap === null) {
        // A line per problem: a JSON parser's message may quote the input, line breaks and all.
        io.err(imported.problems.map(problem => `${file}: ${oneLine(problem)}\n`).join(''));
        return 1;
    }
    if (options.output !== undefined) writeAtomic(options.output, imported.argmap);
    else io.out(imported.argmap);
    // As `check` prints its text format: FILE:LINE:COLUMN (or FILE:LINE, or FILE alone).
    for (const { line, column, message } of imported.warnings) {
        const place = line === null ? '' : column === null ? `:${line}` : `:${line}:${column}`;
        io.err(`${file}${place} warning: ${message}\n`);
    }
    if (imported.note !== null) io.err(`argmap: note: ${imported.note}\n`);
    return 0;
}

