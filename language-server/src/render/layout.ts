/**
 * `layoutMap(graph, options)`: the ArgumentGraph laid out as a MapScene, with d3-flextree (a tidy
 * tree for boxes of different sizes). map-tree.ts decides where each element hangs; here each
 * premise of an argument is a node of its own, side by side with its co-premises (so what supports
 * or attacks a premise hangs right under it), and the argument's box is drawn around them with its
 * header on top. Roots sit side by side under an invisible root. Tree edges and cross-links come
 * from edges.ts; title, legend and footnotes from legend.ts.
 *
 * Same graph and options, same scene (cached per graph object, i.e. per graph version). Box widths
 * are fixed per kind, so a box changes size only when its line count does.
 */
import { flextree, type FlextreeNode } from 'd3-flextree';
import type { ArgumentGraph, GraphArgument, GraphStatement } from '../model/argument-graph.js';
import { argumentHeader, sizes, statementBox, type BoxContent } from './boxes.js';
import { measureText } from './font-metrics.js';
import { cleanText } from './text-wrap.js';
import { BoxGrid, crossLinkPath, treeEdgePath, type Point, type Rect } from './edges.js';
import { layoutChrome } from './legend.js';
import type { MapScene, SceneBadge, SceneEdge, SceneEdgeKind, SceneNode, SceneText } from './map-scene.js';
import { buildMapTree, type ArgumentItem, type MapTree, type TreeItem } from './map-tree.js';

export interface LayoutOptions {
    /** Framing names to bring forward; absent or empty: all moves alike. */
    framings?: readonly string[];
    /**
     * What happens to moves tagged with none of `framings` (a premise counts its argument's tags, an
     * argument its premises'): `dim` (default) draws them faded in place, so the map keeps its shape;
     * `hide` leaves them out, keeping what the chosen moves hang on.
     */
    framingMode?: 'dim' | 'hide';
    /**
     * Draw at most this many boxes (statements and arguments), breadth first from the roots; what
     * lies deeper is folded into a `+N folded` badge and `scene.note` says so. Default: no limit.
     */
    maxNodes?: number;
    /** The map's title and author above it (default true). */
    title?: boolean;
    /** The key to boxes, arrows and statuses below the map (default true). */
    legend?: boolean;
    /** Sources and framings below the legend (default true). */
    footnotes?: boolean;
}

/** Deeper than this many levels, a branch continues as a new root beside the map (flextree recurses per level). */
export const maxDepth = 300;

const gaps = { vertical: 56, sibling: 24, cousin: 40, root: 72, slot: 44, emptySlot: 140, margin: 24 } as const;

/**
 * Room below a box for the edges to its children: more when many fan out, so their curves do not
 * flatten into lines along the box (it depends on the number of children, never on text).
 */
function verticalGap(children: number): number {
    return gaps.vertical + Math.min(48, 8 * Math.max(0, children - 2));
}

const cache = new WeakMap<ArgumentGraph, Map<string, MapScene>>();

export function layoutMap(graph: ArgumentGraph, options: LayoutOptions = {}): MapScene {
    const key = JSON.stringify([options.framings ?? [], options.framingMode ?? 'dim', options.maxNodes ?? null, options.title ?? true, options.legend ?? true, options.footnotes ?? true]);
    let scenes = cache.get(graph);
    if (!scenes) cache.set(graph, scenes = new Map());
    let scene = scenes.get(key);
    if (!scene) {
        scene = new Layout(graph, options).run();
        scenes.set(key, scene);
    }
    return scene;
}

/** A node of the flextree: a statement's box, a premise inside an argument box, or an argument's slot. */
interface Datum {
    kind: 'root' | 'statement' | 'premise' | 'slot';
    id: string;
    size: [number, number];
    children: Datum[];
    parent: Datum | null;
    /** Index of the root subtree it belongs to (wider gaps between roots). */
    root: number;
    group?: Group;
    /** Filled in by flextree: centre x and top y. */
    x: number;
    y: number;
}

/** An argument box: its header and the premise and slot nodes side by side inside it. */
interface Group {
    argument: GraphArgument;
    attacking: boolean;
    header: BoxContent;
    rowHeight: number;
    members: Datum[];
    slot?: Datum;
}

interface PendingEdge {
    from: string;
    to: string;
    kind: SceneEdgeKind;
    /** The datum it points at: a statement's node or an argument's slot. */
    target: Datum;
}

