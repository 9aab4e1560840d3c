import { checks, isCheckCode, type CheckCode, type Severity } from './validation/codes.js';

export type SeveritySetting = Severity | 'off';

/** What users can change: the same keys in VS Code settings (`argmap.` + key) and in a `--config` file. */
export interface ArgmapConfig {
    checks: Partial<Record<CheckCode, SeveritySetting>>;
    maxStatementWords: number;
}

export const defaultConfig: ArgmapConfig = { checks: {}, maxStatementWords: 40 };

/** Keys only the editor uses; a `--config` file may carry them and the CLI ignores them. */
const editorOnlyKeys = new Set(['workspaceDiagnostics', 'trace']);
const severities: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export class ConfigError extends Error { }

/** Reads a config object (a parsed `--config` file or the `argmap` settings section), or throws a ConfigError naming the bad key. */
export function parseConfig(value: unknown): ArgmapConfig {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('the config must be a JSON object');
    const config: ArgmapConfig = { checks: {}, maxStatementWords: defaultConfig.maxStatementWords };
    for (const [key, entry] of Object.entries(value)) {
        if (key === 'checks') {
            if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ConfigError('"checks" must be an object of code: severity');
            for (const [code, severity] of Object.entries(entry)) {
                if (!isCheckCode(code)) throw new ConfigError(`unknown check code "${code}" in "checks"`);
                if (typeof severity !== 'string' || !severities.includes(severity as SeveritySetting)) {
                    throw new ConfigError(`"checks.${code}" must be one of ${severities.join(', ')}`);
                }
                // A broken file must never pass: syntax stays an error.
                if (code === 'syntax' && severity !== 'error') throw new ConfigError(`"checks.syntax" cannot be turned ${severity === 'off' ? 'off' : `into ${severity}`}: syntax errors are always errors`);
                config.checks[code] = severity as SeveritySetting;
            }
        } else if (key === 'maxStatementWords') {
            if (typeof entry !== 'number' || !Number.isInteger(entry) || entry < 1) throw new ConfigError('"maxStatementWords" must be a positive whole number');
            config.maxStatementWords = entry;
        } else if (!editorOnlyKeys.has(key)) {
            throw new ConfigError(`unknown key "${key}"`);
        }
    }
    return config;
}

/** The severity a code has under a config, or undefined when it is turned off. */
export function severityOf(config: ArgmapConfig, code: CheckCode): Severity | undefined {
    const setting = config.checks[code] ?? checks[code].severity;
    return setting === 'off' ? undefined : setting;
}

/**
 * Reads the editor's `argmap` settings leniently: a bad entry is skipped (the rest still apply),
 * where a `--config` file with one is refused. Returns the config and the editor-only switches.
 */
export function configFromEditorSettings(section: unknown): { config: ArgmapConfig; workspaceDiagnostics: boolean } {
    const settings = (typeof section === 'object' && section !== null ? section : {}) as Record<string, unknown>;
    const config: ArgmapConfig = { checks: {}, maxStatementWords: defaultConfig.maxStatementWords };
    const checksSetting = settings.checks;
    if (typeof checksSetting === 'object' && checksSetting !== null) {
        for (const [code, severity] of Object.entries(checksSetting)) {
            try {
                Object.assign(config.checks, parseConfig({ checks: { [code]: severity } }).checks);
            } catch {
                // an unknown code or severity in the editor's settings: ignore that entry
            }
        }
    }
    const words = settings.maxStatementWords;
    if (typeof words === 'number' && Number.isInteger(words) && words > 0) config.maxStatementWords = words;
    return { config, workspaceDiagnostics: settings.workspaceDiagnostics !== false };
}

/**
 * The config in force. The CLI sets `config` from `--config`; in the language server it follows the
 * client's `argmap` settings section and changes re-validate every document.
 */
export class ArgmapSettings {
    config: ArgmapConfig = defaultConfig;
    /** Whether closed files are checked too (the Problems panel shows the whole workspace). */
    workspaceDiagnostics = true;
    /** Settles once the editor's settings have been read; validation waits for it. */
    ready: Promise<void> = Promise.resolve();
}
