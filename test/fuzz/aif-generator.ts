import { schemes } from '../../language-server/src/model/schemes.js';
import { phrase } from './hostile-text.js';
import type { Random } from './prng.js';

/**
 * Structure-aware AIF: JSON with `nodes` and `edges` whose types, ids and edges are drawn so that
 * most documents are readable AIF with odd argument structure (S-nodes with no premise or two
 * targets, self-support, conflict cycles, chains thousands long, schemes in any spelling), and some
 * break the format in one place (a missing or wrong-typed field, an edge to nowhere, a duplicate
 * id), which must give a problem line, never an exception.
 */
export function generateAif(random: Random): string {
    const r = random;
    // Most documents break the format nowhere (so the mapping is what gets exercised); the rest here and there.
    const slip = r.pick([0, 0, 0, 0.01, 0.05]);
    const count = r.chance(0.1) ? r.int(100, 1500) : r.int(0, 30);
    const types = ['I', 'I', 'I', 'RA', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA'];
    const ids: unknown[] = [];
    const nodes: unknown[] = [];
    for (let i = 0; i < count; i++) {
        const id = !r.chance(slip) ? r.pick<unknown>([i, String(i), `n${i}`, `${i}.0`, `id ${i}`, `😀${i}`])
            : r.pick<unknown>([i - 1, '__proto__', 'constructor', -i, 1.5, null, [], {}, '', ' ', `${i}\u0000`, `${i}\nline`, '\r\n', '\u202e1']);
        ids.push(id);
        const type = !r.chance(slip) ? r.pick(types) : r.pick<unknown>(['X', '', 'ra', null, 1, {}, []]);
        const node: Record<string, unknown> = { nodeID: id, type };
        if (!r.chance(slip)) node.text = phrase(r, 20);
        else if (r.chance(0.5)) node.text = r.pick<unknown>([null, 5, {}, '']);
        if (type !== 'I' && r.chance(0.5)) {
            node.scheme = r.chance(0.7) ? schemeSpelling(r) : r.pick<unknown>(['', 'Default Inference', 'Default Conflict', 'Default Rephrase', null, 7, phrase(r)]);
        }
        if (r.chance(0.05)) node[r.pick(['__proto__', 'timestamp', 'extra'])] = phrase(r);
        if (r.chance(slip)) delete node[r.pick(['nodeID', 'type'])];
        nodes.push(node);
    }
    const edges: unknown[] = [];
    const edgeCount = count === 0 ? r.int(0, 2) : r.int(0, count * 2);
    const anId = () => (!r.chance(slip) && ids.length > 0 ? r.pick(ids) : r.pick<unknown>([999999, 'missing', null, undefined, 2.5, [1]]));
    for (let i = 0; i < edgeCount; i++) {
        const edge: Record<string, unknown> = { edgeID: !r.chance(slip) ? i : r.pick<unknown>([null, 'e', i - 1, 'e\nf']), fromID: anId(), toID: anId() };
        if (r.chance(slip)) edge.fromID = edge.toID; // a self-edge: a problem for an S-node
        edges.push(edge);
    }
    const body: Record<string, unknown> = { nodes, edges, locutions: r.chance(0.3) ? [{ nodeID: 1, personID: 'p' }] : [] };
    if (r.chance(slip)) body.nodes = r.pick<unknown>([null, {}, 'nodes', 3]);
    if (r.chance(slip)) delete body.edges;
    const document = r.chance(0.3) ? { AIF: body, OVA: { firstname: phrase(r) }, text: { txt: phrase(r) } } : body;
    return JSON.stringify(document, null, r.chance(0.5) ? 1 : undefined);
}

/** A scheme name in one of the spellings the catalogue matching should tolerate (case, spaces, hyphens). */
function schemeSpelling(r: Random): string {
    const name = r.pick(Object.keys(schemes));
    const spelled = r.pick([name, name.toUpperCase(), name.replace(/-/g, ' '), name.replace(/-/g, ''), ` ${name} `, `Argument From ${name}`]);
    return spelled;
}
