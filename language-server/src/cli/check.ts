import { readFileSync } from 'node:fs';
import { ConfigError, parseConfig, type ArgmapConfig } from '../language/argmap-settings.js';
import { expandPaths, reason } from './files.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { formatSarif } from './formats/sarif.js';
import { formatText } from './formats/text.js';
import { byPosition, loadArgmap } from './load.js';
import { UsageError } from './usage-error.js';

export const checkFormats = ['text', 'json', 'junit', 'sarif'] as const;
export type CheckFormat = typeof checkFormats[number];

export interface CheckOptions {
    format: CheckFormat;
    strict: boolean;
    config?: string;
}

/** `argmap check PATH...`: prints the diagnostics and returns the exit code (0 clean, 1 errors or strict warnings). */
export async function runCheck(paths: string[], options: CheckOptions, version: string, write: (text: string) => void): Promise<number> {
    const config = options.config !== undefined ? readConfig(options.config) : undefined;
    const files = expandPaths(paths);
    const loaded = await loadArgmap(files, config);
    const diagnostics = loaded.flatMap(f => f.diagnostics).sort(byPosition);
    switch (options.format) {
        case 'text': write(formatText(diagnostics, files.length)); break;
        case 'json': write(formatJson(diagnostics)); break;
        case 'junit': write(formatJunit(diagnostics, files.map(f => f.display))); break;
        case 'sarif': write(formatSarif(diagnostics, version)); break;
    }
    const failing = diagnostics.some(d => d.severity === 'error' || (options.strict && d.severity === 'warning'));
    return failing ? 1 : 0;
}

export function readConfig(file: string): ArgmapConfig {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new UsageError(`cannot read config ${file}: ${reason(error)}`);
    }
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