class Layout {
    private readonly tree: MapTree;
    private readonly boxes = new Map<string, BoxContent>();
    private readonly sourceNumbers = new Map<string, number>();
    private readonly hidden = new Map<string, number>();
    private readonly statementData = new Map<string, Datum>();
    private readonly groups = new Map<string, Group>();
    private readonly pending: PendingEdge[] = [];
    private readonly extraCrossLinks: Array<{ from: string; to: string; kind: SceneEdgeKind }> = [];
    private readonly chosen: Set<string>;
    private kept: Set<string> | undefined;
    private placed = 0;
    private folded = 0;
    private continued = 0;

    constructor(private readonly graph: ArgumentGraph, private readonly options: LayoutOptions) {
        this.tree = buildMapTree(graph);
        this.chosen = new Set(options.framings ?? []);
        this.numberSources();
    }

    run(): MapScene {
        if (this.chosen.size > 0 && this.options.framingMode === 'hide') this.kept = this.keptForHide();
        const root = this.buildData();
        this.place(root);
        return this.scene();
    }

    /** Footnote numbers: sources in order of first citation, in document order. */
    private numberSources(): void {
        const elements: Array<GraphStatement | GraphArgument> = [...this.graph.statements, ...this.graph.arguments];
        elements.sort((a, b) => (this.tree.order.get(a.id) ?? 0) - (this.tree.order.get(b.id) ?? 0));
        for (const e of elements) for (const c of e.citations) if (!this.sourceNumbers.has(c.source)) this.sourceNumbers.set(c.source, this.sourceNumbers.size + 1);
    }

    // ---- Which elements are drawn -------------------------------------------------------------

    /** Tagged with a chosen framing: itself, or (a premise) its argument, or (an argument) one of its premises. */
    private selected(id: string): boolean {
        const { index, premiseHome } = this.tree;
        const own = (x: string) => (index.statements.get(x) ?? index.arguments.get(x))?.framings.some(f => this.chosen.has(f)) ?? false;
        if (own(id)) return true;
        const home = premiseHome.get(id);
        if (home !== undefined && own(home)) return true;
        const argument = index.arguments.get(id);
        return argument !== undefined && argument.premises.some(p => premiseHome.get(p) === id && own(p));
    }

    /** For `hide`: the chosen moves and everything above them in the tree. */
    private keptForHide(): Set<string> {
        const kept = new Set<string>();
        const { index, premiseHome, links } = this.tree;
        const up = (id: string) => premiseHome.get(id) ?? links.get(id)?.target;
        for (const id of [...index.statements.keys(), ...index.arguments.keys()]) {
            if (!this.selected(id)) continue;
            let at: string | undefined = id;
            while (at !== undefined && !kept.has(at)) {
                kept.add(at);
                at = up(at);
            }
        }
        // An argument box is drawn whole.
        for (const [premise, argument] of premiseHome) if (kept.has(argument)) kept.add(premise);
        return kept;
    }

    // ---- The flextree data, breadth first ------------------------------------------------------

    private box(s: GraphStatement): BoxContent {
        let box = this.boxes.get(s.id);
        if (!box) this.boxes.set(s.id, box = statementBox(s, { sourceNumbers: this.sourceNumbers }));
        return box;
    }

    private buildData(): Datum {
        const root: Datum = { kind: 'root', id: '', size: [0, 0], children: [], parent: null, root: -1, x: 0, y: 0 };
        const budget = this.options.maxNodes ?? Infinity;
        let exhausted = false;
        interface Job { item: TreeItem; parent: Datum; depth: number; rootIndex: number; target?: Datum }
        const queue: Job[] = [];
        let rootCount = 0;
        for (const item of this.tree.roots) queue.push({ item, parent: root, depth: 1, rootIndex: rootCount++ });
        for (let head = 0; head < queue.length; head++) {
            const job = queue[head];
            const { item } = job;
            const id = item.type === 'statement' ? item.statement.id : item.argument.id;
            if (this.kept && !this.kept.has(id)) continue;
            const link = this.tree.links.get(id);
            const cost = item.type === 'statement' ? 1 : 1 + item.premises.length;
            if (exhausted || this.placed + cost > budget) {
                exhausted = true;
                const count = this.subtreeSize(item);
                this.folded += count;
                const owner = job.parent.kind === 'slot' ? job.parent.group!.argument.id : job.parent.id;
                if (job.parent.kind !== 'root') this.hidden.set(owner, (this.hidden.get(owner) ?? 0) + count);
                continue;
            }
            let parent = job.parent;
            let depth = job.depth;
            let rootIndex = job.rootIndex;
            if (depth > maxDepth) {
                // Continue the branch as a new root; its edge becomes a cross-link.
                if (link) this.extraCrossLinks.push({ from: id, to: link.target, kind: link.kind });
                parent = root;
                depth = 1;
                rootIndex = rootCount++;
                this.continued++;
            }
            this.placed += cost;
            const children: Datum[] = [];
            if (item.type === 'statement') {
                const datum = this.statementDatum(item.statement, parent, rootIndex, item.children.length);
                children.push(datum);
                for (const child of item.children) queue.push({ item: child, parent: datum, depth: depth + 1, rootIndex });
            } else {
                const group = this.groupData(item, parent, rootIndex);
                children.push(...group.members);
                if (group.slot) children.push(group.slot);
                item.premises.forEach((premise, i) => {
                    for (const child of premise.children) queue.push({ item: child, parent: group.members[i], depth: depth + 1, rootIndex });
                });
                if (group.slot) for (const child of item.undercutters) queue.push({ item: child, parent: group.slot, depth: depth + 1, rootIndex });
            }
            parent.children.push(...children);
            if (link && parent !== root) this.pending.push({ from: id, to: link.target, kind: link.kind, target: parent });
        }
        return root;
    }

