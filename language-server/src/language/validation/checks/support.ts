import type { ArgumentGraph } from '../../../model/argument-graph.js';
import type { ArgmapModel } from '../../../model/build-graph.js';
import { capitalise, describe, indexOf } from '../../../model/graph-index.js';
import type { GraphCheck } from '../report.js';
import { localStatements, spanOf } from './spans.js';

/** Whether the statement writes a `cite` (one naming an unknown source counts: that is its own error). */
function writesCite(model: ArgmapModel, id: string): boolean {
    return (model.nodes.get(id)?.citations.length ?? 0) > 0;
}

export const checkUnsupportedClaim: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const claim of localStatements(model)) {
        if (claim.kind !== 'claim' || writesCite(model, claim.id) || index.supporters.has(claim.id)) continue;
        report({
            code: 'unsupported-claim',
            range: spanOf(model, claim.id),
            message: `The claim ${describe(claim)} is asserted without support, so a reader has no reason to accept it. `
                + 'Give it an argument or evidence (nested in its block), or `cite` a source for it.',
        });
    }
};

export const checkUncitedEvidence: GraphCheck = (model, report) => {
    for (const evidence of localStatements(model)) {
        if (evidence.kind !== 'evidence' || writesCite(model, evidence.id)) continue;
        report({
            code: 'uncited-evidence',
            range: spanOf(model, evidence.id),
            message: `The evidence ${describe(evidence)} has no citation, so a reader cannot check it. `
                + 'Add `cite sourceName` (and a page or article as `"p. 12"`), declaring the source with `source sourceName "..."`.',
        });
    }
};

export const checkOrphanStatement: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const statement of localStatements(model)) {
        // Objections and rebuttals without a relation are missing-target errors, and a written
        // relation that could not be made has its own error: no second warning for either.
        if (statement.kind !== 'claim' && statement.kind !== 'evidence') continue;
        if (model.nodes.get(statement.id)?.relation !== undefined) continue;
        const connected = index.premiseOf.has(statement.id) || index.supporters.has(statement.id)
            || index.relationsFrom.has(statement.id) || index.relationsTo.has(statement.id);
        if (connected) continue;
        report({
            code: 'orphan-statement',
            range: spanOf(model, statement.id),
            message: `${capitalise(describe(statement))} is not connected to the rest of the map, so it plays no part in the argument. `
                + 'Nest it where it belongs, use it as a premise, give it a relation (`supports`, `attacks`, ...), or delete it.',
        });
    }
};

export const checkCircularSupport: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    const order = new Map(model.graph.arguments.map((a, i) => [a.id, i]));
    for (const component of supportCycles(model.graph)) {
        const args = component.filter(id => index.arguments.has(id) && model.local.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
        if (args.length === 0) continue;
        const inCycle = new Set(component);
        const statements = model.graph.statements.filter(s => inCycle.has(s.id)).map(s => describe(s));
        const listed = statements.length > 8 ? `${statements.slice(0, 8).join(', ')} and ${statements.length - 8} more` : statements.join(', ');
        report({
            code: 'circular-support',
            range: spanOf(model, args[0]),
            message: `These statements support each other in a circle: ${listed}. `
                + 'An argument that leads back to its own starting point begs the question: it assumes what it sets out to show. '
                + 'Break the circle by supporting one of them with something independent.',
        });
    }
};

/**
 * The strongly connected parts (two or more nodes) of the support graph: premise -> argument ->
 * conclusion. Tarjan's algorithm with an explicit stack, so a long chain cannot overflow the call stack.
 */
export function supportCycles(graph: ArgumentGraph): string[][] {
    const successors = new Map<string, string[]>();
    const add = (from: string, to: string) => {
        const list = successors.get(from);
        if (list) list.push(to); else successors.set(from, [to]);
    };
    for (const a of graph.arguments) {
        if (a.conclusion === null) continue;
        for (const p of a.premises) add(p, a.id);
        add(a.id, a.conclusion);
    }
    const indexOfNode = new Map<string, number>();
    const lowlink = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const components: string[][] = [];
    let counter = 0;

    for (const start of successors.keys()) {
        if (indexOfNode.has(start)) continue;
        const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
        indexOfNode.set(start, counter); lowlink.set(start, counter); counter++;
        stack.push(start); onStack.add(start);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const succ = successors.get(frame.node) ?? [];
            if (frame.next < succ.length) {
                const w = succ[frame.next++];
                if (!indexOfNode.has(w)) {
                    indexOfNode.set(w, counter); lowlink.set(w, counter); counter++;
                    stack.push(w); onStack.add(w);
                    work.push({ node: w, next: 0 });
                } else if (onStack.has(w)) {
                    lowlink.set(frame.node, Math.min(lowlink.get(frame.node)!, indexOfNode.get(w)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                lowlink.set(parent, Math.min(lowlink.get(parent)!, lowlink.get(frame.node)!));
            }
            if (lowlink.get(frame.node) === indexOfNode.get(frame.node)) {
                const component: string[] = [];
                let w: string;
                do {
                    w = stack.pop()!;
                    onStack.delete(w);
                    component.push(w);
                } while (w !== frame.node);
                if (component.length > 1) components.push(component.reverse());
            }
        }
    }
    return components;
}
