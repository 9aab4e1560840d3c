import type { ArgumentGraph, Status } from './argument-graph.js';

type Label = 'in' | 'out' | 'undecided';

const statusOfLabel: Record<Label, Status> = { in: 'accepted', out: 'rejected', undecided: 'undecided' };

/**
 * Dialectical status by grounded semantics (DESIGN.md, "Dialectical status"): the least fixpoint of
 * the in/out rules, starting from all undecided. A label, once given, never changes, so a worklist
 * that re-examines only the dependants of a node that just got its label is linear in the graph.
 */
export function computeStatus(graph: Pick<ArgumentGraph, 'statements' | 'arguments' | 'relations'>): Map<string, Status> {
    const attackers = new Map<string, string[]>();     // statement -> what attacks or contradicts it
    const undercutters = new Map<string, string[]>();  // argument -> what undercuts it
    const supporters = new Map<string, string[]>();    // statement -> arguments concluding it
    const premises = new Map<string, string[]>();      // argument -> premises
    const dependants = new Map<string, string[]>();    // node -> nodes whose label reads its label
    const isArgument = new Set<string>();
    const nodes: string[] = [];

    const push = (map: Map<string, string[]>, key: string, value: string) => {
        const list = map.get(key);
        if (list) list.push(value); else map.set(key, [value]);
    };

    for (const s of graph.statements) nodes.push(s.id);
    for (const a of graph.arguments) {
        nodes.push(a.id);
        isArgument.add(a.id);
        premises.set(a.id, a.premises);
        for (const p of a.premises) push(dependants, p, a.id);
        if (a.conclusion !== null) {
            push(supporters, a.conclusion, a.id);
            push(dependants, a.id, a.conclusion);
        }
    }
    const known = new Set(nodes);
    for (const r of graph.relations) {
        if (!known.has(r.from) || !known.has(r.to)) continue;
        if (r.kind === 'undercuts') {
            push(undercutters, r.to, r.from);
            push(dependants, r.from, r.to);
        } else {
            push(attackers, r.to, r.from);
            push(dependants, r.from, r.to);
            if (r.kind === 'contradicts') {
                push(attackers, r.from, r.to);
                push(dependants, r.to, r.from);
            }
        }
    }

    const label = new Map<string, Label>();
    const get = (id: string): Label => label.get(id) ?? 'undecided';

    const evaluate = (id: string): Label => {
        if (isArgument.has(id)) {
            const ps = premises.get(id) ?? [];
            const us = undercutters.get(id) ?? [];
            if (ps.length === 0 || ps.some(p => get(p) === 'out') || us.some(u => get(u) === 'in')) return 'out';
            if (ps.every(p => get(p) === 'in') && us.every(u => get(u) === 'out')) return 'in';
            return 'undecided';
        }
        const as = attackers.get(id) ?? [];
        const ss = supporters.get(id) ?? [];
        if (as.some(a => get(a) === 'in') || (ss.length > 0 && ss.every(s => get(s) === 'out'))) return 'out';
        if (as.every(a => get(a) === 'out') && (ss.length === 0 || ss.some(s => get(s) === 'in'))) return 'in';
        return 'undecided';
    };

    const worklist = [...nodes];
    while (worklist.length > 0) {
        const id = worklist.pop()!;
        if (label.has(id)) continue;
        const next = evaluate(id);
        if (next === 'undecided') continue;
        label.set(id, next);
        for (const d of dependants.get(id) ?? []) {
            if (!label.has(d)) worklist.push(d);
        }
    }

    const result = new Map<string, Status>();
    for (const id of nodes) result.set(id, statusOfLabel[get(id)]);
    return result;
}