    private subtreeSize(item: TreeItem): number {
        let count = 0;
        const stack: TreeItem[] = [item];
        while (stack.length > 0) {
            const at = stack.pop()!;
            if (at.type === 'statement') {
                count++;
                stack.push(...at.children);
            } else {
                count += 1 + at.premises.length;
                for (const p of at.premises) stack.push(...p.children);
                stack.push(...at.undercutters);
            }
        }
        return count;
    }

    private statementDatum(s: GraphStatement, parent: Datum, root: number, children: number): Datum {
        const box = this.box(s);
        const datum: Datum = { kind: 'statement', id: s.id, size: [box.width, box.height + verticalGap(children)], children: [], parent, root, x: 0, y: 0 };
        this.statementData.set(s.id, datum);
        return datum;
    }

    private groupData(item: ArgumentItem, parent: Datum, root: number): Group {
        const a = item.argument;
        const attacking = a.conclusion === null && this.tree.links.get(a.id) !== undefined;
        const premises = item.premises.map(p => p.statement);
        const undercutters = this.kept ? item.undercutters.filter(u => this.kept!.has(u.type === 'statement' ? u.statement.id : u.argument.id)) : item.undercutters;
        const needsSlot = premises.length === 0 || undercutters.length > 0;
        const memberWidths = premises.map(p => this.box(p).width + 2 * sizes.groupPad);
        // The slot takes the arrows of what undercuts the argument: room for each.
        const slotWidth = premises.length === 0 ? gaps.emptySlot : Math.max(gaps.slot, 20 + 36 * undercutters.length);
        const innerWidth = memberWidths.reduce((sum, w) => sum + w, 0) + (needsSlot ? slotWidth : 0);
        const compact = item.implicit || (a.name === null && a.scheme === null && a.framings.length === 0 && a.citations.length === 0
            && undercutters.length === 0 && !attacking && premises.length > 0);
        const header = argumentHeader(a, attacking, compact, innerWidth, { sourceNumbers: this.sourceNumbers });
        const rowHeight = Math.max(premises.length === 0 ? 28 : 0, ...premises.map(p => this.box(p).height));
        const children = Math.max(undercutters.length, ...item.premises.map(p => p.children.length));
        const height = header.height + rowHeight + sizes.groupPad + verticalGap(children);
        const group: Group = { argument: a, attacking, header, rowHeight, members: [] };
        premises.forEach((p, i) => {
            const datum: Datum = { kind: 'premise', id: p.id, size: [memberWidths[i], height], children: [], parent, root, group, x: 0, y: 0 };
            this.statementData.set(p.id, datum);
            group.members.push(datum);
        });
        if (needsSlot) group.slot = { kind: 'slot', id: a.id, size: [slotWidth, height], children: [], parent, root, group, x: 0, y: 0 };
        this.groups.set(a.id, group);
        return group;
    }

    // ---- flextree ----------------------------------------------------------------------------

    private place(root: Datum): void {
        const layout = flextree<Datum>({
            children: d => d.children,
            nodeSize: node => node.data.size,
            spacing: (a, b) => {
                const x = a.data, y = b.data;
                if (x.group !== undefined && x.group === y.group) return 0;
                if (x.root !== y.root) return gaps.root;
                return x.parent === y.parent ? gaps.sibling : gaps.cousin;
            },
        });
        const tree: FlextreeNode<Datum> = layout(layout.hierarchy(root));
        tree.each(node => {
            node.data.x = node.x;
            node.data.y = node.y;
        });
    }

