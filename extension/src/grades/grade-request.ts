import * as vscode from 'vscode';
import { WorkDoneProgress, type BaseLanguageClient } from 'vscode-languageclient';
import { GradeRequests } from '../../../language-server/src/protocol.js';

/** What is graded: a rubric, and the folder (absent: the whole workspace). */
export interface GradeSource {
    rubric: vscode.Uri;
    folder?: vscode.Uri;
}

/** A report, or why there is none (cancelled: neither). */
export type GradeOutcome = { report: GradeRequests.GradeReport } | { problem: string } | undefined;

let requests = 0;

/**
 * Asks the server to grade (`argmap/grade`) under VS Code's progress notification, which shows the
 * server's count of files done and can cancel. An open rubric with unsaved edits is saved first:
 * the server reads the file, and the instructor means the rubric they see.
 */
export async function requestGrades(client: BaseLanguageClient, source: GradeSource): Promise<GradeOutcome> {
    const rubricName = fileName(source.rubric);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === source.rubric.toString());
    if (open?.isDirty && !(await open.save())) return { problem: `The rubric ${rubricName} has unsaved changes that could not be saved.` };

    const params: GradeRequests.GradeParams = {
        rubricUri: source.rubric.toString(),
        folderUri: source.folder?.toString(),
        workDoneToken: `argmap-grade-${Date.now()}-${++requests}`,
    };
    const options = { location: vscode.ProgressLocation.Notification, title: `Grading with ${rubricName}`, cancellable: true };
    let result: GradeRequests.GradeResult;
    try {
        result = await vscode.window.withProgress(options, async (progress, cancel) => {
            let done = 0;
            const listening = client.onProgress(WorkDoneProgress.type, params.workDoneToken!, value => {
                if (value.kind === 'end') return;
                const percentage = value.percentage ?? done;
                progress.report({ message: value.message, increment: percentage - done });
                done = percentage;
            });
            try {
                return await client.sendRequest<GradeRequests.GradeResult>(GradeRequests.grade, params, cancel);
            } finally {
                listening.dispose();
            }
        });
    } catch (error) {
        if (isCancellation(error)) return undefined;
        return { problem: `Grading failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if ('problems' in result) return { problem: `The rubric ${rubricName} can't be used: ${result.problems.join(' ')}` };
    return { report: result };
}

export function fileName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function isCancellation(error: unknown): boolean {
    // LSP's RequestCancelled: the user pressed Cancel (or the server gave up for a newer request).
    return (error as { code?: unknown } | undefined)?.code === -32800;
}
