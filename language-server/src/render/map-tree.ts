/**
 * From the ArgumentGraph to the tree the layout draws, plus the relations the tree cannot hold
 * (cross-links). Every statement and argument gets one place:
 *
 * - a premise sits inside an argument box: the argument whose block declares it, else the first
 *   argument (document order) that lists it; the other arguments listing it get a cross-link;
 * - an argument hangs under its conclusion; an attacking argument under what it attacks (an
 *   undercutting one under the argument box);
 * - an objection or rebuttal that is no premise hangs under what it attacks or undercuts (the one
 *   whose block holds it, else its first relation); a statement with only a `contradicts` hangs
 *   under the statement it contradicts (drawn with the two-headed dashed line);
 * - everything else (theses, orphans) is a root; roots sit side by side in document order.
 *
 * Children keep document order. A placement that would close a circle (circular support) is broken
 * at its element first in document order, which becomes a root, and drawn as a cross-link.
 * Everything here is iterative: no walk recurses, whatever the depth of the map.
 */
import type { ArgumentGraph, GraphArgument, GraphStatement, SourceRange } from '../model/argument-graph.js';
import { indexOf, type GraphIndex } from '../model/graph-index.js';
import type { SceneEdgeKind } from './map-scene.js';

export interface StatementItem {
    type: 'statement';
    statement: GraphStatement;
    /** What hangs under it: arguments for it, objections to it, statements contradicting it. */
    children: TreeItem[];
}

export interface ArgumentItem {
    type: 'argument';
    argument: GraphArgument;
    /** The premises drawn inside its box, in the argument's order. */
    premises: StatementItem[];
    /** What undercuts it (objections, rebuttals, attacking arguments). */
    undercutters: TreeItem[];
    /** A one-premise argument from the shorthand or a claim nested in a statement: drawn as a plain frame. */
    implicit: boolean;
}

export type TreeItem = StatementItem | ArgumentItem;

/** How a tree item connects to the item it hangs under. */
export interface TreeLink {
    kind: SceneEdgeKind;
    /** The element it points at: a statement (standalone or a premise), or an argument (undercut). */
    target: string;
}

export interface CrossLink {
    from: string;
    to: string;
    kind: SceneEdgeKind;
}

export interface MapTree {
    roots: TreeItem[];
    /** The edge from each non-root item (by element id) to what it hangs under. */
    links: Map<string, TreeLink>;
    crossLinks: CrossLink[];
    /** Premise id -> the argument whose box holds it. */
    premiseHome: Map<string, string>;
    /** Document order of every element (statements and arguments), for sorting. */
    order: Map<string, number>;
    index: GraphIndex;
}

interface Home {
    parent: string;
    kind: SceneEdgeKind | 'premise';
}