    // ---- The scene ---------------------------------------------------------------------------

    private scene(): MapScene {
        const nodes: SceneNode[] = [];
        const rects = new Map<string, Rect>();
        /** Where edges end on each node: a statement's bottom centre, an argument slot's bottom. */
        const bottoms = new Map<Datum, Point & { width: number }>();
        const dim = this.chosen.size > 0 && this.options.framingMode !== 'hide';

        // Shift the tree so the map starts at the margin, below the title: every box's left and top
        // edge is some node's (an argument box starts at its first node).
        const chrome = layoutChrome(this.graph, this.sourceNumbers, this.options, this.note());
        const data = [...this.statementData.values()];
        for (const group of this.groups.values()) if (group.slot) data.push(group.slot);
        let minX = Infinity, minY = Infinity;
        for (const d of data) {
            minX = Math.min(minX, d.x - d.size[0] / 2);
            minY = Math.min(minY, d.y);
        }
        if (data.length > 0) {
            const dx = gaps.margin - minX;
            const dy = gaps.margin + chrome.titleHeight - minY;
            for (const d of data) {
                d.x += dx;
                d.y += dy;
            }
        }

        for (const [id, group] of this.groups) {
            const first = group.members[0] ?? group.slot!;
            const last = group.slot ?? group.members[group.members.length - 1];
            const left = first.x - first.size[0] / 2;
            const right = last.x + last.size[0] / 2;
            const top = first.y;
            const width = right - left;
            const height = group.header.height + group.rowHeight + sizes.groupPad;
            rects.set(id, { x: left, y: top, width, height });
            const a = group.argument;
            const hidden = this.hidden.get(id);
            const header = group.header;
            const node: SceneNode = {
                id, kind: 'argument', status: a.status, x: left, y: top, width, height,
                lines: header.lines.map(l => offsetText(l, left, top)),
                badges: header.badges.map(b => offsetBadge(b, left, top)),
                framings: a.framings, range: a.range, contains: group.members.map(m => m.id), name: a.name,
            };
            if (group.attacking) node.attacking = true;
            if (dim && !this.selected(id)) node.dimmed = true;
            if (hidden) {
                node.hidden = hidden;
                node.badges.push(foldedBadge(hidden, group.slot ? group.slot.x : left + width / 2, top + height));
            }
            nodes.push(node);
            if (group.slot) bottoms.set(group.slot, { x: group.slot.x, y: top + height, width: group.slot.size[0] });
        }
        for (const [id, datum] of this.statementData) {
            const s = this.tree.index.statements.get(id)!;
            const hidden = this.hidden.get(id);
            const box = this.box(s);
            const left = datum.x - box.width / 2;
            const top = datum.kind === 'premise' ? datum.y + datum.group!.header.height : datum.y;
            const height = datum.kind === 'premise' ? datum.group!.rowHeight : box.height;
            rects.set(id, { x: left, y: top, width: box.width, height });
            const node: SceneNode = {
                id, kind: s.kind, status: s.status, x: left, y: top, width: box.width, height,
                lines: box.lines.map(l => offsetText(l, left, top)),
                badges: box.badges.map(b => offsetBadge(b, left, top)),
                framings: s.framings, range: s.range, name: s.name, text: cleanText(s.text),
            };
            if (dim && !this.selected(id)) node.dimmed = true;
            if (hidden) {
                node.hidden = hidden;
                node.badges.push(foldedBadge(hidden, datum.x, top + height));
            }
            nodes.push(node);
            bottoms.set(datum, { x: datum.x, y: top + height, width: box.width });
        }

        let maxX: number = gaps.margin, maxY = gaps.margin + chrome.titleHeight;
        for (const r of rects.values()) {
            maxX = Math.max(maxX, r.x + r.width);
            maxY = Math.max(maxY, r.y + r.height);
        }

        const edges = [...this.treeEdges(rects, bottoms), ...this.crossLinks(rects)];
        if (dim) {
            const dimmed = new Set(nodes.filter(n => n.dimmed).map(n => n.id));
            for (const e of edges) if (dimmed.has(e.from) || dimmed.has(e.to)) e.dimmed = true;
        }
        const mapWidth = maxX - gaps.margin;
        const mapHeight = maxY - gaps.margin - chrome.titleHeight;
        const placedChrome = chrome.place(gaps.margin, gaps.margin, gaps.margin + chrome.titleHeight + mapHeight + (rects.size > 0 ? 36 : 0), mapWidth);
        const scene: MapScene = {
            width: Math.ceil(Math.max(mapWidth, placedChrome.width) + 2 * gaps.margin),
            height: Math.ceil(placedChrome.bottom + gaps.margin),
            nodes, edges,
        };
        const note = this.note();
        if (note) scene.note = note;
        if (placedChrome.title.length > 0) scene.title = placedChrome.title;
        if (placedChrome.legend) scene.legend = placedChrome.legend;
        if (placedChrome.footnotes.length > 0) scene.footnotes = placedChrome.footnotes;
        return scene;
    }

