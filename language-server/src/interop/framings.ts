import type { ArgumentGraph, GraphArgument, GraphStatement } from '../model/argument-graph.js';
import { indexOf, isAttackingArgument } from '../model/graph-index.js';
import { table, tableCell } from './markdown.js';

/** One framing's part in a map (DESIGN.md, "Framing analysis"). */
export interface FramingRow {
    name: string;
    label: string;
    /** Arguments for a thesis tagged with it. */
    argumentsForThesis: number;
    /** Objections and attacking arguments tagged with it. */
    objections: number;
    /** Rebuttals tagged with it. */
    rebuttals: number;
    /** The other framings it answers: an element tagged with it attacks, undercuts or contradicts one tagged with them. */
    answers: string[];
}

export interface FramingAnalysis {
    /** A row per framing used as a tag, in declaration order. */
    rows: FramingRow[];
    /** Pairs of used framings neither of which answers the other. */
    silentPairs: Array<[string, string]>;
}

/** Which framings argue for and against the thesis, and which of them ever answer each other. */
export function analyseFramings(graph: ArgumentGraph): FramingAnalysis {
    const index = indexOf(graph);
    const elements: Array<GraphStatement | GraphArgument> = [...graph.statements, ...graph.arguments];
    const used = new Set(elements.flatMap(e => e.framings));
    const rows: FramingRow[] = graph.framings.filter(f => used.has(f.name)).map(f => ({
        name: f.name, label: f.label, argumentsForThesis: 0, objections: 0, rebuttals: 0, answers: [],
    }));
    const row = new Map(rows.map(r => [r.name, r]));
    const answers = new Map(rows.map(r => [r.name, new Set<string>()]));

    for (const argument of graph.arguments) {
        const forThesis = argument.conclusion !== null && index.statements.get(argument.conclusion)?.kind === 'thesis';
        const attacking = isAttackingArgument(index, argument.id);
        for (const name of argument.framings) {
            const r = row.get(name);
            if (r && forThesis) r.argumentsForThesis++;
            if (r && attacking) r.objections++;
        }
    }
    for (const statement of graph.statements) {
        for (const name of statement.framings) {
            const r = row.get(name);
            if (r && statement.kind === 'objection') r.objections++;
            if (r && statement.kind === 'rebuttal') r.rebuttals++;
        }
    }
    const framingsOf = (id: string) => (index.statements.get(id) ?? index.arguments.get(id))?.framings ?? [];
    for (const relation of graph.relations) {
        for (const from of framingsOf(relation.from)) {
            for (const to of framingsOf(relation.to)) {
                if (from !== to) answers.get(from)?.add(to);
                // A contradiction answers both ways.
                if (from !== to && relation.kind === 'contradicts') answers.get(to)?.add(from);
            }
        }
    }
    const order = rows.map(r => r.name);
    for (const r of rows) r.answers = order.filter(name => answers.get(r.name)!.has(name));

    const silentPairs: Array<[string, string]> = [];
    for (let i = 0; i < rows.length; i++) {
        for (let j = i + 1; j < rows.length; j++) {
            const [a, b] = [rows[i], rows[j]];
            if (!a.answers.includes(b.name) && !b.answers.includes(a.name)) silentPairs.push([a.name, b.name]);
        }
    }
    return { rows, silentPairs };
}

/** `argmap export --format framings`: the analysis as a Markdown table, then the silent pairs. */
export function framingsToMarkdown(graph: ArgumentGraph, fileName: string): string {
    const { rows, silentPairs } = analyseFramings(graph);
    const lines = [`# Framings in ${tableCell(graph.title ?? fileName)}`, ''];
    if (rows.length === 0) {
        lines.push('No move is tagged with a framing yet. Tag each statement or argument with the framing it comes from (`#realist`).');
        return `${lines.join('\n')}\n`;
    }
    lines.push(table(
        ['Framing', 'Arguments for the thesis', 'Objections', 'Rebuttals', 'Answers'],
        rows.map(r => [
            `#${r.name} (${tableCell(r.label)})`,
            String(r.argumentsForThesis),
            String(r.objections),
            String(r.rebuttals),
            r.answers.length > 0 ? r.answers.map(a => `#${a}`).join(', ') : '–',
        ]),
    ), '');
    if (silentPairs.length > 0) {
        lines.push('These framings never answer each other:', '');
        for (const [a, b] of silentPairs) lines.push(`- #${a} and #${b}`);
    } else if (rows.length > 1) {
        lines.push('Every framing answers every other one.');
    }
    return `${lines.join('\n')}\n`;
}
