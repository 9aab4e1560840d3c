import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutMap, maxDepth } from '../../../language-server/src/render/layout.js';
import type { MapScene } from '../../../language-server/src/render/map-scene.js';
import { edgeList, exampleGraph, examplesFolder, graphOf, inside, layoutText, overlap } from '../../helpers/render.js';

const examples = readdirSync(examplesFolder).filter(f => f.endsWith('.argmap')).sort();

/** Boxes that overlap without one holding the other (an argument holds its premises). */
function collisions(scene: MapScene): string[] {
    const holder = new Map<string, string>();
    for (const n of scene.nodes) for (const id of n.contains ?? []) holder.set(id, n.id);
    const found: string[] = [];
    const nodes = [...scene.nodes].sort((a, b) => a.x - b.x);
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length && nodes[j].x < nodes[i].x + nodes[i].width; j++) {
            const [a, b] = [nodes[i], nodes[j]];
            if (holder.get(a.id) === b.id || holder.get(b.id) === a.id) continue;
            if (overlap(a, b)) found.push(`${a.id}/${b.id}`);
        }
    }
    return found;
}

describe('layoutMap: the tree', () => {
    it('draws a thesis, its argument box around the co-premises side by side, and an arrow from the box to the thesis', async () => {
        const scene = await layoutText('thesis t "T" { argument a { claim p "P" evidence q "Q" } }');
        const [t, a, p, q] = ['t', 'a', 'p', 'q'].map(id => scene.node(id));
        expect(a.contains).toEqual(['p', 'q']);
        expect(inside(p, a) && inside(q, a)).toBe(true);
        expect(p.y).toBe(q.y);
        expect(p.x + p.width).toBeLessThan(q.x);
        expect(a.y).toBeGreaterThan(t.y + t.height);
        expect(edgeList(scene)).toEqual(['a supports t']);
    });

    it('hangs what supports or attacks a premise under that premise, and an undercut under the argument box', async () => {
        const scene = await layoutText(`thesis t "T" {
            argument a {
                claim p "P" { objection o "O" }
                claim q "Q" { argument b { claim r "R" } }
                objection u "U"
            }
        }`);
        const [a, p, q, o, b, u] = ['a', 'p', 'q', 'o', 'b', 'u'].map(id => scene.node(id));
        expect(o.y).toBeGreaterThan(a.y + a.height);
        expect(b.y).toBeGreaterThan(a.y + a.height);
        // Each under its premise: o's centre is nearer p's, b's nearer q's; the undercutter right of both.
        const centre = (n: { x: number; width: number }) => n.x + n.width / 2;
        expect(Math.abs(centre(o) - centre(p))).toBeLessThan(Math.abs(centre(o) - centre(q)));
        expect(Math.abs(centre(b) - centre(q))).toBeLessThan(Math.abs(centre(b) - centre(p)));
        expect(centre(u)).toBeGreaterThan(centre(b));
        expect(edgeList(scene)).toEqual(['a supports t', 'b supports q', 'o attacks p', 'u undercuts a']);
        // The undercut ends on the argument box's bottom edge, not on a premise.
        const undercut = scene.edges.find(e => e.kind === 'undercuts')!;
        const end = undercut.path.match(/(-?[\d.]+) (-?[\d.]+)$/)!;
        expect(Number(end[2])).toBeCloseTo(a.y + a.height, 0);
        expect(Number(end[1])).toBeGreaterThan(q.x + q.width);
    });

    it('keeps document order among siblings, supports and objections mixed', async () => {
        const scene = await layoutText(`thesis t "T" {
            objection o1 "O1"
            argument a { claim p "P" }
            objection o2 "O2"
        }
        claim s supports t "S"`);
        const order = ['o1', 'a', 'o2', 'argument@6:9'].map(id => scene.node(id).x);
        expect([...order].sort((x, y) => x - y)).toEqual(order);
    });

    it('puts several theses and disconnected parts side by side in document order', async () => {
        const scene = await layoutText('thesis a "A"\nthesis b "B"\nclaim c "Orphan."\n');
        const [a, b, c] = ['a', 'b', 'c'].map(id => scene.node(id));
        expect(a.y).toBe(b.y);
        expect(b.y).toBe(c.y);
        expect(a.x).toBeLessThan(b.x);
        expect(b.x).toBeLessThan(c.x);
    });

    it('draws a reused premise once, with a cross-link to each other argument that uses it', async () => {
        const scene = await layoutText(`thesis t "T" {
            argument a { claim shared "Shared." claim p "P" }
            argument b { shared claim q "Q" }
        }`);
        expect(scene.nodes.filter(n => n.id === 'shared')).toHaveLength(1);
        expect(scene.node('a').contains).toEqual(['shared', 'p']);
        expect(scene.node('b').contains).toEqual(['q']);
        expect(edgeList(scene)).toEqual(['a supports t', 'b supports t', 'shared supports b *']);
    });

    it('hangs a contradicting statement under the one it contradicts, with a two-headed dashed edge', async () => {
        const scene = await layoutText('thesis t "T"\nclaim c contradicts t "C"\n');
        expect(scene.node('c').y).toBeGreaterThan(scene.node('t').y + scene.node('t').height);
        expect(edgeList(scene)).toEqual(['c contradicts t']);
    });

    it('draws every relation of a statement that attacks two things: one in the tree, the other as a cross-link', async () => {
        const scene = await layoutText('thesis t "T"\nthesis u "U"\nobjection o attacks t "O"\nobjection attacks o "R1"\nrebuttal r attacks o "R2"\n');
        expect(edgeList(scene)).toContain('o attacks t');
        expect(scene.edges).toHaveLength(3);
    });

    it('breaks circular support into a root and a cross-link, and draws every element once', async () => {
        const graph = await graphOf('thesis t "T"\nclaim a supports b "A"\nclaim b supports a "B"\n');
        const scene = layoutMap(graph);
        const ids = [...graph.statements, ...graph.arguments].map(e => e.id).sort();
        expect(scene.nodes.map(n => n.id).sort()).toEqual(ids);
        expect(scene.edges.filter(e => e.crossLink)).toHaveLength(1);
    });

    it('continues a chain deeper than the limit beside the map, without overflowing the stack', async () => {
        const depth = maxDepth + 50;
        const lines = ['thesis t "T"', 'objection o0 attacks t "O"'];
        for (let i = 1; i < depth; i++) lines.push(`rebuttal o${i} attacks o${i - 1} "R${i}"`);
        const graph = await graphOf(lines.join('\n'));
        const scene = layoutMap(graph);
        expect(scene.nodes).toHaveLength(depth + 1);
        expect(scene.edges).toHaveLength(depth);
        expect(scene.edges.filter(e => e.crossLink)).toHaveLength(1);
        expect(scene.note).toMatch(/deeper than/);
    });

    it('folds what lies beyond maxNodes, says so in the note and on the boxes, and keeps every box it draws', async () => {
        const lines = ['thesis t "T" {'];
        for (let i = 0; i < 30; i++) lines.push(`  objection o${i} "O${i}" { rebuttal r${i} "R${i}" }`);
        lines.push('}');
        const graph = await graphOf(lines.join('\n'));
        const scene = layoutMap(graph, { maxNodes: 40 });
        expect(scene.nodes).toHaveLength(40);
        expect(scene.note).toMatch(/61 boxes; the 21 deepest are folded/);
        const folded = scene.nodes.flatMap(n => n.badges.filter(b => b.kind === 'folded').map(b => `${n.id} ${b.label}`));
        expect(folded.length).toBeGreaterThan(0);
        expect(scene.nodes.reduce((sum, n) => sum + (n.hidden ?? 0), 0)).toBe(21);
    });
});

