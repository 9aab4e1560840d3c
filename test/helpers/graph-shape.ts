import { createHash } from 'node:crypto';
import type { ArgumentGraph, GraphArgument, GraphStatement } from '../../language-server/src/model/argument-graph.js';

/**
 * Graphs compared up to what may differ between two graphs of "the same" map: ranges always, and
 * the ids of the elements `anonymous` picks (unnamed elements' ids follow their position; an
 * importer's names follow foreign ids). Those elements get canonical ids from what they are and
 * how they connect (colour refinement, as in the Weisfeiler-Lehman test), so two graphs have
 * equal shapes only if they are isomorphic with the other ids held fixed.
 */
export interface GraphShape {
    title: string | null;
    author: string | null;
    statements: unknown[];
    arguments: unknown[];
    relations: string[];
    framings: unknown[];
    sources: unknown[];
}

type Element = GraphStatement | GraphArgument;

export interface ShapeOptions {
    /** Which elements lose their id. Default: unnamed ones (their ids are positions). */
    anonymous?: (element: Element) => boolean;
    /** What of an element counts (default: everything but id and range). */
    content?: (element: Element) => unknown;
    /** Compare premises as a set (AIF has no premise order). */
    unorderedPremises?: boolean;
}

const withoutPlace = (e: Element) => {
    const { id: _id, range: _range, ...rest } = e;
    return rest;
};

export function graphShape(graph: ArgumentGraph, options: ShapeOptions = {}): GraphShape {
    const anonymous = options.anonymous ?? (e => e.name === null);
    const content = options.content ?? withoutPlace;
    const elements: Element[] = [...graph.statements, ...graph.arguments];
    const edges: Array<[string, string, string]> = [];
    for (const a of graph.arguments) {
        a.premises.forEach((p, i) => edges.push([p, options.unorderedPremises ? 'premise' : `premise${i}`, a.id]));
        if (a.conclusion !== null) edges.push([a.id, 'supports', a.conclusion]);
    }
    for (const r of graph.relations) edges.push([r.from, r.kind, r.to]);

    const around = new Map<string, Array<{ label: string; other: string }>>(elements.map(e => [e.id, []]));
    for (const [from, label, to] of edges) {
        around.get(from)?.push({ label: `>${label}`, other: to });
        around.get(to)?.push({ label: `<${label}`, other: from });
    }
    const hash = (text: string) => createHash('sha1').update(text).digest('hex').substring(0, 16);
    let colour = new Map(elements.map(e => [e.id, anonymous(e) ? hash(stableJson(['?', 'text' in e ? 's' : 'a', stripIds(content(e))])) : `=${e.id}`]));
    for (let round = 0, distinct = 0; round < elements.length + 1; round++) {
        const next = new Map<string, string>();
        for (const e of elements) {
            const current = colour.get(e.id)!;
            if (current.startsWith('=')) { next.set(e.id, current); continue; }
            const neighbours = around.get(e.id)!.map(n => `${n.label}:${colour.get(n.other)}`).sort();
            next.set(e.id, hash(`${current}|${neighbours.join(',')}`));
        }
        colour = next;
        const count = new Set(colour.values()).size;
        if (count === distinct) break;
        distinct = count;
    }
    const canonical = new Map<string, string>();
    const seen = new Map<string, number>();
    for (const e of elements) {
        const c = colour.get(e.id)!;
        if (c.startsWith('=')) { canonical.set(e.id, e.id); continue; }
        const n = (seen.get(c) ?? 0) + 1;
        seen.set(c, n);
        canonical.set(e.id, `#${c}${n > 1 ? `~${n}` : ''}`);
    }
    const id = (x: string) => canonical.get(x) ?? `missing:${x}`;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
        title: graph.title,
        author: graph.author,
        statements: graph.statements.map(s => ({ ...(content(s) as object), id: id(s.id) })).sort(byId),
        arguments: graph.arguments.map(a => {
            const premises = a.premises.map(id);
            return {
                ...(content(a) as object), id: id(a.id),
                premises: options.unorderedPremises ? premises.sort() : premises,
                conclusion: a.conclusion === null ? null : id(a.conclusion),
            };
        }).sort(byId),
        relations: graph.relations.map(r => `${id(r.from)} ${r.kind} ${id(r.to)}`).sort(),
        framings: graph.framings,
        sources: graph.sources,
    };
}

/** JSON with object keys sorted: two elements equal but for the order their fields were set in get one colour. */
function stableJson(value: unknown): string {
    return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v));
}

/** Content without the fields that hold other elements' ids (the edges carry those). */
function stripIds(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const { premises: _p, conclusion, ...rest } = value as Record<string, unknown>;
    return { ...rest, ...(conclusion === undefined ? {} : { concludes: conclusion !== null }), ...(_p === undefined ? {} : { premiseCount: (_p as unknown[]).length }) };
}