    private note(): string | undefined {
        const parts: string[] = [];
        if (this.graph.statements.length === 0 && this.graph.arguments.length === 0) parts.push('This map has no statements or arguments yet.');
        if (this.folded > 0) {
            parts.push(`This map has ${this.placed + this.folded} boxes; the ${this.folded} deepest are folded away (badges "+N folded" show where). An SVG of the map shows them all.`);
        }
        if (this.continued > 0) parts.push(`${this.continued} branch${this.continued === 1 ? '' : 'es'} deeper than ${maxDepth} levels continue beside the map, joined by a cross-link.`);
        return parts.length > 0 ? parts.join(' ') : undefined;
    }

    private treeEdges(rects: Map<string, Rect>, bottoms: Map<Datum, Point & { width: number }>): SceneEdge[] {
        // Spread the arrows arriving at one node along its bottom edge, in the children's order.
        const byTarget = new Map<Datum, PendingEdge[]>();
        for (const e of this.pending) {
            const list = byTarget.get(e.target);
            if (list) list.push(e); else byTarget.set(e.target, [e]);
        }
        const edges: SceneEdge[] = [];
        for (const [target, list] of byTarget) {
            const bottom = bottoms.get(target);
            if (!bottom) continue;
            const starts = list.map(e => {
                const r = rects.get(e.from)!;
                return { x: r.x + r.width / 2, y: r.y };
            });
            const order = list.map((_, i) => i).sort((i, j) => starts[i].x - starts[j].x);
            const k = list.length;
            const spread = k > 1 ? Math.max(0, Math.min(36 * (k - 1), bottom.width - 40)) : 0;
            order.forEach((i, rank) => {
                const e = list[i];
                const end = { x: bottom.x + (k > 1 ? -spread / 2 + rank * spread / (k - 1) : 0), y: bottom.y };
                edges.push({ from: e.from, to: e.to, kind: e.kind, path: treeEdgePath(starts[i], end), crossLink: false });
            });
        }
        return edges;
    }

    private crossLinks(rects: Map<string, Rect>): SceneEdge[] {
        const links = [...this.tree.crossLinks, ...this.extraCrossLinks].filter(l => rects.has(l.from) && rects.has(l.to));
        if (links.length === 0) return [];
        const grid = new BoxGrid();
        const ids = new Map<string, number>();
        for (const [id, r] of rects) ids.set(id, grid.add(r));
        const { premiseHome } = this.tree;
        const skipFor = (id: string) => {
            const skip = [ids.get(id)!];
            const home = premiseHome.get(id);
            if (home !== undefined && ids.has(home)) skip.push(ids.get(home)!);
            return skip;
        };
        const outer = (id: string) => rects.get(premiseHome.get(id) ?? id) ?? rects.get(id)!;
        return links.map(l => ({
            from: l.from, to: l.to, kind: l.kind, crossLink: true,
            path: crossLinkPath(rects.get(l.from)!, rects.get(l.to)!, grid, new Set([...skipFor(l.from), ...skipFor(l.to)]), outer(l.from), outer(l.to)),
        }));
    }
}

/** `+N folded`, centred under the box, where the folded children would hang. */
function foldedBadge(count: number, centreX: number, bottom: number): SceneBadge {
    const label = `+${count} folded`;
    const width = measureText(label, sizes.badgeSize) + 2 * sizes.badgePad;
    return { kind: 'folded', label, x: centreX - width / 2, y: bottom + 12, width, height: sizes.badgeHeight };
}

function offsetText(t: SceneText, dx: number, dy: number): SceneText {
    return { ...t, x: t.x + dx, y: t.y + dy };
}

function offsetBadge(b: SceneBadge, dx: number, dy: number): SceneBadge {
    return { ...b, x: b.x + dx, y: b.y + dy };
}
