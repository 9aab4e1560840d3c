import type { ArgumentGraph, GraphArgument, GraphStatement, RelationKind } from '../model/argument-graph.js';
import { indexOf, type GraphIndex } from '../model/graph-index.js';
import { relationAllowed, targetTypeOf } from '../model/relation-rules.js';
import { isValidName, NameAllocator } from './argmap-names.js';

export type Element = GraphStatement | GraphArgument;

/** A relation an element writes itself: `supports C` (an argument), `attacks T`, `undercuts A`, `contradicts T`. */
export interface Link {
    kind: 'supports' | RelationKind;
    to: string;
}

/** A relation the language can't hang on its element (the printer writes it as a one-premise argument or a comment). */
export interface ExtraRelation {
    kind: RelationKind;
    from: string;
    to: string;
}

/**
 * Where each element of a graph is written, decided before a line is printed:
 *
 * - Every element has at most one *link*, the relation it states itself. Nesting states a link:
 *   an argument sits in its conclusion's block, an objection or rebuttal in the block of what it
 *   attacks or undercuts, a claim or evidence in the block of the first argument it is a premise of.
 *   An unnamed one-premise argument without attributes is written as its premise nested in the
 *   conclusion's block (or `claim supports C` at top level): the language's shorthand.
 * - What can't nest (`contradicts`, attacking arguments, theses, circles of nesting, and what lies
 *   deeper than `maxNesting` blocks) is written at top level with its link spelled out.
 * - Names: every element keeps its name; one that must be referred to and has none gets a fresh one.
 */
export interface PrintPlan {
    /** Top-level elements: theses first, then the rest in document order. */
    roots: Element[];
    /** The elements written in an element's block, in order. */
    children(id: string): Element[];
    /** The link an element at top level writes. */
    linkOf(id: string): Link | null;
    /** Unnamed one-premise arguments written as their premise. */
    isAbsorbed(id: string): boolean;
    /** The name to print, or null for an element written without one. */
    nameOf(id: string): string | null;
    element(id: string): Element | undefined;
    /** Relations from an element beyond its link: an objection's second target, a claim that attacks. */
    extras: ExtraRelation[];
}

/**
 * How deep the printer nests before it starts a new top-level element with an explicit relation
 * (only where that needs no new name: a name is never invented just for style). Essays rarely go
 * deeper; the language's hard limit is 64 enclosing blocks.
 */
export const maxNesting = 8;
const hardNestingLimit = 64;

export function planPrinting(graph: ArgumentGraph): PrintPlan {
    return new Planner(graph).plan();
}

const isStatement = (e: Element): e is GraphStatement => 'text' in e;

class Planner {
    private readonly index: GraphIndex;
    private readonly elements = new Map<string, Element>();
    /** Document order: by range, then statements before arguments, then array order. */
    private readonly order = new Map<string, number>();
    private readonly link = new Map<string, Link>();
    private readonly extras: ExtraRelation[] = [];
    /** Where nesting would put each element (its link's target, or for a premise its first argument). */
    private readonly preferredParent = new Map<string, string>();
    private readonly absorbed = new Set<string>();
    private readonly parent = new Map<string, string | null>();
    private readonly childrenOf = new Map<string, string[]>();
    private readonly ownNames = new Map<string, string>();

    constructor(private readonly graph: ArgumentGraph) {
        this.index = indexOf(graph);
        for (const e of [...graph.statements, ...graph.arguments]) if (!this.elements.has(e.id)) this.elements.set(e.id, e);
        const sequence = [...this.elements.values()];
        const position = (e: Element) => [e.range.file, e.range.line, e.range.column] as const;
        const sorted = sequence.map((e, i) => ({ e, i })).sort((a, b) => {
            const [fa, la, ca] = position(a.e);
            const [fb, lb, cb] = position(b.e);
            return (fa < fb ? -1 : fa > fb ? 1 : 0) || la - lb || ca - cb || a.i - b.i;
        });
        sorted.forEach(({ e }, n) => this.order.set(e.id, n));
    }

