import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeepMap } from '../../../bench/generate.js';
import { readAif } from '../../../language-server/src/interop/aif-document.js';
import { graphToAif, graphToAifJson } from '../../../language-server/src/interop/aif-export.js';
import { importAif } from '../../../language-server/src/interop/aif-import.js';
import { printArgmap } from '../../../language-server/src/interop/printer.js';
import type { ArgumentGraph } from '../../../language-server/src/model/argument-graph.js';
import { aifShape } from '../../helpers/aif.js';
import { exampleGraph, examplesFolder, graphOf } from '../../helpers/render.js';
import { buildOne } from '../../helpers/workspace.js';

function reimport(graph: ArgumentGraph) {
    const read = readAif(graphToAifJson(graph));
    expect(read.problems).toEqual([]);
    return importAif(read.document!, 'exported.json');
}

describe('export --format aif', () => {
    it('writes statements as I-nodes, arguments as RA, attacks and undercuts as CA, contradicts as two CAs', async () => {
        const graph = await graphOf(`thesis t "T" {
  argument a scheme expert-opinion { claim p "P" }
  objection o "O" { rebuttal r "R" }
}
objection u undercuts a "U"
argument x attacks t { claim q "Q" }
rebuttal y undercuts x "Y"
claim c contradicts p "C"
`);
        const aif = graphToAif(graph);
        const node = (id: string) => aif.nodes.find(n => n.nodeID === id)!;
        const text = (id: string) => node(id).text;
        expect(aif.nodes.map(n => `${n.nodeID} ${n.type} ${n.text}`)).toEqual([
            '1 I T', '2 I P', '3 I O', '4 I R', '5 I U', '6 I Q', '7 I Y', '8 I C',
            '9 RA Expert Opinion', '10 CA Default Conflict', '11 CA Default Conflict', '12 CA Default Conflict',
            '13 CA Default Conflict', '14 CA Default Conflict', '15 CA Default Conflict', '16 CA Default Conflict',
        ]);
        expect(node('9').scheme).toBe('Expert Opinion');
        const edges = aif.edges.map(e => `${text(e.fromID)}(${e.fromID}) -> ${text(e.toID)}(${e.toID})`);
        expect(edges).toEqual([
            'P(2) -> Expert Opinion(9)', 'Expert Opinion(9) -> T(1)',
            // the graph's relations in order: o attacks t, r attacks o, u undercuts a, x attacks t, y undercuts x, c contradicts p
            'O(3) -> Default Conflict(10)', 'Default Conflict(10) -> T(1)',
            'R(4) -> Default Conflict(11)', 'Default Conflict(11) -> O(3)',
            'U(5) -> Default Conflict(12)', 'Default Conflict(12) -> Expert Opinion(9)',
            'Q(6) -> Default Conflict(13)', 'Default Conflict(13) -> T(1)',
            'Y(7) -> Default Conflict(14)', 'Default Conflict(14) -> Default Conflict(13)',
            'C(8) -> Default Conflict(15)', 'Default Conflict(15) -> P(2)',
            'P(2) -> Default Conflict(16)', 'Default Conflict(16) -> C(8)',
        ]);
        expect(aif.edges.every(e => e.formEdgeID === null)).toBe(true);
        expect(aif.locutions).toEqual([]);
        expect(reimport(graph).graph.relations.map(r => r.kind)).toEqual(['attacks', 'attacks', 'undercuts', 'attacks', 'undercuts', 'attacks', 'attacks']);
    });

    const examples = readdirSync(examplesFolder).filter(f => f.endsWith('.argmap')).sort();
    const maps = [
        ...examples.map(file => ({ name: file, graph: () => exampleGraph(file) })), // framings.argmap: a library, nothing to export
        ...[1, 2, 3].map(seed => ({ name: `generateDeepMap(300, ${seed})`, graph: () => graphOf(generateDeepMap(300, seed).text) })),
    ];

    it.each(maps)('$name: export then import preserves the graph, and the import checks without errors', async ({ graph: load }) => {
        const graph = await load();
        const imported = reimport(graph);
        expect(imported.note).toBe(graph.statements.length === 0 ? 'there are no I-nodes, so the map is empty' : null);
        expect(aifShape(imported.graph)).toEqual(aifShape(graph));
        const { diagnostics } = await buildOne(printArgmap(imported.graph, { comments: imported.comments }));
        const original = await buildOne(printArgmap(graph));
        // Only a circle the map itself argues in may be an error.
        const errors = (d: typeof diagnostics) => d.filter(x => x.severity === 1).map(x => x.code);
        expect(errors(diagnostics).filter(code => code !== 'circular-support')).toEqual([]);
        if (!errors(original.diagnostics).includes('circular-support')) expect(errors(diagnostics)).toEqual([]);
    });
});
