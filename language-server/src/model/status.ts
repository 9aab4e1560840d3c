import type { ArgumentGraph, Status } from './argument-graph.js';

type Label = 'in' | 'out';
type Role = 'premise' | 'undercutter' | 'attacker' | 'supporter';

const statusOfLabel: Record<Label, Status> = { in: 'accepted', out: 'rejected' };

/** What a node's label depends on, as counts of its inputs by role and label. */
interface Tally {
    isArgument: boolean;
    premises: number; premisesIn: number; premisesOut: number;
    undercutters: number; undercuttersIn: number; undercuttersOut: number;
    attackers: number; attackersIn: number; attackersOut: number;
    supporters: number; supportersIn: number; supportersOut: number;
}

/**
 * Dialectical status by grounded semantics (DESIGN.md, "Dialectical status"): the least fixpoint of
 * the in/out rules, starting from all undecided. A label, once given, never changes, so each node
 * keeps counts of its inputs' labels and is decided the moment its counts allow: linear in the size
 * of the graph, however many arguments support one statement.
 */
export function computeStatus(graph: Pick<ArgumentGraph, 'statements' | 'arguments' | 'relations'>): Map<string, Status> {
    const tallies = new Map<string, Tally>();
    const dependants = new Map<string, Array<{ node: string; role: Role }>>();
    const tally = (isArgument: boolean): Tally => ({
        isArgument, premises: 0, premisesIn: 0, premisesOut: 0, undercutters: 0, undercuttersIn: 0, undercuttersOut: 0,
        attackers: 0, attackersIn: 0, attackersOut: 0, supporters: 0, supportersIn: 0, supportersOut: 0,
    });
    for (const s of graph.statements) tallies.set(s.id, tally(false));
    for (const a of graph.arguments) tallies.set(a.id, tally(true));

    const depend = (from: string, node: string, role: Role) => {
        const t = tallies.get(node);
        if (!t || !tallies.has(from)) return;
        if (role === 'premise') t.premises++;
        else if (role === 'undercutter') t.undercutters++;
        else if (role === 'attacker') t.attackers++;
        else t.supporters++;
        const list = dependants.get(from);
        if (list) list.push({ node, role }); else dependants.set(from, [{ node, role }]);
    };
    for (const a of graph.arguments) {
        for (const p of a.premises) depend(p, a.id, 'premise');
        if (a.conclusion !== null) depend(a.id, a.conclusion, 'supporter');
    }
    for (const r of graph.relations) {
        if (r.kind === 'undercuts') depend(r.from, r.to, 'undercutter');
        else depend(r.from, r.to, 'attacker');
        if (r.kind === 'contradicts') depend(r.to, r.from, 'attacker');
    }

    const decide = (t: Tally): Label | undefined => {
        if (t.isArgument) {
            if (t.premises === 0 || t.premisesOut > 0 || t.undercuttersIn > 0) return 'out';
            if (t.premisesIn === t.premises && t.undercuttersOut === t.undercutters) return 'in';
            return undefined;
        }
        if (t.attackersIn > 0 || (t.supporters > 0 && t.supportersOut === t.supporters)) return 'out';
        if (t.attackersOut === t.attackers && (t.supporters === 0 || t.supportersIn > 0)) return 'in';
        return undefined;
    };

    const labels = new Map<string, Label>();
    const queue: string[] = [];
    const settle = (id: string) => {
        if (labels.has(id)) return;
        const label = decide(tallies.get(id)!);
        if (label) {
            labels.set(id, label);
            queue.push(id);
        }
    };
    for (const id of tallies.keys()) settle(id);
    for (let i = 0; i < queue.length; i++) {
        const id = queue[i];
        const isIn = labels.get(id) === 'in';
        for (const { node, role } of dependants.get(id) ?? []) {
            if (labels.has(node)) continue;
            const t = tallies.get(node)!;
            if (role === 'premise') isIn ? t.premisesIn++ : t.premisesOut++;
            else if (role === 'undercutter') isIn ? t.undercuttersIn++ : t.undercuttersOut++;
            else if (role === 'attacker') isIn ? t.attackersIn++ : t.attackersOut++;
            else isIn ? t.supportersIn++ : t.supportersOut++;
            settle(node);
        }
    }

    const result = new Map<string, Status>();
    for (const id of tallies.keys()) {
        const label = labels.get(id);
        result.set(id, label ? statusOfLabel[label] : 'undecided');
    }
    return result;
}
