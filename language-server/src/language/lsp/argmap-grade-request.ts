import { isOperationCancelled, URI, UriUtils } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { jsonErrorLine, parseRubric, RubricError, rubricTitleFromFileName, type Rubric } from '../../grading/rubric.js';
import { GradeRequests } from '../../protocol.js';
import type { ArgmapSharedServices } from '../argmap-module.js';
import { gradeTargets, gradeTargetsReport } from '../workspace-grading.js';

/**
 * `argmap/grade`: the editor's "Grade Workspace with Rubric". Reads the rubric through the server's
 * file system (the client's, in a web worker), then grades every `.argmap` file of the workspace, or
 * of one folder in it, from the graphs and diagnostics the server has (workspace-grading.ts), while
 * no build runs. A rubric that can't be used is an answer, not an error: its problems, one line
 * each, as `argmap grade` words them.
 */
export function registerGradeRequests(shared: ArgmapSharedServices): void {
    const connection = shared.lsp.Connection;
    connection?.onRequest(GradeRequests.grade, async (params: GradeRequests.GradeParams, token: CancellationToken) => {
        const rubricUri = parseUri(params.rubricUri);
        const folderUri = params.folderUri === undefined ? undefined : parseUri(params.folderUri);
        if (!rubricUri || folderUri === null) return new ResponseError(ErrorCodes.InvalidParams, 'argmap/grade needs a rubricUri (and an optional folderUri) that are URIs');
        const rubric = await readRubric(shared, rubricUri);
        if (!('criteria' in rubric)) return rubric;
        const progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
        try {
            await shared.workspace.WorkspaceManager.ready;
            // A normal read waits for the builds under way and holds the next ones back: every file is
            // graded as the workspace stands at one moment.
            const report = await shared.workspace.WorkspaceLock.read(() => {
                const targets = gradeTargets(shared, folderUri);
                progress.begin('Grading', 0, `0 of ${targets.length} files`, true);
                return gradeTargetsReport(shared, rubric, targets, reporter(progress, targets.length), token);
            });
            // The lock turns a cancelled read into undefined.
            return report ?? cancelled();
        } catch (error) {
            if (isOperationCancelled(error)) return cancelled();
            throw error;
        } finally {
            progress.done();
        }
    });
}

/** The rubric, or why it can't be used. */
async function readRubric(shared: ArgmapSharedServices, uri: URI): Promise<Rubric | GradeRequests.RubricProblems> {
    let text: string;
    try {
        // Not readFile: that one decodes `.argmap` text and remembers where its UTF-8 breaks.
        text = new TextDecoder('utf-8', { fatal: true }).decode(await shared.workspace.FileSystemProvider.readBinary(uri));
    } catch (error) {
        const why = error instanceof TypeError ? 'it is not UTF-8 text' : error instanceof Error ? error.message : String(error);
        return { problems: [`cannot read it: ${why}`] };
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        return { problems: [`it is not valid JSON: ${jsonErrorLine(error)}`] };
    }
    try {
        return parseRubric(value, rubricTitleFromFileName(UriUtils.basename(uri)));
    } catch (error) {
        if (error instanceof RubricError) return { problems: [error.message] };
        throw error;
    }
}

/** "12 of 300 files", at most every 100 ms (a class grades in well under a second; a slow machine shows it moving). */
function reporter(progress: WorkDoneProgressReporter, total: number): (done: number) => void {
    let last = Date.now();
    return done => {
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        progress.report(Math.round(done / total * 100), `${done} of ${total} files`);
    };
}

function parseUri(value: unknown): URI | null {
    if (typeof value !== 'string') return null;
    try {
        return URI.parse(value, true);
    } catch {
        return null;
    }
}

function cancelled(): ResponseError {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'Grading was cancelled.');
}
