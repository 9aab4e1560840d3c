/**
 * Draws a MapScene as SVG DOM elements: the same elements, classes and shapes as render/svg.ts's
 * string writer (theme.ts holds what both share), built with createElementNS. User text (statement
 * texts, names, framing labels, sources) only ever goes into `textContent` or an attribute value set
 * through the DOM, never into markup, so it shows as written and nothing in it runs.
 */
import type { MapScene, SceneBadge, SceneEdge, SceneNode, SceneText } from '../../language-server/src/render/map-scene.js';
import {
    arrowMarkers, classNames as cls, f, hatchPattern, markerFontSize, nodeShape, statusIcons, statusMarker,
} from '../../language-server/src/render/theme.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number>;

export function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Attributes = {}, parent?: Element): SVGElementTagNameMap[K] {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    parent?.appendChild(element);
    return element;
}

function withText<E extends Element>(element: E, text: string): E {
    element.textContent = text;
    return element;
}

export interface DrawnScene {
    /** The group holding everything, in scene coordinates (the view transforms it). */
    root: SVGGElement;
    /** The map's elements by id (not the legend's samples). */
    nodes: Map<string, SVGGElement>;
}

/** The arrowheads and the hatching of rejected boxes, once per page. */
export function drawDefinitions(defs: SVGDefsElement): void {
    for (const m of arrowMarkers) {
        const marker = svg('marker', {
            id: m.id, viewBox: `0 0 ${m.width} ${m.height}`, refX: m.refX, refY: m.refY, markerWidth: m.width, markerHeight: m.height,
            markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse',
        }, defs);
        svg('path', { class: `argmap-arrow-${m.kind}`, d: m.path }, marker);
    }
    const pattern = svg('pattern', { id: hatchPattern.id, width: hatchPattern.size, height: hatchPattern.size, patternUnits: 'userSpaceOnUse' }, defs);
    svg('path', { class: cls.hatch, d: hatchPattern.path }, pattern);
}

function drawText(t: SceneText, parent: Element): void {
    withText(svg('text', { class: cls.text(t.role ?? 'body'), x: f(t.x), y: f(t.y), 'font-size': t.size }, parent), t.text);
}

function drawMarker(x: number, y: number, status: SceneNode['status'], parent: Element): void {
    svg('circle', { cx: f(x), cy: f(y), r: statusMarker({ x: 0, y: 0, width: 0 }).r }, parent);
    withText(svg('text', { x: f(x), y: f(y + markerFontSize * 0.36), 'font-size': markerFontSize, 'text-anchor': 'middle' }, parent), statusIcons[status]);
}

function drawBadge(b: SceneBadge, parent: Element): void {
    const group = svg('g', { class: cls.badge(b.kind) }, parent);
    svg('rect', { x: f(b.x), y: f(b.y), width: f(b.width), height: f(b.height), rx: f(b.kind === 'citations' ? 3 : b.height / 2) }, group);
    withText(svg('text', { x: f(b.x + 6), y: f(b.y + b.height / 2 + 4.2), 'font-size': 12 }, group), b.label);
}

const KIND_NAMES: Record<SceneNode['kind'], string> = {
    thesis: 'Thesis', claim: 'Claim', evidence: 'Evidence', objection: 'Objection', rebuttal: 'Rebuttal', argument: 'Argument',
};

/** What a screen reader says for a box. */
function accessibleName(node: SceneNode): string {
    const kind = node.kind === 'argument' && node.attacking ? 'Argument against' : KIND_NAMES[node.kind];
    const name = node.name ? ` ${node.name}` : '';
    const text = node.text ?? node.lines.filter(l => (l.role ?? 'body') === 'body').map(l => l.text).join(' ');
    return `${kind}${name}, ${node.status}${text ? `: ${text}` : ''}`;
}

