import type { GradeDiagnostic } from '../../language-server/src/grading/file-view.js';
import { gradeFile, type CriterionResult, type FileGrade } from '../../language-server/src/grading/grade.js';
import { parseRubric } from '../../language-server/src/grading/rubric.js';
import { buildWorkspace } from './workspace.js';

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/**
 * Grades `main.argmap` of in-memory files (imports resolve among them) against a rubric of these
 * criteria, as `argmap grade` would: its graph and its diagnostics, 1-based.
 */
export async function gradeFiles(files: Record<string, string>, criteria: unknown[]): Promise<FileGrade> {
    const workspace = await buildWorkspace(files);
    const diagnostics: GradeDiagnostic[] = workspace.diagnostics('main.argmap').map(d => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: severities[(d.severity ?? 1) as 1 | 2 | 3 | 4],
        code: String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value,
    }));
    const rubric = parseRubric({ title: 'Test', criteria }, 'Test');
    return gradeFile(rubric, { file: 'main.argmap', graph: workspace.model('main.argmap').graph, diagnostics });
}

/** One criterion's result for one file's text. */
export async function gradeOne(text: string, criterion: Record<string, unknown>): Promise<CriterionResult> {
    const grade = await gradeFiles({ 'main.argmap': text }, [{ id: 'c', points: 2, ...criterion }]);
    return grade.criteria[0];
}