describe('layoutMap: an empty map', () => {
    it('draws the legend and says there is nothing yet', async () => {
        const scene = await layoutText('// nothing yet\n');
        expect(scene.nodes).toEqual([]);
        expect(scene.note).toBe('This map has no statements or arguments yet.');
        expect(scene.footnotes?.[0].text).toBe(scene.note);
    });
});

describe('layoutMap: the framing filter', () => {
    const text = `framing realist "Realism"\nframing liberal "Liberalism"
thesis t "T" #liberal {
    argument a #liberal { claim p "P" }
    objection o "O" #realist { rebuttal r "R" #liberal }
}`;

    it('dims what the chosen framings do not tag (a premise counts its argument\'s tags), and the edges touching it', async () => {
        const scene = await layoutText(text, { framings: ['realist'] });
        expect(scene.nodes.filter(n => !n.dimmed).map(n => n.id).sort()).toEqual(['o']);
        expect(scene.edges.filter(e => !e.dimmed)).toEqual([]);
        const liberal = await layoutText(text, { framings: ['liberal'] });
        expect(liberal.nodes.filter(n => n.dimmed).map(n => n.id)).toEqual(['o']);
        // Dimming moves nothing.
        const all = await layoutText(text);
        expect(liberal.nodes.map(n => [n.id, n.x, n.y])).toEqual(all.nodes.map(n => [n.id, n.x, n.y]));
    });

    it('hides them with mode hide, keeping what the chosen moves hang on', async () => {
        const scene = await layoutText(text, { framings: ['realist'], framingMode: 'hide' });
        expect(scene.nodes.map(n => n.id).sort()).toEqual(['o', 't']);
        expect(edgeList(scene)).toEqual(['o attacks t']);
    });
});