function drawNode(node: SceneNode, parent: Element, interactive: boolean): SVGGElement {
    const classes: string[] = [cls.node, cls.kind(node.kind), cls.status(node.status)];
    if (node.attacking) classes.push(cls.attacking);
    if (node.dimmed) classes.push(cls.dimmed);
    const group = svg('g', { class: classes.join(' ') }, parent);
    if (interactive) {
        group.dataset.id = node.id;
        group.setAttribute('tabindex', '0');
        group.setAttribute('role', 'button');
        group.setAttribute('aria-label', accessibleName(node));
    }
    const tooltip = node.text ?? node.lines.map(l => l.text).join(' ');
    if (tooltip) withText(svg('title', {}, group), tooltip);
    const shape = nodeShape(node);
    svg('path', { class: cls.box, d: shape.box }, group);
    if (interactive && node.status === 'rejected') svg('path', { class: 'argmap-hatch-fill', fill: `url(#${hatchPattern.id})`, d: shape.box }, group);
    if (shape.accent) svg('path', { class: cls.accent, d: shape.accent }, group);
    if (interactive && (node.kind !== 'argument' || node.lines.length > 0)) {
        const m = statusMarker(node);
        drawMarker(m.x, m.y, node.status, svg('g', { class: cls.marker }, group));
    }
    for (const line of node.lines) drawText(line, group);
    for (const badge of node.badges) drawBadge(badge, group);
    return group;
}

function drawEdge(edge: SceneEdge, parent: Element): void {
    const classes: string[] = [cls.edge, cls.edgeKind(edge.kind)];
    if (edge.crossLink) classes.push(cls.crossLink);
    if (edge.dimmed) classes.push(cls.dimmed);
    const marker = `url(#argmap-arrow-${edge.kind})`;
    const path = svg('path', { class: classes.join(' '), d: edge.path, 'marker-end': marker }, parent);
    if (edge.kind === 'contradicts') path.setAttribute('marker-start', marker);
    path.dataset.from = edge.from;
    path.dataset.to = edge.to;
}

/**
 * The scene in render/svg.ts's order: title, argument boxes (their premises sit inside them), tree
 * edges, statements, cross-links over the tree, then the legend and the footnotes.
 */
export function drawScene(scene: MapScene): DrawnScene {
    const root = svg('g', { class: 'scene' });
    const nodes = new Map<string, SVGGElement>();
    if (scene.title) {
        const title = svg('g', { class: 'argmap-title' }, root);
        for (const t of scene.title) drawText(t, title);
    }
    const argumentsLayer = svg('g', { class: 'argmap-arguments' }, root);
    const edgesLayer = svg('g', { class: 'argmap-edges' }, root);
    const statementsLayer = svg('g', { class: 'argmap-statements' }, root);
    const crossLinksLayer = svg('g', { class: 'argmap-cross-links' }, root);
    for (const node of scene.nodes) nodes.set(node.id, drawNode(node, node.kind === 'argument' ? argumentsLayer : statementsLayer, true));
    for (const edge of scene.edges) drawEdge(edge, edge.crossLink ? crossLinksLayer : edgesLayer);
    if (scene.legend) {
        const l = scene.legend;
        const legend = svg('g', { class: cls.legend }, root);
        svg('rect', { x: f(l.x), y: f(l.y), width: f(l.width), height: f(l.height), rx: 6 }, legend);
        for (const n of l.nodes) drawNode(n, legend, false);
        for (const e of l.edges) drawEdge(e, legend);
        for (const m of l.markers) drawMarker(m.x, m.y, m.status, svg('g', { class: `${cls.marker} ${cls.status(m.status)}` }, legend));
        for (const b of l.badges) drawBadge(b, legend);
        for (const t of l.texts) drawText(t, legend);
    }
    if (scene.footnotes) {
        const footnotes = svg('g', { class: 'argmap-footnotes' }, root);
        for (const t of scene.footnotes) drawText(t, footnotes);
    }
    return { root, nodes };
}
