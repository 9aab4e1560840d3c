import type { ArgumentGraph, GraphArgument, GraphRelation, GraphStatement, SourceRange } from '../model/argument-graph.js';
import { computeStatus } from '../model/status.js';
import type { AifDocument, AifNode } from './aif-document.js';
import { schemeOfAifNode } from './aif-schemes.js';
import { NameAllocator } from './argmap-names.js';
import { plainText } from './argmap-text.js';
import { listOf, shown } from './note-text.js';

/**
 * AIF to an ArgumentGraph, exactly as DESIGN.md ("Interchange", AIF) maps it:
 *
 * - every I-node is a `claim`; the one I-node that is premise of nothing and concludes the most RA
 *   nodes (at least one; ties: the first) is the `thesis`;
 * - an S-node's premises are the I-nodes with an edge into it, its target the one I, RA, CA or MA
 *   node it has an edge to. RA (inference) and MA (rephrase) targeting an I-node become supporting
 *   arguments; CA (conflict) into an I-node an attacking argument, into an RA or CA an undercutting one;
 * - an S-node without premise, without exactly one target, with a target of another type, one of
 *   its own premises or skipped, is skipped, as are PA, the dialogue layer (L, YA, TA, and the
 *   locutions) and any other node: each counted for the note.
 *
 * Names: `i<id>`, `ra<id>`, `ca<id>`, `ma<id>`, sanitised (argmap-names.ts).
 */
export interface AifImport {
    graph: ArgumentGraph;
    /** Comments for the printer: a scheme outside the catalogue, a rephrase. */
    comments: Map<string, string[]>;
    /** Skipped nodes by type (`L`, `YA`, ..., and `RA`, `CA`, `MA` for the unusable ones). */
    skipped: Map<string, number>;
    /** The S-nodes skipped, with why. */
    unusable: UnusableNode[];
    /** One line for stderr saying what was left out, or null when nothing was. */
    note: string | null;
}

export interface UnusableNode {
    id: string;
    type: string;
    reason: string;
}

const argumentTypes: ReadonlySet<string> = new Set(['RA', 'CA', 'MA']);
const targetTypes: ReadonlySet<string> = new Set(['I', 'RA', 'CA', 'MA']);
const dialogueTypes = ['L', 'YA', 'TA'];
const namePrefix: Record<string, string> = { I: 'i', RA: 'ra', CA: 'ca', MA: 'ma' };

/** `fileName` goes into the elements' ranges (line 1, column 1: AIF has no positions to point at). */
export function importAif(document: AifDocument, fileName: string): AifImport {
    const links = linksOf(document);
    const unusable = findUnusable(document, links);
    const kept = document.nodes.filter(n => n.type === 'I' || (argumentTypes.has(n.type) && !unusable.has(n.id)));
    const { graph, comments } = buildGraph(kept, links, fileName);

    const keptIds = new Set(kept.map(n => n.id));
    const skipped = new Map<string, number>();
    for (const node of document.nodes) {
        if (!keptIds.has(node.id)) skipped.set(node.type, (skipped.get(node.type) ?? 0) + 1);
    }
    const unusableList = document.nodes.filter(n => unusable.has(n.id)).map(n => unusable.get(n.id)!);
    return { graph, comments, skipped, unusable: unusableList, note: skippedNote(skipped, unusableList, graph.statements.length) };
}

interface Links {
    byId: ReadonlyMap<string, AifNode>;
    /** S-node -> the I-nodes with an edge into it, in edge order. */
    premises: ReadonlyMap<string, string[]>;
    /** S-node -> the I, RA, CA and MA nodes it has an edge to. */
    targets: ReadonlyMap<string, string[]>;
}

function linksOf({ nodes, edges }: AifDocument): Links {
    const byId = new Map(nodes.map(n => [n.id, n]));
    const premises = new Map<string, string[]>();
    const targets = new Map<string, string[]>();
    for (const { from, to } of edges) {
        const source = byId.get(from)!;
        const target = byId.get(to)!;
        if (argumentTypes.has(target.type) && source.type === 'I') addOnce(premises, to, from);
        if (argumentTypes.has(source.type) && targetTypes.has(target.type)) addOnce(targets, from, to);
    }
    return { byId, premises, targets };
}

/** The RA, CA and MA nodes that can't be arguments, with why; then those whose target is one of them, and so on. */
function findUnusable({ nodes }: AifDocument, { byId, premises, targets }: Links): Map<string, UnusableNode> {
    const unusable = new Map<string, UnusableNode>();
    const sNodes = nodes.filter(n => argumentTypes.has(n.type));
    for (const node of sNodes) {
        const reason = whyUnusable(node, premises.get(node.id) ?? [], targets.get(node.id) ?? [], byId);
        if (reason) unusable.set(node.id, { id: node.id, type: node.type, reason });
    }
    const targeting = new Map<string, string[]>();
    for (const node of sNodes) {
        if (!unusable.has(node.id)) addOnce(targeting, targets.get(node.id)![0], node.id);
    }
    const queue = [...unusable.keys()];
    for (let i = 0; i < queue.length; i++) {
        const skipped = byId.get(queue[i])!;
        for (const dependant of targeting.get(skipped.id) ?? []) {
            if (unusable.has(dependant)) continue;
            unusable.set(dependant, { id: dependant, type: byId.get(dependant)!.type, reason: `its target, ${shown(skipped.type)} ${shown(skipped.id)}, is skipped` });
            queue.push(dependant);
        }
    }
    return unusable;
}

