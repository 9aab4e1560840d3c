/**
 * The layout-stability measure (DESIGN: "editing one statement's text moves only what must move"):
 * nodes are matched by element id, and a node moves when its position changes by more than 1 px.
 * The tests and `npm run bench` share it.
 */
import type { ArgumentGraph, GraphStatement } from '../model/argument-graph.js';
import { indexOf } from '../model/graph-index.js';
import { statementWidth, sizes } from './boxes.js';
import type { MapScene } from './map-scene.js';
import { wrapText } from './text-wrap.js';

/** Ids of the boxes whose position changed by more than 1 px (boxes in only one scene are ignored). */
export function movedNodes(before: MapScene, after: MapScene): string[] {
    const old = new Map(before.nodes.map(n => [n.id, n]));
    const moved: string[] = [];
    for (const n of after.nodes) {
        const o = old.get(n.id);
        if (o && (Math.abs(o.x - n.x) > 1 || Math.abs(o.y - n.y) > 1)) moved.push(n.id);
    }
    return moved;
}

export interface LeafEdit {
    id: string;
    word: string;
    replacement: string;
    /** A copy of the graph with that one word changed. */
    graph: ArgumentGraph;
}

/**
 * For each leaf statement (nothing supports or attacks it), a copy of the graph with one of its words
 * changed so that the text still wraps to as many lines: the longest word with a letter swapped for
 * one of another width (so the line's width does change). Leaves where no such word exists are skipped.
 */
export function* leafEdits(graph: ArgumentGraph): Generator<LeafEdit> {
    const index = indexOf(graph);
    for (const s of graph.statements) {
        if ((index.supporters.get(s.id) ?? []).length > 0 || (index.relationsTo.get(s.id) ?? []).length > 0) continue;
        const edit = oneWordEdit(s);
        if (!edit) continue;
        const copy = structuredClone(graph);
        copy.statements.find(x => x.id === s.id)!.text = edit.text;
        yield { id: s.id, word: edit.word, replacement: edit.replacement, graph: copy };
    }
}

function oneWordEdit(s: GraphStatement): { text: string; word: string; replacement: string } | undefined {
    const width = statementWidth(s) - 2 * sizes.padX;
    const size = s.kind === 'thesis' ? sizes.thesisSize : sizes.bodySize;
    const lines = wrapText(s.text, width, size).length;
    const words = s.text.split(' ');
    const order = words.map((_, i) => i).sort((a, b) => words[b].length - words[a].length || a - b);
    for (const i of order) {
        const word = words[i];
        const at = [...word].findIndex(c => /[a-z]/.test(c));
        if (at < 0) continue;
        const chars = [...word];
        chars[at] = chars[at] === 'm' ? 'i' : 'm';
        const replacement = chars.join('');
        const text = [...words.slice(0, i), replacement, ...words.slice(i + 1)].join(' ');
        if (wrapText(text, width, size).length === lines) return { text, word, replacement };
    }
    return undefined;
}
