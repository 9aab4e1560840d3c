import { FileView, type GradeDiagnostic, type GradeInput } from './file-view.js';
import { resultMessage } from './messages.js';
import { measure, round2, type Mention } from './rules.js';
import { isMinCriterion, type Criterion, type Rubric, type RuleName } from './rubric.js';

/** How one file did on one criterion: DESIGN.md's JSON fields plus what feedback needs. */
export interface CriterionResult {
    id: string;
    rule: RuleName;
    /** Points earned. */
    points: number;
    max: number;
    actual: number;
    passed: boolean;
    message: string;
    criterion: Criterion;
    mentions: Mention[];
}

export interface FileGrade {
    file: string;
    score: number;
    max: number;
    errors: number;
    warnings: number;
    criteria: CriterionResult[];
    /** The file's errors, for feedback. */
    errorDiagnostics: GradeDiagnostic[];
}

/** Grades one file on its own: its graph and diagnostics are all it sees. */
export function gradeFile(rubric: Rubric, input: GradeInput): FileGrade {
    const view = new FileView(input);
    const criteria = rubric.criteria.map(criterion => {
        const { actual, mentions } = measure(criterion, view);
        const passed = passes(criterion, actual);
        const result = { id: criterion.id, rule: criterion.rule, points: earned(criterion, actual, passed), max: criterion.points, actual, passed, criterion, mentions };
        return { ...result, message: resultMessage(result) };
    });
    const errorDiagnostics = input.diagnostics.filter(d => d.severity === 'error');
    return {
        file: input.file,
        score: round2(criteria.reduce((sum, c) => sum + c.points, 0)),
        max: maxScore(rubric),
        errors: errorDiagnostics.length,
        warnings: input.diagnostics.filter(d => d.severity === 'warning').length,
        criteria,
        errorDiagnostics,
    };
}

export function maxScore(rubric: Rubric): number {
    return round2(rubric.criteria.reduce((sum, c) => sum + c.points, 0));
}

/** The class mean of some points (scores, or one criterion's points), to 2 decimals; 0 for no files. */
export function classMean(points: readonly number[]): number {
    return points.length > 0 ? round2(points.reduce((sum, p) => sum + p, 0) / points.length) : 0;
}

/** DESIGN.md's "passes" column. */
export function passes(criterion: Criterion, actual: number): boolean {
    switch (criterion.rule) {
        case 'one-thesis': return actual === 1;
        case 'objections-answered': return actual >= criterion.share;
        case 'required-framings': return actual === criterion.framings.length;
        case 'cross-framing-objection': return actual >= 1;
        case 'no-errors': return actual === 0;
        case 'max-statement-words': return actual <= criterion.max;
        default: return actual >= criterion.min;
    }
}

/** All the points when it passes, else none; a `partial` min rule earns its share of the way to `min`. */
export function earned(criterion: Criterion, actual: number, passed: boolean): number {
    if (passed) return criterion.points;
    if (criterion.partial && isMinCriterion(criterion)) return round2(criterion.points * Math.min(1, actual / criterion.min));
    return 0;
}
