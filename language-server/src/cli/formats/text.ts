import type { FileDiagnostic } from '../load.js';

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `sub/a.argmap:25:3 warning unanswered-objection: message`, then a summary; hints are listed but not counted. */
export function formatText(diagnostics: readonly FileDiagnostic[], fileCount: number): string {
    const lines = diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
    const count = (severity: string) => diagnostics.filter(d => d.severity === severity).length;
    const errors = count('error'), warnings = count('warning'), infos = count('info');
    lines.push(`${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(fileCount, 'file')}`);
    return lines.join('\n') + '\n';
}
