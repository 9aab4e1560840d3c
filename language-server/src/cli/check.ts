import { ConfigError, parseConfig, type ArgmapConfig } from '../language/argmap-settings.js';
import { checkFiles } from './check-files.js';
import { expandPaths, readInput } from './files.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { formatSarif } from './formats/sarif.js';
import { formatText } from './formats/text.js';
import { byPosition } from './load.js';
import { UsageError } from './usage-error.js';

export const checkFormats = ['text', 'json', 'junit', 'sarif'] as const;
export type CheckFormat = typeof checkFormats[number];

export interface CheckOptions {
    format: CheckFormat;
    strict: boolean;
    config?: string;
    /** `--jobs N`: check on at most N threads (default: one per 50 files, up to one per two CPUs). */
    jobs?: string;
}

/** `argmap check PATH...`: prints the diagnostics and returns the exit code (0 clean, 1 errors or strict warnings). */
export async function runCheck(paths: string[], options: CheckOptions, version: string, io: { out: (text: string) => void; err: (text: string) => void; workerScript?: string }): Promise<number> {
    const jobs = options.jobs !== undefined ? parseJobs(options.jobs) : undefined;
    const config = options.config !== undefined ? readConfig(options.config) : undefined;
    const files = expandPaths(paths, note => io.err(`argmap: note: ${note}\n`));
    // The same diagnostics in the same order on any number of threads (check-files.ts).
    const perFile = await checkFiles(files, config, { jobs, workerScript: io.workerScript });
    const diagnostics = perFile.flat().sort(byPosition);
    switch (options.format) {
        case 'text': io.out(formatText(diagnostics, files.length)); break;
        case 'json': io.out(formatJson(diagnostics)); break;
        case 'junit': io.out(formatJunit(diagnostics, files.map(f => f.display))); break;
        case 'sarif': io.out(formatSarif(diagnostics, version)); break;
    }
    const failing = diagnostics.some(d => d.severity === 'error' || (options.strict && d.severity === 'warning'));
    return failing ? 1 : 0;
}

function parseJobs(value: string): number {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs takes a number of threads (1 or more), not "${value}"`);
    return Number(value);
}

export function readConfig(file: string): ArgmapConfig {
    // A leading BOM (Notepad's UTF-8) is dropped, as for rubrics.
    const text = readInput(file, 'cannot read config').toString('utf8').replace(/^\uFEFF/, '');
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        throw new UsageError(`config ${file} is not valid JSON: ${(error as Error).message}`);
    }
    try {
        return parseConfig(value);
    } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(`config ${file}: ${error.message}`);
        throw error;
    }
}
