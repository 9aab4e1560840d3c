import * as path from 'node:path';
import { loadArgmap } from '../../language-server/src/cli/load.js';
import type { ArgumentGraph } from '../../language-server/src/model/argument-graph.js';
import { layoutMap, type LayoutOptions } from '../../language-server/src/render/layout.js';
import type { MapScene, SceneNode } from '../../language-server/src/render/map-scene.js';
import { buildOne } from './workspace.js';

export const examplesFolder = path.resolve(__dirname, '../../examples');

/** The graph of one in-memory file (it may have warnings; errors are the test's business). */
export async function graphOf(text: string): Promise<ArgumentGraph> {
    return (await buildOne(text)).model.graph;
}

export async function exampleGraph(file: string): Promise<ArgumentGraph> {
    const [loaded] = await loadArgmap([{ display: file, absolute: path.join(examplesFolder, file) }]);
    return loaded.model().graph;
}

/** Lays out a map written as text; `node(id)` finds a box by element id. */
export async function layoutText(text: string, options?: LayoutOptions): Promise<MapScene & { node(id: string): SceneNode }> {
    const scene = layoutMap(await graphOf(text), options);
    return {
        ...scene,
        node(id: string) {
            const found = scene.nodes.find(n => n.id === id);
            if (!found) throw new Error(`no box ${id}; boxes: ${scene.nodes.map(n => n.id).join(' ')}`);
            return found;
        },
    };
}

/** `from kind to` for each edge (`*` marks a cross-link), sorted: compact enough to compare whole. */
export function edgeList(scene: MapScene): string[] {
    return scene.edges.map(e => `${e.from} ${e.kind} ${e.to}${e.crossLink ? ' *' : ''}`).sort();
}

/** Whether `inner` lies inside `outer`. */
export function inside(inner: SceneNode, outer: SceneNode): boolean {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function overlap(a: SceneNode, b: SceneNode): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
