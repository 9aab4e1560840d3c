import type { ArgumentGraph, GraphArgument, GraphRelation, GraphStatement } from './argument-graph.js';

/** Lookups over one graph that several checks need; built once per graph and cached. */
export interface GraphIndex {
    statements: ReadonlyMap<string, GraphStatement>;
    arguments: ReadonlyMap<string, GraphArgument>;
    /** Statement id -> the arguments that conclude it. */
    supporters: ReadonlyMap<string, readonly GraphArgument[]>;
    /** Statement id -> the arguments it is a premise of. */
    premiseOf: ReadonlyMap<string, readonly GraphArgument[]>;
    relationsFrom: ReadonlyMap<string, readonly GraphRelation[]>;
    relationsTo: ReadonlyMap<string, readonly GraphRelation[]>;
}

const cache = new WeakMap<ArgumentGraph, GraphIndex>();

export function indexOf(graph: ArgumentGraph): GraphIndex {
    let index = cache.get(graph);
    if (!index) {
        index = buildIndex(graph);
        cache.set(graph, index);
    }
    return index;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}

function buildIndex(graph: ArgumentGraph): GraphIndex {
    const supporters = new Map<string, GraphArgument[]>();
    const premiseOf = new Map<string, GraphArgument[]>();
    const relationsFrom = new Map<string, GraphRelation[]>();
    const relationsTo = new Map<string, GraphRelation[]>();
    for (const a of graph.arguments) {
        if (a.conclusion !== null) push(supporters, a.conclusion, a);
        for (const p of a.premises) push(premiseOf, p, a);
    }
    for (const r of graph.relations) {
        push(relationsFrom, r.from, r);
        push(relationsTo, r.to, r);
    }
    return {
        statements: new Map(graph.statements.map(s => [s.id, s])),
        arguments: new Map(graph.arguments.map(a => [a.id, a])),
        supporters, premiseOf, relationsFrom, relationsTo,
    };
}

/** An attacking argument: no conclusion, and it attacks or undercuts something. */
export function isAttackingArgument(index: GraphIndex, id: string): boolean {
    const argument = index.arguments.get(id);
    return argument !== undefined && argument.conclusion === null && (index.relationsFrom.get(id) ?? []).some(r => r.kind !== 'contradicts');
}

/** Everything that attacks a statement or argument, or contradicts it (either way round). */
export function challengersOf(index: GraphIndex, id: string): GraphRelation[] {
    const result = (index.relationsTo.get(id) ?? []).filter(r => r.kind !== 'undercuts');
    for (const r of index.relationsFrom.get(id) ?? []) if (r.kind === 'contradicts') result.push(r);
    return result;
}

/**
 * Is an objection or attacking argument answered? Something attacks or contradicts it; for an
 * attacking argument also: something attacks or contradicts one of its premises, or undercuts it.
 * The `unanswered-objection` check and the rubric's `objections-answered` both read this.
 */
export function isAnswered(index: GraphIndex, id: string): boolean {
    if (challengersOf(index, id).length > 0) return true;
    const argument = index.arguments.get(id);
    if (!argument) return false;
    if ((index.relationsTo.get(id) ?? []).some(r => r.kind === 'undercuts')) return true;
    return argument.premises.some(p => challengersOf(index, p).length > 0);
}

/**
 * The statement a relation challenges as far as the thesis is concerned: the one it attacks, or the
 * conclusion of the argument it undercuts; null for `contradicts` (and an undercut attacking argument).
 */
export function challengedStatement(index: GraphIndex, relation: GraphRelation): string | null {
    if (relation.kind === 'attacks') return relation.to;
    if (relation.kind === 'undercuts') return index.arguments.get(relation.to)?.conclusion ?? null;
    return null;
}

/** The arguments an objection targets: those it undercuts and those with a premise it attacks. */
export function targetedArguments(index: GraphIndex, objectionId: string): string[] {
    const targets: string[] = [];
    for (const r of index.relationsFrom.get(objectionId) ?? []) {
        if (r.kind === 'undercuts') targets.push(r.to);
        else if (r.kind === 'attacks') for (const a of index.premiseOf.get(r.to) ?? []) targets.push(a.id);
    }
    return targets;
}

/** How a message names an element: its name, else the start of its text. */
export function describe(element: GraphStatement | GraphArgument, index?: GraphIndex): string {
    if (element.name !== null) return `\`${element.name}\``;
    if ('text' in element) return element.text === '' ? `this ${element.kind}` : `"${shorten(element.text)}"`;
    const first = index?.statements.get(element.premises[0] ?? '');
    return first ? `the argument from "${shorten(first.text)}"` : 'the argument';
}

function shorten(text: string, max = 40): string {
    return text.length <= max ? text : `${text.substring(0, max - 1).trimEnd()}…`;
}

/** `a claim`, `an objection`, `an evidence` reads wrong: evidence is uncountable, so "evidence". */
export function withArticle(kind: string): string {
    if (kind === 'evidence') return 'evidence';
    return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.substring(1);
}