    plan(): PrintPlan {
        this.findLinks();
        this.findPreferredParents();
        this.claimOwnNames();
        this.place();
        const names = this.allocateNames();
        const roots = [...this.elements.values()].filter(e => this.parent.get(e.id) === null);
        roots.sort((a, b) => Number(isThesis(b)) - Number(isThesis(a)) || this.order.get(a.id)! - this.order.get(b.id)!);
        return {
            roots,
            children: id => (this.childrenOf.get(id) ?? []).map(c => this.elements.get(c)!),
            linkOf: id => (this.parent.get(id) === null ? this.link.get(id) ?? null : null),
            isAbsorbed: id => this.absorbed.has(id),
            nameOf: id => names.get(id) ?? null,
            element: id => this.elements.get(id),
            extras: this.extras,
        };
    }

    /** Each element's one link; any further relation from it is an extra. */
    private findLinks(): void {
        for (const a of this.graph.arguments) {
            if (a.conclusion !== null && this.index.statements.has(a.conclusion)) this.link.set(a.id, { kind: 'supports', to: a.conclusion });
        }
        for (const r of this.graph.relations) {
            const from = this.elements.get(r.from);
            const target = this.elements.get(r.to);
            if (!from || !target) continue; // a relation to nothing: no builder makes one
            const kind = isStatement(from) ? from.kind : 'argument';
            const targetFits = (targetTypeOf(r.kind) === 'argument') === !isStatement(target);
            if (!this.link.has(from.id) && relationAllowed(kind, r.kind) && targetFits) this.link.set(from.id, { kind: r.kind, to: r.to });
            else this.extras.push({ kind: r.kind, from: r.from, to: r.to });
        }
    }

    private findPreferredParents(): void {
        for (const e of this.elements.values()) {
            const link = this.link.get(e.id);
            if (link && link.kind !== 'contradicts' && (isStatement(e) || link.kind === 'supports')) {
                this.preferredParent.set(e.id, link.to);
            } else if (!link && isStatement(e) && (e.kind === 'claim' || e.kind === 'evidence')) {
                const first = this.index.premiseOf.get(e.id)?.[0];
                if (first) this.preferredParent.set(e.id, first.id);
            }
        }
        for (const a of this.graph.arguments) {
            if (this.isShorthand(a)) this.absorbed.add(a.id);
        }
    }

    /** An argument the shorthand writes: unnamed, one claim or evidence declared in it, no attributes, nothing against it. */
    private isShorthand(a: GraphArgument): boolean {
        const premise = a.premises.length === 1 ? this.elements.get(a.premises[0]) : undefined;
        return a.name === null && this.link.get(a.id)?.kind === 'supports' && premise !== undefined
            && this.preferredParent.get(premise.id) === a.id
            && a.framings.length === 0 && a.citations.length === 0 && a.scheme === null
            && (this.index.relationsTo.get(a.id) ?? []).length === 0;
    }

    private claimOwnNames(): void {
        const names = new NameAllocator([...this.graph.sources.map(s => s.name), ...this.graph.framings.map(f => f.name)]);
        for (const e of this.inOrder()) {
            if (e.name !== null && isValidName(e.name) && names.claim(e.name)) this.ownNames.set(e.id, e.name);
        }
    }

    private inOrder(): Element[] {
        return [...this.elements.values()].sort((a, b) => this.order.get(a.id)! - this.order.get(b.id)!);
    }

