import { DocumentState, interruptAndCheck, UriUtils, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { feedbackFileNames, feedbackMarkdown } from '../grading/feedback.js';
import type { GradeDiagnostic } from '../grading/file-view.js';
import { formatGradeCsv } from '../grading/grade-csv.js';
import { classMean, gradeFile, maxScore, type FileGrade } from '../grading/grade.js';
import { criterionTitle } from '../grading/messages.js';
import type { Rubric } from '../grading/rubric.js';
import type { GradeRequests } from '../protocol.js';
import type { ArgmapServices, ArgmapSharedServices } from './argmap-module.js';

/**
 * Grading the files the language server has loaded, for `argmap/grade` (lsp/argmap-grade-request.ts):
 * which documents a workspace grade covers, what each is graded on, and the report. The grading
 * itself is `grading/`'s, as for `argmap grade`: each file alone, from its graph and diagnostics.
 */

/** A document to grade and how the report names it. */
export interface GradeTarget {
    document: LangiumDocument<Document>;
    /** The path `argmap grade` run in the workspace folder prints (with several folders, the folder's name first). */
    file: string;
}

/**
 * Folders whose files count only when something loads them (Langium's workspace manager skips
 * them, `argmap grade` skips the first two): grading a file there would depend on whether a
 * student's map happens to import it or an editor has it open.
 */
function isSkippedSegment(segment: string): boolean {
    return segment.startsWith('.') || segment === 'node_modules' || segment === 'out';
}

/**
 * The workspace's `.argmap` documents under `folder` (every workspace folder when absent), in the
 * order of their names. Imported files outside the workspace and unsaved editors are not among
 * them: they belong to no student's folder.
 */
export function gradeTargets(shared: ArgmapSharedServices, folder?: URI): GradeTarget[] {
    const workspaceFolders = shared.workspace.WorkspaceManager.workspaceFolders ?? [];
    const targets: GradeTarget[] = [];
    for (const document of shared.workspace.LangiumDocuments.all) {
        if (!shared.ServiceRegistry.hasServices(document.uri)) continue;
        if (folder && !UriUtils.contains(folder, document.uri)) continue;
        // The innermost workspace folder holding it (folders may nest).
        const home = workspaceFolders
            .filter(f => UriUtils.contains(f.uri, document.uri))
            .sort((a, b) => b.uri.length - a.uri.length)[0];
        if (!home) continue;
        const relative = UriUtils.relative(home.uri, document.uri);
        if (relative.split('/').slice(0, -1).some(isSkippedSegment)) continue;
        const file = workspaceFolders.length > 1 ? `${home.name}/${relative}` : relative;
        targets.push({ document: document as LangiumDocument<Document>, file });
    }
    return targets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Grades each target alone with `gradeFile`, as `argmap grade` does, and reports on them: the rows,
 * the CSV and the feedback files of the CLI. Run under the workspace lock, so that no build changes
 * a graph or a diagnostic meanwhile. `progress` hears how many files are done; a cancelled token
 * stops between files.
 */
export async function gradeTargetsReport(
    shared: ArgmapSharedServices,
    rubric: Rubric,
    targets: readonly GradeTarget[],
    progress: (done: number) => void,
    token: CancellationToken,
): Promise<GradeRequests.GradeReport> {
    const grades: Array<{ uri: string; grade: FileGrade }> = [];
    for (const { document, file } of targets) {
        await interruptAndCheck(token);
        const services = shared.ServiceRegistry.getServices(document.uri) as ArgmapServices;
        const { graph } = services.validation.GraphCache.get(document);
        const diagnostics = (await diagnosticsToGrade(services, document, token)).map(toGradeDiagnostic).sort(byPosition);
        // The graph names its own elements' file by URI (GraphCache.fileName); the report by path.
        const grade = gradeFile(rubric, { file: document.uri.toString(), graph, diagnostics });
        grades.push({ uri: document.uri.toString(), grade: { ...grade, file } });
        progress(grades.length);
    }
    return report(rubric, grades);
}

/**
 * The document's diagnostics as `argmap check` finds them (under the editor's severity settings):
 * those the last check published, or, for a closed file that is not checked (workspace diagnostics
 * off, or never checked since the workspace was loaded), a check now.
 */
async function diagnosticsToGrade(services: ArgmapServices, document: LangiumDocument, token: CancellationToken): Promise<Diagnostic[]> {
    const { ArgmapSettings, DocumentValidator } = services.validation;
    const open = services.shared.workspace.TextDocuments?.get(document.uri.toString()) !== undefined;
    if ((open || ArgmapSettings.workspaceDiagnostics) && document.state >= DocumentState.Validated) return document.diagnostics ?? [];
    return DocumentValidator.checkDocument(document, {}, token);
}

function report(rubric: Rubric, grades: ReadonlyArray<{ uri: string; grade: FileGrade }>): GradeRequests.GradeReport {
    const feedbackFiles = feedbackFileNames(grades.map(g => g.grade.file));
    return {
        title: rubric.title,
        max: maxScore(rubric),
        criteria: rubric.criteria.map((criterion, i) => ({
            id: criterion.id,
            label: criterionTitle(criterion),
            rule: criterion.rule,
            points: criterion.points,
            mean: classMean(grades.map(g => g.grade.criteria[i].points)),
        })),
        results: grades.map(({ uri, grade }, i) => ({
            uri,
            file: grade.file,
            score: grade.score,
            max: grade.max,
            errors: grade.errors,
            warnings: grade.warnings,
            criteria: grade.criteria.map(({ id, points, max, actual, passed, message }) => ({ id, points, max, actual, passed, message })),
            feedbackFile: feedbackFiles[i],
            feedback: feedbackMarkdown(rubric, grade),
        })),
        mean: classMean(grades.map(g => g.grade.score)),
        csv: formatGradeCsv(rubric, grades.map(g => g.grade)),
    };
}

const severityNames = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** 1-based, as `argmap check` prints it and feedback quotes it. */
function toGradeDiagnostic(d: Diagnostic): GradeDiagnostic {
    return {
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: severityNames[d.severity ?? 1],
        code: String(d.code),
        message: typeof d.message === 'string' ? d.message : String(d.message),
    };
}

function byPosition(a: GradeDiagnostic, b: GradeDiagnostic): number {
    return a.line - b.line || a.column - b.column;
}
