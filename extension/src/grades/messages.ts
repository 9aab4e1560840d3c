/**
 * The messages between the grade view's host (grade-panel.ts, in the extension host) and its
 * webview (extension/webview/grades/), declared once for both sides. Type-only imports: the webview
 * bundle gets nothing from the server but these shapes.
 */
import type { GradeRequests } from '../../../language-server/src/protocol.js';

/** The webview panel's type. */
export const GRADES_VIEW_TYPE = 'argmap.grades';

/** What the table shows of a report: the CSV and the feedback stay with the host, which writes them. */
export interface GradeTable extends Omit<GradeRequests.GradeReport, 'csv' | 'results'> {
    results: Array<Omit<GradeRequests.FileGrade, 'feedback'>>;
}

/** A column of the table: `file`, `score` or a criterion's id (a rubric can't name a criterion `file` or `score`). */
export type SortColumn = string;

export interface TableSort {
    column: SortColumn;
    descending: boolean;
}

/** What the webview keeps while it is hidden (vscode.setState). */
export interface GradesViewState {
    sort: TableSort;
}

/** Host -> webview. */
export type GradesHostMessage =
    /** Grades to show. `rubric`: the rubric's file name; `scope`: what was graded ("the workspace", a folder); `gradedAt`: a time of day. */
    | { type: 'grades'; table: GradeTable; rubric: string; scope: string; gradedAt: string }
    /** Grading again: the table stays until the new one comes. */
    | { type: 'busy' }
    /** Grading again failed (the rubric broke, the server stopped): a sentence for the reader, over the last table. */
    | { type: 'problem'; text: string };

/** Webview -> host. */
export type GradesWebviewMessage =
    /** The script has loaded and listens: send the grades. */
    | { type: 'ready' }
    /** A file cell was clicked: open the student's file (one of the table's). */
    | { type: 'open'; uri: string }
    | { type: 'refresh' }
    | { type: 'exportCsv' }
    | { type: 'writeFeedback' };
