import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate.js';
import type { ArgumentGraph } from '../../../language-server/src/model/argument-graph.js';
import { layoutMap } from '../../../language-server/src/render/layout.js';
import { leafEdits, movedNodes } from '../../../language-server/src/render/stability.js';
import { exampleGraph, examplesFolder, graphOf } from '../../helpers/render.js';

// The maps among the examples (framings.argmap is a library: framings and sources, nothing to draw).
const examples = readdirSync(examplesFolder).filter(f => f.endsWith('.argmap') && /^thesis /m.test(readFileSync(path.join(examplesFolder, f), 'utf8'))).sort();

/** Edits one word of each leaf statement in turn; every edit that keeps the box's size moves nothing. */
function checkStable(graph: ArgumentGraph): { edits: number; sameSize: number } {
    const before = layoutMap(graph);
    let sameSize = 0;
    let edits = 0;
    for (const edit of leafEdits(graph)) {
        edits++;
        const after = layoutMap(edit.graph);
        const box = (scene: typeof before) => scene.nodes.find(n => n.id === edit.id)!;
        if (box(after).height !== box(before).height) continue;
        sameSize++;
        expect(movedNodes(before, after), `editing ${edit.id}: "${edit.word}" -> "${edit.replacement}"`).toEqual([]);
    }
    return { edits, sameSize };
}

describe('stable layout', () => {
    it.each(examples)('%s: a one-word edit of a leaf statement that keeps its line count moves no box', async file => {
        const { edits, sameSize } = checkStable(await exampleGraph(file));
        expect(edits).toBeGreaterThan(5);
        expect(sameSize).toBe(edits); // leafEdits picks a word whose replacement keeps the line count
    });

    it('on a generated map too', async () => {
        const { edits } = checkStable(await graphOf(generateMap(400, 7).text));
        expect(edits).toBeGreaterThan(50);
    });

    it('a box that grows moves what hangs below it, not the whole map', async () => {
        const graph = await exampleGraph('realism-vs-liberalism.argmap');
        const before = layoutMap(graph);
        const grown = structuredClone(graph);
        const objection = grown.statements.find(s => s.id === 'widerWars')!;
        objection.text += ' And a whole further sentence that needs at least two more lines in this box to be shown in full.';
        const moved = movedNodes(before, layoutMap(grown));
        expect(moved).toContain('graduated');
        expect(moved.length / before.nodes.length).toBeLessThan(0.5);
    });
});
