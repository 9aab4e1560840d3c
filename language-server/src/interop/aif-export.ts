import type { ArgumentGraph } from '../model/argument-graph.js';
import { aifSchemeName } from './aif-schemes.js';

/** The AIF JSON `export --format aif` writes: AIFdb's shape, which OVA, AIFdb and arguebuf read. */
export interface AifJson {
    nodes: Array<{ nodeID: string; text: string; type: 'I' | 'RA' | 'CA'; scheme?: string }>;
    edges: Array<{ edgeID: string; fromID: string; toID: string; formEdgeID: null }>;
    locutions: [];
}

/**
 * The reverse of the import (DESIGN.md, "Interchange"): each statement an I-node; each supporting
 * argument an RA node (premises -> RA -> conclusion, its scheme named as AIFdb names schemes); each
 * attack or undercut of an attacking argument a CA node (premises -> CA -> target); an objection's
 * or rebuttal's relation a CA with its I-node as the one premise; `contradicts` two CAs, one each
 * way. Undercut targets are the S-node of the argument undercut. nodeIDs and edgeIDs count from 1.
 *
 * AIF has no place for what else a map says (kinds, names, framings, sources and citations,
 * critical questions, title and author): docs/interchange.md lists what is lost.
 */
export function graphToAif(graph: ArgumentGraph): AifJson {
    const nodes: AifJson['nodes'] = [];
    const edges: AifJson['edges'] = [];
    const nodeOf = new Map<string, string>();
    const addNode = (node: Omit<AifJson['nodes'][number], 'nodeID'>) => {
        const nodeID = String(nodes.length + 1);
        nodes.push({ nodeID, ...node });
        return nodeID;
    };
    const addEdge = (fromID: string, toID: string) => edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });

    for (const s of graph.statements) nodeOf.set(s.id, addNode({ text: s.text, type: 'I' }));

    // S-nodes first, then their edges: an undercut may target an argument that comes later.
    const conflicts: Array<{ id: string; premises: string[]; target: string }> = [];
    for (const a of graph.arguments) {
        if (a.conclusion !== null) {
            const scheme = a.scheme === null ? 'Default Inference' : aifSchemeName(a.scheme);
            nodeOf.set(a.id, addNode({ text: scheme, type: 'RA', ...(a.scheme === null ? {} : { scheme }) }));
        }
    }
    const attacking = new Set(graph.arguments.filter(a => a.conclusion === null).map(a => a.id));
    const premisesOf = new Map(graph.arguments.map(a => [a.id, a.premises]));
    for (const r of graph.relations) {
        const premises = attacking.has(r.from) ? premisesOf.get(r.from)! : [r.from];
        const id = addNode({ text: 'Default Conflict', type: 'CA' });
        if (attacking.has(r.from) && !nodeOf.has(r.from)) nodeOf.set(r.from, id);
        conflicts.push({ id, premises, target: r.to });
        if (r.kind === 'contradicts') conflicts.push({ id: addNode({ text: 'Default Conflict', type: 'CA' }), premises: [r.to], target: r.from });
    }

    for (const a of graph.arguments) {
        const ra = a.conclusion === null ? undefined : nodeOf.get(a.id);
        if (ra === undefined) continue;
        for (const p of a.premises) if (nodeOf.has(p)) addEdge(nodeOf.get(p)!, ra);
        if (nodeOf.has(a.conclusion!)) addEdge(ra, nodeOf.get(a.conclusion!)!);
    }
    for (const c of conflicts) {
        for (const p of c.premises) if (nodeOf.has(p)) addEdge(nodeOf.get(p)!, c.id);
        if (nodeOf.has(c.target)) addEdge(c.id, nodeOf.get(c.target)!);
    }
    return { nodes, edges, locutions: [] };
}

export function graphToAifJson(graph: ArgumentGraph): string {
    return `${JSON.stringify(graphToAif(graph), null, 2)}\n`;
}