describe('layoutMap on the examples', () => {
    it.each(examples)('%s: every element drawn once, every relation drawn, no two boxes overlap, boxes inside the scene', async file => {
        const graph = await exampleGraph(file);
        const scene = layoutMap(graph);
        const ids = [...graph.statements, ...graph.arguments].map(e => e.id).sort();
        expect(scene.nodes.map(n => n.id).sort()).toEqual(ids);
        // Each support (argument -> conclusion, premise -> argument) and each relation is an edge,
        // except a premise inside its own argument's box.
        const expected = [
            ...graph.arguments.filter(a => a.conclusion !== null).map(a => `${a.id} supports ${a.conclusion}`),
            ...graph.arguments.flatMap(a => a.premises.filter(p => !scene.nodes.find(n => n.id === a.id)!.contains!.includes(p)).map(p => `${p} supports ${a.id}`)),
            ...graph.relations.map(r => `${r.from} ${r.kind} ${r.to}`),
        ].sort();
        expect(edgeList(scene).map(e => e.replace(/ \*$/, ''))).toEqual(expected);
        expect(collisions(scene)).toEqual([]);
        for (const n of scene.nodes) {
            expect(n.x).toBeGreaterThanOrEqual(0);
            expect(n.y).toBeGreaterThanOrEqual(0);
            expect(n.x + n.width).toBeLessThanOrEqual(scene.width);
            expect(n.y + n.height).toBeLessThanOrEqual(scene.height);
        }
    });

    it.each(examples)('%s: the same graph gives the same scene, and a new parse of the same text too', async file => {
        const first = layoutMap(await exampleGraph(file));
        const again = layoutMap(await exampleGraph(file));
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    });

    it('caches the scene per graph object and options', async () => {
        const graph = await exampleGraph('tutorial.argmap');
        expect(layoutMap(graph)).toBe(layoutMap(graph));
        expect(layoutMap(graph, { framings: ['realist'] })).not.toBe(layoutMap(graph));
        expect(layoutMap(structuredClone(graph))).not.toBe(layoutMap(graph));
    });

    it('survives a JSON round trip (it crosses the LSP connection)', async () => {
        const scene = layoutMap(await exampleGraph('siddiqi-collective-security.argmap'));
        expect(JSON.parse(JSON.stringify(scene))).toEqual(scene);
    });
});
