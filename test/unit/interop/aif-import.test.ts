import { describe, expect, it } from 'vitest';
import { readAif } from '../../../language-server/src/interop/aif-document.js';
import { importAif } from '../../../language-server/src/interop/aif-import.js';
import { printArgmap } from '../../../language-server/src/interop/printer.js';

type Node = [id: string | number, type: string, text?: string, scheme?: string];

/** A hand-made AIF document: nodes as [id, type, text?, scheme?], edges as [from, to]. */
function aif(nodes: Node[], edges: Array<[string | number, string | number]>): string {
    return JSON.stringify({
        nodes: nodes.map(([nodeID, type, text, scheme]) => ({ nodeID, type, text: text ?? type, ...(scheme ? { scheme } : {}) })),
        edges: edges.map(([fromID, toID], i) => ({ edgeID: String(i + 1), fromID, toID, formEdgeID: null })),
        locutions: [],
    });
}

function importText(text: string) {
    const read = readAif(text);
    if (read.document === undefined) throw new Error(read.problems.join('\n'));
    return importAif(read.document, 'in.json');
}

function printed(text: string): string {
    const imported = importText(text);
    return printArgmap(imported.graph, { comments: imported.comments });
}

describe('AIF import: the mapping', () => {
    it('makes I-nodes claims, RA supporting arguments, CA into I attacking arguments, and picks the thesis', () => {
        expect(printed(aif(
            [['1', 'I', 'Conclusion'], ['2', 'I', 'Premise one'], ['3', 'I', 'Premise two'], ['4', 'RA', 'Default Inference'],
                ['5', 'I', 'Against'], ['6', 'CA', 'Default Conflict']],
            [['2', '4'], ['3', '4'], ['4', '1'], ['5', '6'], ['6', '1']],
        ))).toBe(`thesis i1 "Conclusion" {
  argument ra4 {
    claim i2 "Premise one"
    claim i3 "Premise two"
  }
}

argument ca6 attacks i1 {
  claim i5 "Against"
}
`);
    });

    it('makes a CA into an RA or CA an undercut, and an MA a rephrase', () => {
        const { graph, comments } = importText(aif(
            [['1', 'I', 'C'], ['2', 'I', 'P'], ['3', 'RA'], ['4', 'I', 'U'], ['5', 'CA'], ['6', 'I', 'V'], ['7', 'CA'], ['8', 'I', 'R'], ['9', 'MA']],
            [['2', '3'], ['3', '1'], ['4', '5'], ['5', '3'], ['6', '7'], ['7', '5'], ['8', '9'], ['9', '2']],
        ));
        expect(graph.relations).toEqual([
            { kind: 'undercuts', from: 'ca5', to: 'ra3' },
            { kind: 'undercuts', from: 'ca7', to: 'ca5' },
        ]);
        expect(graph.arguments.find(a => a.id === 'ma9')).toMatchObject({ conclusion: 'i2', premises: ['i8'], scheme: null });
        expect(comments.get('ma9')).toEqual(['rephrase']);
    });

    it('takes schemes the catalogue has, ignoring case, spaces and hyphens, and comments the rest', () => {
        const { graph, comments } = importText(aif(
            [['1', 'I', 'C'], ['2', 'I', 'P'], ['3', 'RA', 'Default Inference', 'Expert Opinion'], ['4', 'RA', 'Cause-To-Effect'],
                ['5', 'RA', 'RA', 'Argument From Ignorance'], ['6', 'RA', 'Default Inference', 'Default Inference']],
            [['2', '3'], ['3', '1'], ['2', '4'], ['4', '1'], ['2', '5'], ['5', '1'], ['2', '6'], ['6', '1']],
        ));
        expect(graph.arguments.map(a => a.scheme)).toEqual(['expert-opinion', 'cause-to-effect', null, null]);
        expect([...comments]).toEqual([['ra5', ['scheme: Argument From Ignorance (not in Argmap\'s catalogue)']]]);
    });

    it('skips S-nodes that do not link I-nodes into an argument, and says why in its one note', () => {
        const result = importText(aif(
            [['1', 'I', 'C'], ['2', 'I', 'P'], ['3', 'RA'], ['4', 'RA'], ['5', 'RA'], ['6', 'RA'], ['7', 'CA'], ['8', 'CA'],
                ['9', 'L', 'Bob: P'], ['10', 'YA', 'Asserting'], ['11', 'PA'], ['12', 'XX'], ['13', 'CA']],
            [
                ['3', '1'], // 3: no premise
                ['2', '4'], // 4: no target
                ['2', '5'], ['5', '1'], ['5', '2'], // 5: two targets
                ['2', '6'], ['6', '3'], // 6: an RA may only conclude an I-node
                ['2', '7'], ['7', '6'], // 7: its target is skipped
                ['1', '8'], ['8', '1'], // 8: its target is its premise
                ['9', '10'], ['10', '2'], ['2', '11'], ['11', '1'], ['12', '1'],
                ['2', '13'], ['13', '9'], // 13: no target among I, RA, CA and MA nodes
            ],
        ));
        expect(result.graph.arguments).toEqual([]);
        expect(Object.fromEntries(result.skipped)).toEqual({ RA: 4, CA: 3, L: 1, YA: 1, PA: 1, XX: 1 });
        expect(result.note).toBe('skipped 1 L and 1 YA nodes (dialogue layer); 1 PA node (preferences, which Argmap does not model); '
            + '1 XX node (not AIF node types Argmap knows); 4 RA and 3 CA nodes (not linking I-nodes into an argument: '
            + 'RA 3: no I-node premise; RA 4: no target; RA 5: 2 targets; RA 6: its target is RA 3; CA 7: its target, RA 6, is skipped; 2 more)');
    });

    it('reads xAIF, integer ids and ids that are not names', () => {
        const xaif = JSON.stringify({
            AIF: {
                nodes: [{ nodeID: 7, text: 'C', type: 'I' }, { nodeID: '7.0', text: 'P', type: 'I' }, { nodeID: 'if', text: 'Q', type: 'I' }, { nodeID: 9, text: 'RA', type: 'RA' }],
                edges: [{ edgeID: 1, fromID: '7.0', toID: 9 }, { edgeID: 2, fromID: 'if', toID: '9' }, { edgeID: 3, fromID: 9, toID: 7 }],
                locutions: [], participants: [],
            },
            OVA: { nodes: [], edges: [] },
            text: '<span>C because P</span>',
        });
        const { graph } = importText(xaif);
        expect(graph.statements.map(s => s.id)).toEqual(['i7', 'i7_0', 'iif']);
        expect(graph.arguments[0]).toMatchObject({ id: 'ra9', conclusion: 'i7', premises: ['i7_0', 'iif'] });
    });

    it('sanitises names as DESIGN.md says: other characters to _, a clash gets _2', () => {
        const { graph } = importText(aif([['a.b', 'I', 'one'], ['a_b', 'I', 'two'], ['a b', 'I', 'three'], ['mport', 'I', 'four']], []));
        expect(graph.statements.map(s => s.name)).toEqual(['ia_b', 'ia_b_2', 'ia_b_3', '_import']);
    });

    it('makes the thesis the I-node, premise of none, that concludes the most RA nodes (ties: the first)', () => {
        const chain = importText(aif(
            [['1', 'I', 'Top'], ['2', 'I', 'Middle'], ['3', 'I', 'Bottom'], ['4', 'I', 'Other'], ['5', 'RA'], ['6', 'RA'], ['7', 'RA'], ['8', 'I', 'Second']],
            [['2', '5'], ['5', '1'], ['3', '6'], ['6', '2'], ['3', '7'], ['7', '2'], ['4', '8']],
        ));
        // Middle concludes two but is a premise; Top concludes one and is premise of none.
        expect(chain.graph.statements.filter(s => s.kind === 'thesis').map(s => s.id)).toEqual(['i1']);
        const tie = importText(aif([['1', 'I', 'A'], ['2', 'I', 'B'], ['3', 'I', 'P'], ['4', 'RA'], ['5', 'RA']], [['3', '4'], ['4', '1'], ['3', '5'], ['5', '2']]));
        expect(tie.graph.statements.filter(s => s.kind === 'thesis').map(s => s.id)).toEqual(['i1']);
        const none = importText(aif([['1', 'I', 'A'], ['2', 'I', 'B'], ['3', 'MA']], [['1', '3'], ['3', '2']]));
        expect(none.graph.statements.filter(s => s.kind === 'thesis')).toEqual([]);
    });

    it('normalises whitespace as a string literal would read it, keeping line breaks', () => {
        const { graph } = importText(aif([['1', 'I', '  two  spaces\tand a\r\nbreak \u00a0 ']], []));
        expect(graph.statements[0].text).toBe('two spaces and a\nbreak');
    });

    it('imports an empty document as an empty map, and says so', () => {
        const result = importText('{"nodes": [], "edges": [], "locutions": []}');
        expect(printArgmap(result.graph)).toBe('');
        expect(result.note).toBe('there are no I-nodes, so the map is empty');
    });
});

