import * as vscode from 'vscode';
import type { GradeRequests } from '../../../language-server/src/protocol.js';
import { fileName, type GradeSource } from './grade-request.js';

/**
 * The grade view's files, written as the server wrote them (the CSV and each student's feedback are
 * `argmap grade`'s), through VS Code's file system so that they work on vscode.dev too. `target`
 * skips the dialog (tests, other extensions). Each resolves to what was written, or undefined.
 */

/** "Export CSV": the grades as `argmap grade --format csv` prints them, where the user says. */
export async function saveGradesCsv(report: GradeRequests.GradeReport, source: GradeSource, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const rubricBase = fileName(source.rubric).replace(/(\.argmap-rubric)?\.json$/i, '');
    const folder = source.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const file = target ?? await vscode.window.showSaveDialog({
        title: 'Export Grades as CSV',
        saveLabel: 'Export CSV',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${rubricBase}-grades.csv`) : undefined,
        filters: { 'CSV (comma-separated values)': ['csv'] },
    });
    if (!file) return undefined;
    try {
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(report.csv));
    } catch (error) {
        void vscode.window.showErrorMessage(`The grades could not be written to ${shown(file)}: ${errorMessage(error)}`);
        return undefined;
    }
    if (!target) void vscode.window.showInformationMessage(`Exported the grades of ${files(report.results.length)} to ${fileName(file)}.`);
    return file;
}

/**
 * "Write feedback files": a Markdown file per student in a folder the user picks, named as `argmap
 * grade --feedback` names them (`class__ana.md`). Files already there are replaced only when the
 * user agrees (the command line replaces them; here a click should not cost last week's feedback).
 */
export async function writeFeedbackFiles(report: GradeRequests.GradeReport, source: GradeSource, target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    const folder = target ?? (await vscode.window.showOpenDialog({
        title: 'Write Feedback Files',
        openLabel: 'Write Feedback Here',
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        defaultUri: source.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri,
    }))?.[0];
    if (!folder) return undefined;
    const written = report.results.map(row => ({ uri: vscode.Uri.joinPath(folder, row.feedbackFile), text: row.feedback }));
    if (!target) {
        const existing = (await Promise.all(written.map(w => exists(w.uri)))).filter(Boolean).length;
        if (existing > 0) {
            const replace = 'Replace';
            const answer = await vscode.window.showWarningMessage(
                `${existing === 1 ? '1 feedback file already exists' : `${existing} feedback files already exist`} in ${shown(folder)}. Replace ${existing === 1 ? 'it' : 'them'}?`,
                { modal: true }, replace);
            if (answer !== replace) return undefined;
        }
    }
    try {
        await vscode.workspace.fs.createDirectory(folder);
        for (const { uri, text } of written) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    } catch (error) {
        void vscode.window.showErrorMessage(`The feedback files could not be written to ${shown(folder)}: ${errorMessage(error)}`);
        return undefined;
    }
    if (!target) void vscode.window.showInformationMessage(`Wrote ${files(written.length, 'feedback file')} to ${shown(folder)}.`);
    return written.map(w => w.uri);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

function files(n: number, noun = 'file'): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A file or folder as the user knows it: relative to the workspace when inside it. */
function shown(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
}

function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