    /**
     * Walks the nesting from the top-level elements, depth first with an explicit stack, deciding
     * what moves to top level (too deep); then whatever no walk reached hangs in a circle, which is
     * cut open at its element first in document order (one that needs no new name, if any).
     */
    private place(): void {
        const nested = new Map<string, string[]>();
        for (const e of this.inOrder()) {
            const p = this.preferredParent.get(e.id);
            if (p === undefined || !this.elements.has(p)) continue;
            const list = nested.get(p);
            if (list) list.push(e.id); else nested.set(p, [e.id]);
        }
        const walk = (root: string) => {
            this.parent.set(root, null);
            const stack: Array<{ id: string; level: number }> = [{ id: root, level: 0 }];
            while (stack.length > 0) {
                const { id, level } = stack.pop()!;
                const kept: string[] = [];
                // An absorbed argument has no block: its premise takes its place, at its level.
                const childLevel = this.absorbed.has(id) ? level : level + 1;
                for (const child of nested.get(id) ?? []) {
                    if (this.parent.has(child)) continue;
                    const tooDeep = childLevel > hardNestingLimit || (childLevel > maxNesting && this.canStandAlone(child));
                    if (tooDeep && !this.absorbed.has(id)) {
                        pending.push(child);
                        continue;
                    }
                    this.parent.set(child, id);
                    kept.push(child);
                    stack.push({ id: child, level: childLevel });
                }
                if (kept.length > 0) this.childrenOf.set(id, kept);
            }
        };
        const pending: string[] = [];
        let next = 0;
        const drain = () => {
            for (; next < pending.length; next++) if (!this.parent.has(pending[next])) walk(pending[next]);
        };
        for (const e of this.inOrder()) if (!this.preferredParent.has(e.id) || !this.elements.has(this.preferredParent.get(e.id)!)) pending.push(e.id);
        drain();
        for (const e of this.inOrder()) {
            if (this.parent.has(e.id)) continue;
            pending.push(this.cutPoint(e.id));
            drain();
        }
        // A premise is nested only in the block of the argument that lists it; keep its order there.
        for (const [id, kids] of this.childrenOf) {
            const e = this.elements.get(id)!;
            if (!isStatement(e)) {
                const premises = new Map(e.premises.map((p, i) => [p, i]));
                kids.sort((a, b) => (premises.get(a) ?? Infinity) - (premises.get(b) ?? Infinity) || this.order.get(a)! - this.order.get(b)!);
            }
        }
    }

    /** The element where a circle of nesting through `start` is cut open. */
    private cutPoint(start: string): string {
        const path: string[] = [];
        const seen = new Set<string>();
        let id: string | undefined = start;
        while (id !== undefined && !seen.has(id) && !this.parent.has(id)) {
            seen.add(id);
            path.push(id);
            id = this.preferredParent.get(id);
        }
        const circle = id !== undefined && seen.has(id) ? path.slice(path.indexOf(id)) : path;
        // An absorbed argument's premise can't leave it: cut the argument instead.
        const candidates = circle.filter(c => !this.absorbed.has(this.preferredParent.get(c) ?? ''));
        const byOrder = (a: string, b: string) => this.order.get(a)! - this.order.get(b)!;
        const free = candidates.filter(c => this.canStandAlone(c)).sort(byOrder);
        return free[0] ?? candidates.sort(byOrder)[0] ?? start;
    }

    /** Can the element be written at top level without inventing a name? (Its link's target, or a premise itself, is named.) */
    private canStandAlone(id: string): boolean {
        const link = this.link.get(id);
        if (link) return this.ownNames.has(link.to);
        return this.ownNames.has(id);
    }

    /** Names: each element's own; a fresh one for each element referred to by name that has none. */
    private allocateNames(): Map<string, string> {
        const needed = new Set<string>();
        for (const [id, p] of this.parent) {
            const link = this.link.get(id);
            if (p === null && link) needed.add(link.to);
            const e = this.elements.get(id)!;
            if (!isStatement(e) && !this.absorbed.has(id)) {
                for (const premise of e.premises) if (this.parent.get(premise) !== id) needed.add(premise);
            }
            // A premise written at top level is referred to from its argument.
            if (p === null && !link && this.preferredParent.has(id)) needed.add(id);
        }
        for (const extra of this.extras) {
            needed.add(extra.to);
            needed.add(extra.from);
        }
        const allocator = new NameAllocator([
            ...this.graph.sources.map(s => s.name), ...this.graph.framings.map(f => f.name), ...this.ownNames.values(),
        ]);
        const names = new Map(this.ownNames);
        for (const e of this.inOrder()) {
            if (names.has(e.id)) continue;
            if (e.name !== null) names.set(e.id, allocator.allocate(e.name)); // invalid or taken twice
            else if (needed.has(e.id)) names.set(e.id, allocator.fresh(isStatement(e) ? e.kind : 'argument'));
        }
        return names;
    }
}

function isThesis(e: Element): boolean {
    return isStatement(e) && e.kind === 'thesis';
}