/** The graph of the kept nodes (I-nodes and usable S-nodes, in the file's order), and the printer's comments. */
function buildGraph(kept: readonly AifNode[], { byId, premises, targets }: Links, fileName: string) {
    const names = new NameAllocator();
    const nameOf = new Map(kept.map(n => [n.id, names.allocate(`${namePrefix[n.type]}${n.id}`)]));
    const range: SourceRange = { file: fileName, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const comments = new Map<string, string[]>();
    const statements: GraphStatement[] = [];
    const args: GraphArgument[] = [];
    const relations: GraphRelation[] = [];
    const inferences = new Set<string>();
    for (const node of kept) {
        const name = nameOf.get(node.id)!;
        if (node.type === 'I') {
            statements.push({ id: name, name, kind: 'claim', text: plainText(node.text ?? ''), framings: [], citations: [], status: 'undecided', range });
            continue;
        }
        const target = byId.get(targets.get(node.id)![0])!;
        const argument: GraphArgument = {
            id: name, name, conclusion: null, premises: premises.get(node.id)!.map(p => nameOf.get(p)!),
            framings: [], citations: [], scheme: null, status: 'undecided', range,
        };
        const scheme = schemeOfAifNode(node);
        if (node.type === 'MA') comments.set(name, ['rephrase']);
        else if (node.type === 'RA' && scheme.kind === 'catalogue') argument.scheme = scheme.name;
        else if (node.type === 'RA' && scheme.kind === 'unknown') comments.set(name, [`scheme: ${scheme.name} (not in Argmap's catalogue)`]);
        else if (scheme.kind !== 'none') comments.set(name, [`scheme: ${scheme.name}`]); // a named conflict: Argmap's schemes are for inferences
        if (node.type === 'CA') relations.push({ kind: target.type === 'I' ? 'attacks' : 'undercuts', from: name, to: nameOf.get(target.id)! });
        else argument.conclusion = nameOf.get(target.id)!;
        if (node.type === 'RA') inferences.add(name);
        args.push(argument);
    }
    markThesis(statements, args, inferences);
    const graph: ArgumentGraph = { title: null, author: null, statements, arguments: args, relations, framings: [], sources: [] };
    const status = computeStatus(graph);
    for (const element of [...statements, ...args]) element.status = status.get(element.id) ?? 'undecided';
    return { graph, comments };
}

/** Why an RA, CA or MA node can't be an argument; null if it can. */
function whyUnusable(node: AifNode, premises: string[], targets: string[], byId: ReadonlyMap<string, AifNode>): string | null {
    if (premises.length === 0) return 'no I-node premise';
    if (targets.length === 0) return 'no target';
    if (targets.length > 1) return `${targets.length} targets`;
    const target = byId.get(targets[0])!;
    const allowed = node.type === 'CA' ? ['I', 'RA', 'CA'] : ['I'];
    if (!allowed.includes(target.type)) return `its target is ${shown(target.type)} ${shown(target.id)}`;
    if (premises.includes(target.id)) return 'its target is one of its premises';
    return null;
}

/** The I-node that is premise of nothing and concludes the most RA nodes (at least one; ties: the first). */
function markThesis(statements: GraphStatement[], args: GraphArgument[], inferences: ReadonlySet<string>): void {
    const isPremise = new Set(args.flatMap(a => a.premises));
    const concluded = new Map<string, number>();
    for (const a of args) {
        // RA only: a rephrase (MA) restates, it does not argue.
        if (a.conclusion !== null && inferences.has(a.id)) concluded.set(a.conclusion, (concluded.get(a.conclusion) ?? 0) + 1);
    }
    let thesis: GraphStatement | undefined;
    for (const s of statements) {
        const count = concluded.get(s.id) ?? 0;
        if (count >= 1 && !isPremise.has(s.id) && count > (concluded.get(thesis?.id ?? '') ?? 0)) thesis = s;
    }
    if (thesis) thesis.kind = 'thesis';
}

/** `skipped 6 L, 6 YA and 2 TA nodes (dialogue layer); ...`, one line for everything left out. */
export function skippedNote(skipped: ReadonlyMap<string, number>, unusable: readonly UnusableNode[], statements: number): string | null {
    const parts: string[] = [];
    const group = (types: string[], why: string) => {
        const present = types.filter(t => (skipped.get(t) ?? 0) > 0);
        if (present.length === 0) return;
        const total = present.reduce((sum, t) => sum + skipped.get(t)!, 0);
        parts.push(`${listOf(present.map(t => `${skipped.get(t)} ${shown(t)}`))} node${total === 1 ? '' : 's'} (${why})`);
    };
    group(dialogueTypes, 'dialogue layer');
    group(['PA'], 'preferences, which Argmap does not model');
    const others = [...skipped.keys()].filter(t => !dialogueTypes.includes(t) && t !== 'PA' && !argumentTypes.has(t));
    group(others, 'not AIF node types Argmap knows');
    if (unusable.length > 0) {
        const listed = unusable.slice(0, 5).map(n => `${shown(n.type)} ${shown(n.id)}: ${n.reason}`);
        if (unusable.length > 5) listed.push(`${unusable.length - 5} more`);
        const types = [...new Set(unusable.map(n => n.type))];
        group(types, `not linking I-nodes into an argument: ${listed.join('; ')}`);
    }
    const notes = parts.length > 0 ? [`skipped ${parts.join('; ')}`] : [];
    if (statements === 0) notes.push('there are no I-nodes, so the map is empty');
    return notes.length === 0 ? null : notes.join('; ');
}

function addOnce(map: Map<string, string[]>, key: string, value: string): void {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
}
