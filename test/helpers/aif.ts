import type { ArgumentGraph, GraphArgument, GraphStatement } from '../../language-server/src/model/argument-graph.js';
import { graphShape, type GraphShape } from './graph-shape.js';

/**
 * What AIF keeps of a graph, as DESIGN.md defines "export then import preserves the graph":
 * statements (their text), supporting arguments with their premises (and scheme), and one attack
 * or undercut per CA: an objection's relation comes back as a one-premise attacking argument,
 * `contradicts` as two. Compared as a shape, isomorphic ignoring names, kinds and ranges.
 */
export function aifShape(graph: ArgumentGraph): GraphShape {
    const statements: GraphStatement[] = graph.statements.map(s => ({ ...s, kind: 'claim', name: null, framings: [], citations: [], questions: undefined, status: 'undecided' }));
    const args: GraphArgument[] = [];
    const relations: ArgumentGraph['relations'] = [];
    const attacking = new Set(graph.arguments.filter(a => a.conclusion === null).map(a => a.id));
    const blank = { name: null, framings: [], citations: [], status: 'undecided' as const };
    for (const a of graph.arguments) {
        if (a.conclusion !== null) args.push({ ...a, ...blank });
    }
    // Each relation is a CA of its own; an undercut of an attacking argument lands on the CA of its first relation.
    const conflictOf = new Map<string, string>();
    graph.relations.forEach((r, i) => {
        const ways = r.kind === 'contradicts' ? [[r.from, r.to], [r.to, r.from]] : [[r.from, r.to]];
        ways.forEach(([from, to], way) => {
            const id = `conflict${i}.${way}`;
            if (attacking.has(from) && !conflictOf.has(from)) conflictOf.set(from, id);
            const premises = attacking.has(from) ? graph.arguments.find(a => a.id === from)!.premises : [from];
            args.push({ id, conclusion: null, premises, scheme: null, range: statements[0].range, ...blank });
            relations.push({ kind: r.kind === 'contradicts' ? 'attacks' : r.kind, from: id, to });
        });
    });
    for (const r of relations) r.to = conflictOf.get(r.to) ?? r.to;
    const projected: ArgumentGraph = { title: null, author: null, statements, arguments: args, relations, framings: [], sources: [] };
    return graphShape(projected, {
        anonymous: () => true,
        content: e => ('text' in e ? { text: e.text } : { scheme: e.scheme, attacking: e.conclusion === null }),
        unorderedPremises: true,
    });
}

/** An AIF document's node and edge arrays, whichever wrapper it has. */
export function aifBody(json: unknown): { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> } {
    const root = json as Record<string, unknown>;
    return (root.AIF ?? root) as { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> };
}

export interface AifCounts {
    byType: Record<string, number>;
    statements: number;
    arguments: number;
    attacks: number;
    undercuts: number;
    skipped: Record<string, number>;
}

/**
 * Counts what an import of the JSON must give, written apart from the importer from DESIGN.md's
 * rule: an RA, CA or MA node is kept when it has an I-node premise and exactly one target (an
 * I-node; a CA's may be an RA or CA) that is none of its premises and is itself kept.
 */
export function countAif(json: unknown): AifCounts {
    const { nodes, edges } = aifBody(json);
    const type = new Map(nodes.map(n => [String(n.nodeID), String(n.type)]));
    const byType: Record<string, number> = {};
    for (const n of nodes) byType[String(n.type)] = (byType[String(n.type)] ?? 0) + 1;
    const sNodes = nodes.map(n => String(n.nodeID)).filter(id => ['RA', 'CA', 'MA'].includes(type.get(id)!));
    const ins = (id: string) => edges.filter(e => String(e.toID) === id && type.get(String(e.fromID)) === 'I').map(e => String(e.fromID));
    const outs = (id: string) => [...new Set(edges.filter(e => String(e.fromID) === id && ['I', 'RA', 'CA', 'MA'].includes(type.get(String(e.toID))!)).map(e => String(e.toID)))];
    let kept = new Set(sNodes.filter(id => {
        const targets = outs(id);
        const allowed = type.get(id) === 'CA' ? ['I', 'RA', 'CA'] : ['I'];
        return ins(id).length > 0 && targets.length === 1 && allowed.includes(type.get(targets[0])!) && !ins(id).includes(targets[0]);
    }));
    for (let changed = true; changed;) {
        const next = new Set([...kept].filter(id => type.get(outs(id)[0]) === 'I' || kept.has(outs(id)[0])));
        changed = next.size !== kept.size;
        kept = next;
    }
    const skipped: Record<string, number> = {};
    for (const n of nodes) {
        const id = String(n.nodeID);
        if (type.get(id) !== 'I' && !kept.has(id)) skipped[type.get(id)!] = (skipped[type.get(id)!] ?? 0) + 1;
    }
    const cas = [...kept].filter(id => type.get(id) === 'CA');
    return {
        byType,
        statements: byType.I ?? 0,
        arguments: kept.size,
        attacks: cas.filter(id => type.get(outs(id)[0]) === 'I').length,
        undercuts: cas.filter(id => type.get(outs(id)[0]) !== 'I').length,
        skipped,
    };
}
