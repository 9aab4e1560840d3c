import type { FileGrade } from '../../grading/grade.js';
import type { Rubric } from '../../grading/rubric.js';

/** `grade --format json`: DESIGN.md's shape, keys in its order; `file` as `check` names it. */
export function formatGradeJson(rubric: Rubric, max: number, grades: readonly FileGrade[]): string {
    const results = grades.map(({ file, score, max, errors, warnings, criteria }) => ({
        file, score, max, errors, warnings,
        criteria: criteria.map(({ id, rule, points, max, actual, passed, message }) => ({ id, rule, points, max, actual, passed, message })),
    }));
    return JSON.stringify({ rubric: rubric.title, max, results }, null, 2) + '\n';
}
