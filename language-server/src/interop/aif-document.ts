/**
 * Reading an AIF JSON document (AIFdb's `{nodes, edges, locutions}`, or OVA3's xAIF wrapper
 * `{AIF: {...}, OVA, text}`) into nodes and edges, with a one-line problem for everything that
 * makes it unusable: not JSON, not AIF, a node or edge of the wrong shape, an edge to a missing
 * node, an S-node with an edge to itself. What the document *means* is aif-import.ts's business.
 */
import { shown } from './note-text.js';

/** An AIF node. nodeIDs are compared as strings: AIFdb writes "123", OVA and AMF tools 123. */
export interface AifNode {
    id: string;
    type: string;
    /** Null when the node has no string `text` (only I-nodes must have one). */
    text: string | null;
    /** The `scheme` field, where there is one (newer AIFdb exports). */
    scheme: string | null;
}

export interface AifEdge {
    /** How problems name the edge: `edge <edgeID>`, or `edges[<index>]` without an edgeID. */
    label: string;
    from: string;
    to: string;
}

export interface AifDocument {
    nodes: AifNode[];
    edges: AifEdge[];
}

export type AifReadResult = { document: AifDocument; problems: [] } | { document?: undefined; problems: string[] };

/** The S-node types: scheme applications of AIF's argument layer (inference, conflict, rephrase, preference). */
export const sNodeTypes: ReadonlySet<string> = new Set(['RA', 'CA', 'MA', 'PA']);

/** More than this many problems are summarised: a file that broken is the wrong file. */
const maxProblems = 50;

export function readAif(text: string): AifReadResult {
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        return { problems: [`not JSON: ${oneLine(error instanceof Error ? error.message : String(error))}`] };
    }
    const problems: string[] = [];
    const body = isObject(json) && isObject(json.AIF) ? json.AIF : json;
    if (!isObject(body)) {
        return { problems: ['not AIF: expected an object with "nodes" and "edges" arrays, or xAIF\'s {"AIF": {...}}'] };
    }
    for (const key of ['nodes', 'edges']) {
        if (body[key] === undefined) problems.push(`not AIF: no "${key}" array`);
        else if (!Array.isArray(body[key])) problems.push(`not AIF: "${key}" is ${describe(body[key])}, not an array`);
    }
    if (problems.length > 0) return { problems };
    const { nodes, declared } = readNodes(body.nodes as unknown[], problems);
    const edges = readEdges(body.edges as unknown[], nodes, declared, problems);
    if (problems.length > maxProblems) {
        return { problems: [...problems.slice(0, maxProblems), `... and ${problems.length - maxProblems} more problems`] };
    }
    return problems.length > 0 ? { problems } : { document: { nodes: [...nodes.values()], edges }, problems: [] };
}

/** The well-formed nodes, and every nodeID declared (a node with a problem of its own too). */
function readNodes(entries: unknown[], problems: string[]): { nodes: Map<string, AifNode>; declared: Set<string> } {
    const nodes = new Map<string, AifNode>();
    const declaredAt = new Map<string, number>();
    entries.forEach((entry, index) => {
        if (!isObject(entry)) {
            problems.push(`nodes[${index}] is ${describe(entry)}, not an object`);
            return;
        }
        const id = readId(entry.nodeID);
        if (id === undefined) {
            problems.push(entry.nodeID === undefined ? `nodes[${index}] has no nodeID`
                : `nodes[${index}]: nodeID is ${describe(entry.nodeID)}, not a string or an integer`);
            return;
        }
        if (declaredAt.has(id)) {
            problems.push(`node ${shown(id)} is declared twice (nodes[${declaredAt.get(id)}] and nodes[${index}])`);
            return;
        }
        declaredAt.set(id, index);
        if (typeof entry.type !== 'string') {
            problems.push(entry.type === undefined ? `node ${shown(id)} has no type` : `node ${shown(id)}: type is ${describe(entry.type)}, not a string`);
            return;
        }
        const text = typeof entry.text === 'string' ? entry.text : null;
        if (entry.type === 'I' && text === null) {
            problems.push(entry.text === undefined ? `node ${shown(id)} (I) has no text` : `node ${shown(id)} (I): text is ${describe(entry.text)}, not a string`);
            return;
        }
        const scheme = typeof entry.scheme === 'string' && entry.scheme.trim() !== '' ? entry.scheme : null;
        nodes.set(id, { id, type: entry.type, text, scheme });
    });
    return { nodes, declared: new Set(declaredAt.keys()) };
}

function readEdges(entries: unknown[], nodes: ReadonlyMap<string, AifNode>, declared: ReadonlySet<string>, problems: string[]): AifEdge[] {
    const edges: AifEdge[] = [];
    entries.forEach((entry, index) => {
        if (!isObject(entry)) {
            problems.push(`edges[${index}] is ${describe(entry)}, not an object`);
            return;
        }
        const edgeId = readId(entry.edgeID);
        const label = edgeId === undefined ? `edges[${index}]` : `edge ${shown(edgeId)}`;
        const ends: string[] = [];
        for (const key of ['fromID', 'toID'] as const) {
            const id = readId(entry[key]);
            if (id === undefined) {
                problems.push(entry[key] === undefined ? `${label} has no ${key}` : `${label}: ${key} is ${describe(entry[key])}, not a string or an integer`);
            } else if (!declared.has(id)) {
                problems.push(`${label}: ${key} ${JSON.stringify(id)} names no node`);
            } else {
                ends.push(id);
            }
        }
        // An edge to a node with a problem of its own adds none: that node's problem is reported.
        if (ends.length < 2 || !ends.every(id => nodes.has(id))) return;
        const [from, to] = ends;
        const node = nodes.get(from)!;
        if (from === to && sNodeTypes.has(node.type)) problems.push(`${label}: node ${shown(from)} (${shown(node.type)}) targets itself`);
        edges.push({ label, from, to });
    });
    return edges;
}

function readId(value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A JSON value as a problem message names it. */
function describe(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    if (typeof value === 'object') return 'an object';
    if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 20 ? `${value.substring(0, 19)}…` : value)}`;
    return String(value);
}

/**
 * A message as one line. JSON.parse quotes the text around the error, line breaks, tabs and
 * control characters included, and each problem is one line on stderr (found by the fuzzer,
 * test/fuzz/).
 */
function oneLine(message: string): string {
    return message.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}
