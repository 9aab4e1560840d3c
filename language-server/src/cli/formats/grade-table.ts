import { classMean, type FileGrade } from '../../grading/grade.js';
import type { Rubric } from '../../grading/rubric.js';

/**
 * `grade --format table` (the default), for reading in a terminal: the rubric's title, a row per
 * file and a column per criterion (points earned), the score, then each column's maximum and the
 * class mean. Numbers are right-aligned under their header.
 */
export function formatGradeTable(rubric: Rubric, max: number, grades: readonly FileGrade[]): string {
    const header = ['file', ...rubric.criteria.map(c => c.id), 'score'];
    const rows = grades.map(g => [g.file, ...g.criteria.map(c => String(c.points)), String(g.score)]);
    const maxRow = ['out of', ...rubric.criteria.map(c => String(c.points)), String(max)];
    const table = [header, ...rows, maxRow];
    const widths = header.map((_, i) => Math.max(...table.map(row => row[i].length)));
    const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
    const mean = classMean(grades.map(g => g.score));
    const files = grades.length === 1 ? '1 file' : `${grades.length} files`;
    return [rubric.title, ...table.map(line), `${files}, mean score ${mean} of ${max}`].join('\n') + '\n';
}