export function buildMapTree(graph: ArgumentGraph): MapTree {
    const index = indexOf(graph);
    const order = documentOrder(graph);
    const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);

    // 1. Where each element wants to go.
    const homes = new Map<string, Home>();
    for (const s of graph.statements) {
        const home = statementHome(s, index, order);
        if (home) homes.set(s.id, home);
    }
    for (const a of graph.arguments) {
        if (a.conclusion !== null && index.statements.has(a.conclusion)) {
            homes.set(a.id, { parent: a.conclusion, kind: 'supports' });
            continue;
        }
        const r = (index.relationsFrom.get(a.id) ?? []).find(r => r.kind !== 'contradicts' && exists(index, r.to));
        if (r) homes.set(a.id, { parent: r.to, kind: r.kind });
    }

    // 2. Break circles: follow homes; a walk that meets itself cuts the circle at its first element.
    const broken = new Set<string>();
    const state = new Map<string, 1 | 2>();
    const all = [...order.keys()].sort(byOrder);
    for (const start of all) {
        if (state.has(start)) continue;
        const path: string[] = [];
        let at: string | undefined = start;
        while (at !== undefined && !state.has(at)) {
            state.set(at, 1);
            path.push(at);
            at = homes.get(at)?.parent;
        }
        if (at !== undefined && state.get(at) === 1) {
            const cycle = path.slice(path.indexOf(at));
            const cut = cycle.reduce((best, id) => byOrder(id, best) < 0 ? id : best);
            broken.add(cut);
        }
        for (const id of path) state.set(id, 2);
    }
    for (const id of broken) homes.delete(id);

    // 3. The items, wired to their homes.
    const statementItems = new Map<string, StatementItem>();
    const argumentItems = new Map<string, ArgumentItem>();
    for (const s of graph.statements) statementItems.set(s.id, { type: 'statement', statement: s, children: [] });
    for (const a of graph.arguments) {
        const first = a.premises.length === 1 ? index.statements.get(a.premises[0]) : undefined;
        const implicit = a.name === null && first !== undefined && a.conclusion !== null && sameRange(a.range, first.range);
        argumentItems.set(a.id, { type: 'argument', argument: a, premises: [], undercutters: [], implicit });
    }
    const itemOf = (id: string): TreeItem | undefined => statementItems.get(id) ?? argumentItems.get(id);

    const links = new Map<string, TreeLink>();
    const premiseHome = new Map<string, string>();
    const roots: TreeItem[] = [];
    for (const id of all) {
        const item = itemOf(id)!;
        const home = homes.get(id);
        if (!home) {
            roots.push(item);
            continue;
        }
        if (home.kind === 'premise') {
            premiseHome.set(id, home.parent);
            continue; // added below, in the argument's premise order
        }
        links.set(id, { kind: home.kind, target: home.parent });
        const parent = itemOf(home.parent)!;
        if (parent.type === 'statement') parent.children.push(item);
        else parent.undercutters.push(item);
    }
    for (const a of graph.arguments) {
        const item = argumentItems.get(a.id)!;
        for (const p of a.premises) if (premiseHome.get(p) === a.id) item.premises.push(statementItems.get(p)!);
    }

    // 4. Every relation the tree does not draw is a cross-link.
    const crossLinks: CrossLink[] = [];
    for (const a of graph.arguments) {
        if (a.conclusion !== null && index.statements.has(a.conclusion) && homes.get(a.id)?.parent !== a.conclusion) {
            crossLinks.push({ from: a.id, to: a.conclusion, kind: 'supports' });
        }
        for (const p of a.premises) {
            if (index.statements.has(p) && premiseHome.get(p) !== a.id) crossLinks.push({ from: p, to: a.id, kind: 'supports' });
        }
    }
    const drawn = new Set<string>();
    for (const r of graph.relations) {
        if (!exists(index, r.from) || !exists(index, r.to)) continue;
        const home = homes.get(r.from);
        if (home && home.parent === r.to && home.kind === r.kind && !drawn.has(r.from)) {
            drawn.add(r.from);
            continue;
        }
        crossLinks.push({ from: r.from, to: r.to, kind: r.kind });
    }
    return { roots, links, crossLinks, premiseHome, order, index };
}

function exists(index: GraphIndex, id: string): boolean {
    return index.statements.has(id) || index.arguments.has(id);
}

/** Where a statement goes: in an argument box, else under what it attacks, else under what it contradicts. */
function statementHome(s: GraphStatement, index: GraphIndex, order: Map<string, number>): Home | undefined {
    const listing = index.premiseOf.get(s.id) ?? [];
    if (listing.length > 0) {
        // The innermost argument whose block holds it; else the first that lists it.
        let best: GraphArgument | undefined;
        for (const a of listing) if (contains(a.range, s.range) && (!best || contains(best.range, a.range))) best = a;
        best ??= [...listing].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))[0];
        return { parent: best.id, kind: 'premise' };
    }
    const relations = (index.relationsFrom.get(s.id) ?? []).filter(r => exists(index, r.to));
    for (const kinds of [['attacks', 'undercuts'], ['contradicts']]) {
        const candidates = relations.filter(r => kinds.includes(r.kind));
        if (candidates.length === 0) continue;
        const nested = candidates.find(r => {
            const target = index.statements.get(r.to) ?? index.arguments.get(r.to);
            return target !== undefined && contains(target.range, s.range);
        });
        const r = nested ?? candidates[0];
        return { parent: r.to, kind: r.kind };
    }
    return undefined;
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
    if (outer.file !== inner.file) return false;
    const startsBefore = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
    const endsAfter = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endColumn >= inner.endColumn);
    return startsBefore && endsAfter;
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
    return a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/**
 * Statements and arguments in document order: by file (in order of first appearance in the graph,
 * so the map's own file comes first), line and column; at one position the argument first (an
 * implicit argument shares its premise's position).
 */
function documentOrder(graph: ArgumentGraph): Map<string, number> {
    const files = new Map<string, number>();
    const entries: Array<{ id: string; range: SourceRange; argument: boolean }> = [];
    for (const s of graph.statements) entries.push({ id: s.id, range: s.range, argument: false });
    for (const a of graph.arguments) entries.push({ id: a.id, range: a.range, argument: true });
    for (const e of entries) if (!files.has(e.range.file)) files.set(e.range.file, files.size);
    entries.sort((a, b) => files.get(a.range.file)! - files.get(b.range.file)! || a.range.line - b.range.line
        || a.range.column - b.range.column || Number(b.argument) - Number(a.argument));
    return new Map(entries.map((e, i) => [e.id, i]));
}
