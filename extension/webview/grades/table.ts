/**
 * The grade table: a row per student file, its score, then a column per criterion (the score
 * first: a narrow view beside a student's file still shows it); below them what each column is out
 * of and the class mean. Numbers are the server's (points earned, rounded as
 * `argmap grade` rounds them); this file only lays them out and sorts the rows.
 */
import type { GradeTable, TableSort } from '../../src/grades/messages.js';
import { html } from '../dom.js';

type Row = GradeTable['results'][number];

/** Where the table sends clicks: a file to open, a column to sort by. */
export interface TableActions {
    open(row: Row): void;
    sort(column: string): void;
}

/** Marks for what was lost, beside the number and in its tooltip (so never by colour alone). */
const NOTHING_EARNED = '✗';
const PART_EARNED = '◐';

export function gradeTable(table: GradeTable, sort: TableSort, actions: TableActions): HTMLTableElement {
    const element = html('table', { class: 'grades', 'aria-label': `Grades: ${table.title}` });
    const head = html('tr', {}, html('thead', {}, element));
    headerCell(head, 'file', 'File', 'The student\'s file: click to open it', sort, actions);
    headerCell(head, 'score', 'Score', `The total, out of ${table.max}`, sort, actions);
    for (const criterion of table.criteria) {
        const points = `${criterion.points} ${criterion.points === 1 ? 'point' : 'points'}`;
        headerCell(head, criterion.id, criterion.id, `${criterion.label} (${criterion.rule}): ${points}`, sort, actions);
    }

    const body = html('tbody', {}, element);
    for (const row of sortedRows(table, sort)) studentRow(body, row, actions);

    const foot = html('tfoot', {}, element);
    footRow(foot, 'Out of', 'out-of', table.criteria.map(c => c.points), table.max);
    footRow(foot, 'Class mean', 'mean', table.criteria.map(c => c.mean), table.mean);
    return element;
}

function headerCell(row: HTMLTableRowElement, column: string, label: string, tip: string, sort: TableSort, actions: TableActions): void {
    const sorted = sort.column === column;
    const cell = html('th', {
        scope: 'col',
        class: column === 'file' ? 'file' : column === 'score' ? 'number score' : 'number',
        'aria-sort': sorted ? (sort.descending ? 'descending' : 'ascending') : 'none',
    }, row);
    const button = html('button', { type: 'button', class: 'sort', title: `${tip}. Click to sort.` }, cell);
    button.dataset.column = column;
    html('span', { class: 'label' }, button, label);
    html('span', { class: 'arrow', 'aria-hidden': 'true' }, button, sorted ? (sort.descending ? '▼' : '▲') : '');
    button.addEventListener('click', () => actions.sort(column));
}

function studentRow(body: HTMLTableSectionElement, row: Row, actions: TableActions): void {
    const tr = html('tr', {}, body);
    tr.dataset.file = row.file;
    const fileCell = html('th', { scope: 'row', class: 'file' }, tr);
    const problems = [count(row.errors, 'error'), count(row.warnings, 'warning')].filter(Boolean).join(', ');
    const link = html('button', { type: 'button', class: 'file-link', title: `Open ${row.file}${problems ? ` (${problems})` : ''}` }, fileCell, row.file);
    link.addEventListener('click', () => actions.open(row));
    if (row.errors > 0) html('span', { class: 'errors' }, fileCell, count(row.errors, 'error'));
    html('td', { class: 'number score', title: `${row.score} of ${row.max}` }, tr, String(row.score));

    for (const criterion of row.criteria) {
        const lost = criterion.points < criterion.max;
        const state = !lost ? 'earned' : criterion.points === 0 ? 'nothing' : 'part';
        const cell = html('td', { class: `number points ${state}`, title: `${criterion.points} of ${criterion.max}: ${criterion.message}` }, tr);
        cell.dataset.criterion = criterion.id;
        if (lost) html('span', { class: 'mark', 'aria-hidden': 'true' }, cell, state === 'nothing' ? NOTHING_EARNED : PART_EARNED);
        html('span', { class: 'value' }, cell, String(criterion.points));
        // Screen readers hear what the mark shows.
        if (lost) html('span', { class: 'visually-hidden' }, cell, ` of ${criterion.max}`);
    }
}

function footRow(foot: HTMLTableSectionElement, label: string, kind: string, values: readonly number[], total: number): void {
    const tr = html('tr', { class: kind }, foot);
    html('th', { scope: 'row', class: 'file' }, tr, label);
    html('td', { class: 'number score' }, tr, String(total));
    for (const value of values) html('td', { class: 'number' }, tr, String(value));
}

/** The rows in the chosen order; ties (and the file column) in the order of the file names. */
export function sortedRows(table: GradeTable, sort: TableSort): Row[] {
    const index = table.criteria.findIndex(c => c.id === sort.column);
    const key = (row: Row): number | undefined =>
        sort.column === 'score' ? row.score : index >= 0 ? row.criteria[index]?.points : undefined;
    const byName = (a: Row, b: Row) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    const direction = sort.descending ? -1 : 1;
    return [...table.results].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        const primary = ka === undefined || kb === undefined ? byName(a, b) : ka - kb;
        return primary !== 0 ? primary * direction : byName(a, b);
    });
}

function count(n: number, noun: string): string {
    return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
