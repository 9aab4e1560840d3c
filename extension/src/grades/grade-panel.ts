import * as vscode from 'vscode';
import type { GradeRequests } from '../../../language-server/src/protocol.js';
import { webviewFolder, webviewPageHtml } from '../webview-page.js';
import { saveGradesCsv, writeFeedbackFiles } from './grade-files.js';
import { fileName, type GradeOutcome, type GradeSource } from './grade-request.js';
import { GRADES_VIEW_TYPE, type GradesHostMessage, type GradesWebviewMessage, type GradeTable } from './messages.js';

/**
 * The grade view: one webview panel with the last grading's table (a row per student, a column per
 * criterion). It computes nothing: the server graded, and wrote the CSV and the feedback; the
 * webview draws and sorts the table. Clicks come back as messages: open a student's file, grade
 * again (Refresh), save the CSV, write the feedback files.
 */
export class GradeView implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private source: GradeSource | undefined;
    private report: GradeRequests.GradeReport | undefined;
    private gradedAt = '';
    private grading = false;
    private readonly panelDisposables: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly grade: (source: GradeSource) => Promise<GradeOutcome>) { }

    /** Shows a report (the panel is created, or reused and brought forward). */
    show(source: GradeSource, report: GradeRequests.GradeReport): void {
        this.source = source;
        this.report = report;
        this.gradedAt = new Date().toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
        if (this.panel) {
            this.panel.reveal(undefined, false);
        } else {
            this.panel = vscode.window.createWebviewPanel(GRADES_VIEW_TYPE, 'Grades', vscode.ViewColumn.Active, {
                enableScripts: true,
                enableFindWidget: true,
                // The page's own bundle and stylesheet, nothing else.
                localResourceRoots: [webviewFolder(this.context.extensionUri)],
            });
            this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'argmap-file.svg');
            this.panel.webview.html = webviewPageHtml(this.panel.webview, this.context.extensionUri, { title: 'Grades', script: 'grades.js', stylesheet: 'grades.css' });
            this.panelDisposables.push(
                this.panel.webview.onDidReceiveMessage((message: GradesWebviewMessage) => void this.onMessage(message)),
                this.panel.onDidDispose(() => this.detach()),
            );
        }
        this.panel.title = `Grades: ${report.title}`;
        this.postGrades();
    }

    private postGrades(): void {
        if (!this.report || !this.source) return;
        const { csv: _csv, results, ...rest } = this.report;
        const table: GradeTable = { ...rest, results: results.map(({ feedback: _feedback, ...row }) => row) };
        const scope = this.source.folder ? vscode.workspace.asRelativePath(this.source.folder, true) : 'the workspace';
        this.post({ type: 'grades', table, rubric: fileName(this.source.rubric), scope, gradedAt: this.gradedAt });
    }

    private async onMessage(message: GradesWebviewMessage): Promise<void> {
        const { report, source } = this;
        switch (message.type) {
            case 'ready':
                this.postGrades();
                break;
            case 'open': {
                // Only a file of the table: the webview says which, the host decides what opens.
                const row = report?.results.find(r => r.uri === message.uri);
                if (row) await this.openFile(row);
                break;
            }
            case 'refresh':
                await this.refresh();
                break;
            case 'exportCsv':
                if (report && source) await saveGradesCsv(report, source);
                break;
            case 'writeFeedback':
                if (report && source) await writeFeedbackFiles(report, source);
                break;
        }
    }

    /** Grades again with the same rubric and folder (the rubric or the files changed). */
    private async refresh(): Promise<void> {
        if (!this.source || this.grading) return;
        this.grading = true;
        this.post({ type: 'busy' });
        try {
            const source = this.source;
            const outcome = await this.grade(source);
            if (outcome && 'report' in outcome) this.show(source, outcome.report);
            else if (outcome) this.post({ type: 'problem', text: outcome.problem });
            else this.postGrades(); // cancelled: the last grades stand
        } finally {
            this.grading = false;
        }
    }

    /** A student's file, beside the table so that the next click is one away. */
    private async openFile(row: GradeRequests.FileGrade): Promise<void> {
        try {
            await vscode.window.showTextDocument(vscode.Uri.parse(row.uri, true), { viewColumn: vscode.ViewColumn.Beside, preview: true });
        } catch (error) {
            void vscode.window.showErrorMessage(`${row.file} can't be opened: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    private post(message: GradesHostMessage): void {
        void this.panel?.webview.postMessage(message);
    }

    private detach(): void {
        for (const d of this.panelDisposables.splice(0)) d.dispose();
        this.panel = undefined;
        this.report = undefined;
        this.source = undefined;
    }

    dispose(): void {
        this.panel?.dispose();
    }
}
