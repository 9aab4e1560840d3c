import type { FileGrade } from './grade.js';
import type { Rubric } from './rubric.js';

/**
 * The grades as CSV (`argmap grade --format csv`, and the editor's "Export CSV", which must match it):
 * `file,<criterion ids>,score,max`, then a row per file of points earned (`a.argmap,2,1.5,3.5,4`).
 */
export function formatGradeCsv(rubric: Rubric, grades: readonly FileGrade[]): string {
    const header = ['file', ...rubric.criteria.map(c => c.id), 'score', 'max'];
    const rows = grades.map(g => [g.file, ...g.criteria.map(c => String(c.points)), String(g.score), String(g.max)]);
    return [header, ...rows].map(row => row.map(csvField).join(',')).join('\n') + '\n';
}

/** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