describe('AIF import: malformed input, a line per problem', () => {
    const problems = (text: string) => readAif(text).problems;

    it('not JSON', () => {
        expect(problems('{"nodes": [')).toEqual([expect.stringMatching(/^not JSON: /)]);
        expect(problems('')).toEqual([expect.stringMatching(/^not JSON: /)]);
    });

    it('not AIF: no nodes, no edges, or something else than an object', () => {
        expect(problems('{"edges": []}')).toEqual(['not AIF: no "nodes" array']);
        expect(problems('{}')).toEqual(['not AIF: no "nodes" array', 'not AIF: no "edges" array']);
        expect(problems('{"nodes": {}, "edges": "none"}')).toEqual(['not AIF: "nodes" is an object, not an array', 'not AIF: "edges" is the string "none", not an array']);
        expect(problems('[1, 2]')).toEqual(['not AIF: expected an object with "nodes" and "edges" arrays, or xAIF\'s {"AIF": {...}}']);
        expect(problems('{"AIF": {"nodes": []}}')).toEqual(['not AIF: no "edges" array']);
    });

    it('an edge naming a missing node', () => {
        expect(problems(aif([['1', 'I', 'A'], ['2', 'RA']], [['1', '2'], ['2', '99']]))).toEqual(['edge 2: toID "99" names no node']);
        expect(problems('{"nodes": [{"nodeID": "1", "type": "I", "text": "A"}], "edges": [{"fromID": 5, "toID": "1"}]}')).toEqual(['edges[0]: fromID "5" names no node']);
    });

    it('an S-node targeting itself', () => {
        expect(problems(aif([['1', 'I', 'A'], ['2', 'CA']], [['1', '2'], ['2', '2']]))).toEqual(['edge 2: node 2 (CA) targets itself']);
    });

    it('nodes and edges of the wrong types', () => {
        const text = JSON.stringify({
            nodes: [
                'node', { type: 'I', text: 'no id' }, { nodeID: 1.5, type: 'I', text: 'x' }, { nodeID: true, type: 'I' },
                { nodeID: '1', text: 'no type' }, { nodeID: '2', type: 3 }, { nodeID: '3', type: 'I' }, { nodeID: '4', type: 'I', text: null },
                { nodeID: '5', type: 'I', text: 'ok' }, { nodeID: '5', type: 'RA' },
            ],
            edges: [null, { edgeID: 'e', toID: '5' }, { edgeID: 2, fromID: [], toID: '5' }, { fromID: '1', toID: '5' }],
        });
        expect(problems(text)).toEqual([
            'nodes[0] is the string "node", not an object',
            'nodes[1] has no nodeID',
            'nodes[2]: nodeID is 1.5, not a string or an integer',
            'nodes[3]: nodeID is true, not a string or an integer',
            'node 1 has no type',
            'node 2: type is 3, not a string',
            'node 3 (I) has no text',
            'node 4 (I): text is null, not a string',
            'node 5 is declared twice (nodes[8] and nodes[9])',
            'edges[0] is null, not an object',
            'edge e has no fromID',
            'edge 2: fromID is an array, not a string or an integer',
        ]);
    });

    it('summarises beyond 50 problems', () => {
        const many = problems(JSON.stringify({ nodes: Array.from({ length: 60 }, () => ({})), edges: [] }));
        expect(many).toHaveLength(51);
        expect(many.at(-1)).toBe('... and 10 more problems');
    });

    // Found by the fuzzer (test/fuzz/): JSON.parse quotes the text around its error, and ids and
    // types are any strings, so a problem or the note could run over several lines.
    it('keeps every problem and the note on one line, quoting ids and types that are not plain', () => {
        expect(problems('{"nodes": [\n\t{"nodeID": x}\n]}')).toEqual([expect.stringMatching(/^not JSON: [^\n\t]*$/)]);
        expect(problems(JSON.stringify({ nodes: [{ nodeID: 'a\nb' }, { nodeID: 'c', type: 'RA' }], edges: [{ edgeID: '\u2028', fromID: 'c', toID: 'c' }] })))
            .toEqual(['node "a\\nb" has no type', 'edge "\\u2028": node c (RA) targets itself']);
        const result = importText(aif([['1', 'I', 'C'], ['2', 'I', 'P'], ['3', ''], ['4', 'R\nA'], ['5', 'RA'], ['6', 'RA']], [['2', '5'], ['5', '1'], ['2', '6'], ['6', '5']]));
        expect(result.note).toBe('skipped 1 "" and 1 "R\\nA" nodes (not AIF node types Argmap knows); 1 RA node (not linking I-nodes into an argument: RA 6: its target is RA 5)');
    });
});
