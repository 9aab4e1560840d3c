/**
 * The grade view's webview: the title and summary, the buttons, and the table (table.ts) of the
 * grades the host sends. It grades nothing and writes nothing: a click on a file, Refresh, Export
 * CSV and Write feedback files go to the host as messages.
 */
import type { GradesHostMessage, GradesViewState, GradesWebviewMessage, GradeTable, TableSort } from '../../src/grades/messages.js';
import { html } from '../dom.js';
import { gradeTable } from './table.js';
import './grades.css';

interface VsCodeApi {
    postMessage(message: GradesWebviewMessage): void;
    getState(): GradesViewState | undefined;
    setState(state: GradesViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: GradesWebviewMessage) => vscode.postMessage(message);

// ---- the page: a toolbar, a problem line, the table, a key ----

const toolbar = html('header', { class: 'toolbar' }, document.body);
const heading = html('div', { class: 'heading' }, toolbar);
const title = html('h1', { class: 'title' }, heading);
const summary = html('p', { class: 'summary', role: 'status' }, heading);

const actions = html('div', { class: 'actions', role: 'toolbar', 'aria-label': 'Grades' }, toolbar);
const button = (label: string, tip: string, cls: string, message: GradesWebviewMessage) => {
    const b = html('button', { type: 'button', class: cls, title: tip }, actions, label);
    b.addEventListener('click', () => post(message));
    return b;
};
const refreshButton = button('Refresh', 'Grade again: the files or the rubric changed', 'refresh', { type: 'refresh' });
button('Export CSV', 'Save the grades as CSV, the same file as `argmap grade --format csv`', 'export-csv', { type: 'exportCsv' });
button('Write feedback files', 'Write each student a Markdown file: every lost point, why, and what to do', 'write-feedback primary', { type: 'writeFeedback' });

const problem = html('p', { class: 'problem', role: 'alert' }, document.body);
problem.hidden = true;
const main = html('main', { class: 'table-wrap' }, document.body);
const key = html('p', { class: 'key' }, document.body,
    '✗ no points earned · ◐ part of the points · hover a number for what was measured · click a file to open it');
key.hidden = true;

// ---- state ----

let table: GradeTable | undefined;
let sort: TableSort = vscode.getState()?.sort ?? { column: 'file', descending: false };

function draw(): void {
    if (!table) return;
    main.replaceChildren(gradeTable(table, sort, {
        open: row => post({ type: 'open', uri: row.uri }),
        sort: column => {
            sort = { column, descending: sort.column === column ? !sort.descending : false };
            vscode.setState({ sort });
            draw();
            main.querySelector<HTMLButtonElement>(`button.sort[data-column="${CSS.escape(column)}"]`)?.focus();
        },
    }));
}

function showGrades(next: GradeTable, rubric: string, scope: string, gradedAt: string): void {
    table = next;
    // A column of an earlier rubric: back to the order of the files.
    if (![...table.criteria.map(c => c.id), 'file', 'score'].includes(sort.column)) sort = { column: 'file', descending: false };
    title.textContent = table.title;
    const files = table.results.length === 1 ? '1 file' : `${table.results.length} files`;
    summary.textContent = `${files} in ${scope} · class mean ${table.mean} of ${table.max} · ${rubric}, graded at ${gradedAt}`;
    problem.hidden = true;
    key.hidden = false;
    setBusy(false);
    draw();
}

function setBusy(busy: boolean): void {
    refreshButton.disabled = busy;
    refreshButton.textContent = busy ? 'Grading…' : 'Refresh';
    main.setAttribute('aria-busy', String(busy));
}

window.addEventListener('message', (event: MessageEvent<GradesHostMessage>) => {
    const message = event.data;
    switch (message.type) {
        case 'grades':
            showGrades(message.table, message.rubric, message.scope, message.gradedAt);
            break;
        case 'busy':
            setBusy(true);
            break;
        case 'problem':
            setBusy(false);
            problem.textContent = message.text;
            problem.hidden = false;
            break;
    }
});

summary.textContent = 'Grading…';
post({ type: 'ready' });
