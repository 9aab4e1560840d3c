import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin, TokenNames, type IArgdownRequest, type IArgdownResponse } from '@argdown/core';

/**
 * Argdown text read by Argdown itself: @argdown/core's parser and model (its `parse-input` and
 * `build-model` processes), never a parser of ours. What Argdown reports (lexer and parser errors,
 * a plugin that gave up) comes back as warnings with their line: Argdown builds its model from what
 * it could parse, and the import goes on with that (DESIGN.md, "Interchange", Argdown).
 */
export interface ArgdownParse {
    /** Argdown's response: `statements` (equivalence classes), `arguments`, `relations`, `sections`, `tokens`, `frontMatter`. */
    response: IArgdownResponse;
    warnings: ArgdownWarning[];
}

export interface ArgdownWarning {
    /** 1-based; null when Argdown names no place. */
    line: number | null;
    column: number | null;
    message: string;
}

let application: ArgdownApplication | undefined;

/**
 * The stock application's `parse-input` and `build-model` plugins, minus the two that only
 * rearrange what the model holds: RegroupPlugin (it replaces the document's headings with the
 * front matter's groups, and the headings are what the import keeps) and ExplodeArgumentsPlugin
 * (the import splits premise-conclusion structures per inference itself). The counts of
 * statements, arguments and relations are the stock application's.
 */
function argdownApplication(): ArgdownApplication {
    if (application) return application;
    // Argdown logs to the console by default; here nothing may reach stdout, which carries the map.
    application = new ArgdownApplication({ log: () => undefined, setLevel: () => undefined });
    application.addPlugin(new ParserPlugin(), 'parse-input');
    application.addPlugin(new DataPlugin(), 'build-model');
    application.addPlugin(new ModelPlugin(), 'build-model');
    return application;
}

export function parseArgdown(text: string): ArgdownParse {
    const response: IArgdownResponse = {};
    const warnings: ArgdownWarning[] = [];
    // Argdown refuses an empty input ("No input field in request"); an empty file is an empty map.
    if (text.trim() === '') return { response, warnings };
    // With `throwExceptions`, an error in a plugin (a YAML error in the front matter included, which
    // Argdown would otherwise swallow without a word) reaches us; `response` keeps what was built.
    const request: IArgdownRequest = { input: text, process: ['parse-input', 'build-model'], throwExceptions: true, logExceptions: false };
    try {
        argdownApplication().run(request, response);
    } catch (error) {
        warnings.push(stopped(error, response));
    }
    for (const error of response.lexerErrors ?? []) {
        warnings.push({ line: error.line ?? null, column: error.column ?? null, message: oneLine(error.message) });
    }
    for (const error of response.parserErrors ?? []) {
        warnings.push({ line: finite(error.token?.startLine), column: finite(error.token?.startColumn), message: oneLine(error.message) });
    }
    warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { response, warnings };
}

/**
 * Why Argdown gave up building its model: invalid YAML in the front matter (js-yaml's error, with
 * its place in the YAML, which starts on the line of the opening `===`), or a plugin's own error.
 */
function stopped(error: unknown, response: IArgdownResponse): ArgdownWarning {
    const { reason, mark } = error as { reason?: unknown; mark?: { line?: unknown; column?: unknown } };
    const frontMatter = response.tokens?.find(t => t.tokenType.name === TokenNames.FRONT_MATTER);
    // The front matter is read first; had it been read, `frontMatter` would hold it (the error is a data block's).
    if (typeof reason === 'string' && typeof mark?.line === 'number' && frontMatter?.startLine !== undefined && response.frontMatter === undefined) {
        const column = typeof mark.column === 'number' ? mark.column + 1 : null;
        return { line: frontMatter.startLine + mark.line, column, message: `Argdown stopped building its model: the front matter is not valid YAML: ${oneLine(reason)}` };
    }
    const message = typeof reason === 'string' ? reason : error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { line: null, column: null, message: `Argdown stopped building its model: ${oneLine(message)}` };
}

/** The front matter's keys and values (YAML between `===` lines); empty when there is none or it is not a mapping. */
export function frontMatterOf(response: IArgdownResponse): Record<string, unknown> {
    const front: unknown = response.frontMatter;
    return typeof front === 'object' && front !== null && !Array.isArray(front) ? front as Record<string, unknown> : {};
}

function finite(n: number | undefined): number | null {
    return n !== undefined && Number.isFinite(n) ? n : null;
}

function oneLine(message: string): string {
    return message.replace(/\s+/g, ' ').trim();
}
