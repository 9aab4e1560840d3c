import type { FileDiagnostic } from '../load.js';

/** One JSON array of diagnostics, keys in DESIGN.md's order; `[]` when there are none. */
export function formatJson(diagnostics: readonly FileDiagnostic[]): string {
    const rows = diagnostics.map(({ file, line, column, endLine, endColumn, severity, code, message }) =>
        ({ file, line, column, endLine, endColumn, severity, code, message }));
    return JSON.stringify(rows, null, 2) + '\n';
}
