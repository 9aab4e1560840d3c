/**
 * `sceneToSvg(scene, { theme })`: a MapScene as a standalone SVG document (a string; no DOM). Every
 * piece of user text goes through `escapeXml`, in text content and attributes alike, so a statement
 * holding markup, `</svg>`, `]]>` or bidi controls shows as the characters it holds. The stylesheet
 * comes from theme.ts: fixed colours for `light` and `dark` (export, PNG), CSS variables for
 * `variables` (a page that sets `--argmap-*` itself).
 */
import type { ArgumentGraph } from '../model/argument-graph.js';
import { layoutMap, type LayoutOptions } from './layout.js';
import { cleanText } from './text-wrap.js';
import type { MapScene, SceneBadge, SceneEdge, SceneNode, SceneText } from './map-scene.js';
import {
    arrowMarkers, classNames as cls, f, hatchPattern, markerFontSize, markerRadius, nodeShape, palettes, statusIcons, statusMarker, styleSheet,
    type ThemeName,
} from './theme.js';

export interface SvgOptions {
    /** Fixed light or dark colours (default light), or CSS variables for a page to set. */
    theme?: ThemeName | 'variables';
    /** Paint the background (default true; false leaves it transparent). */
    background?: boolean;
}

/**
 * Escapes text for XML text content and attribute values; characters XML cannot hold at all
 * (most C0 controls, U+FFFE, U+FFFF, lone surrogates) become U+FFFD.
 */
export function escapeXml(text: string): string {
    text = cleanText(text);
    return specials.test(text) ? text.replace(/[&<>"']/g, c => entities[c]) : text;
}

const specials = /[&<>"']/;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function sceneToSvg(scene: MapScene, options: SvgOptions = {}): string {
    const theme = options.theme ?? 'light';
    // One flat list of pieces, joined once: no nested joins of long strings.
    const out: string[] = [];
    const title = scene.title?.map(t => t.text).join(' ') ?? 'Argument map';
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="${cls.root}" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" aria-label="${escapeXml(title)}">\n`);
    out.push(`<title>${escapeXml(title)}</title>\n`);
    out.push(`<style>\n${styleSheet(theme === 'variables' ? 'variables' : palettes[theme])}\n</style>\n`);
    out.push('<defs>');
    for (const m of arrowMarkers) {
        out.push(`<marker id="${m.id}" viewBox="0 0 ${m.width} ${m.height}" refX="${m.refX}" refY="${m.refY}" markerWidth="${m.width}" markerHeight="${m.height}" markerUnits="userSpaceOnUse" orient="auto"><path class="argmap-arrow-${m.kind}" d="${m.path}"/></marker>`);
    }
    // One status marker per status, placed with <use>.
    for (const status of ['accepted', 'rejected', 'undecided'] as const) {
        out.push(`<g id="argmap-marker-${status}" class="${cls.marker} ${cls.status(status)}">${markerContent(0, 0, status)}</g>`);
    }
    out.push(`<pattern id="${hatchPattern.id}" width="${hatchPattern.size}" height="${hatchPattern.size}" patternUnits="userSpaceOnUse"><path class="${cls.hatch}" d="${hatchPattern.path}"/></pattern>`);
    out.push('</defs>\n');
    if (options.background !== false) out.push(`<rect class="${cls.background}" x="0" y="0" width="${scene.width}" height="${scene.height}"/>\n`);

    if (scene.title) {
        out.push('<g class="argmap-title">');
        for (const t of scene.title) writeText(out, t);
        out.push('</g>\n');
    }
    out.push('<g class="argmap-arguments">');
    for (const node of scene.nodes) if (node.kind === 'argument') writeNode(out, node, true);
    out.push('</g>\n<g class="argmap-edges">');
    for (const edge of scene.edges) if (!edge.crossLink) writeEdge(out, edge);
    out.push('</g>\n<g class="argmap-statements">');
    for (const node of scene.nodes) if (node.kind !== 'argument') writeNode(out, node, true);
    // Cross-links over a halo of background colour, so they read as passing over the tree's lines.
    out.push('</g>\n<g class="argmap-cross-links">');
    for (const edge of scene.edges) {
        if (!edge.crossLink) continue;
        out.push(`<path class="argmap-halo${edge.dimmed ? ` ${cls.dimmed}` : ''}" d="${edge.path}"/>`);
        writeEdge(out, edge);
    }
    out.push('</g>\n');

    if (scene.legend) {
        const l = scene.legend;
        out.push(`<g class="${cls.legend}"><rect x="${f(l.x)}" y="${f(l.y)}" width="${f(l.width)}" height="${f(l.height)}" rx="6"/>`);
        for (const n of l.nodes) writeNode(out, n, false);
        for (const e of l.edges) writeEdge(out, e);
        for (const m of l.markers) out.push(`<use href="#argmap-marker-${m.status}" x="${f(m.x)}" y="${f(m.y)}"/>`);
        for (const b of l.badges) writeBadge(out, b);
        for (const t of l.texts) writeText(out, t);
        out.push('</g>\n');
    }
    if (scene.footnotes) {
        out.push('<g class="argmap-footnotes">');
        for (const t of scene.footnotes) writeText(out, t);
        out.push('</g>\n');
    }
    out.push('</svg>\n');
    return out.join('');
}

/** Lays out and draws a graph in one call. */
export function renderSvg(graph: ArgumentGraph, options: LayoutOptions & SvgOptions = {}): string {
    return sceneToSvg(layoutMap(graph, options), options);
}

function writeText(out: string[], t: SceneText): void {
    out.push(`<text class="${cls.text(t.role ?? 'body')}" x="${f(t.x)}" y="${f(t.y)}" font-size="${t.size}">`, escapeXml(t.text), '</text>');
}

function markerContent(x: number, y: number, status: SceneNode['status']): string {
    return `<circle cx="${f(x)}" cy="${f(y)}" r="${markerRadius}"/>`
        + `<text x="${f(x)}" y="${f(y + markerFontSize * 0.36)}" font-size="${markerFontSize}" text-anchor="middle">${statusIcons[status]}</text>`;
}

function writeBadge(out: string[], b: SceneBadge): void {
    const rx = b.kind === 'citations' ? 3 : b.height / 2;
    out.push(`<g class="${cls.badge(b.kind)}"><rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.width)}" height="${f(b.height)}" rx="${f(rx)}"/>`,
        `<text x="${f(b.x + 6)}" y="${f(b.y + b.height / 2 + 4.2)}" font-size="12">`, escapeXml(b.label), '</text></g>');
}

function writeNode(out: string[], node: SceneNode, marker: boolean): void {
    let classes = `${cls.node} ${cls.kind(node.kind)} ${cls.status(node.status)}`;
    if (node.attacking) classes += ` ${cls.attacking}`;
    if (node.dimmed) classes += ` ${cls.dimmed}`;
    out.push(`<g class="${classes}" data-id="`, escapeXml(node.id), '">');
    // The whole text in one piece, for tooltips and screen readers (the lines may cut it short).
    if (node.text) out.push('<title>', escapeXml(node.text), '</title>');
    const shape = nodeShape(node);
    const outline = (className: string, attributes = '') => shape.radius !== undefined
        ? `<rect class="${className}"${attributes} x="${f(node.x)}" y="${f(node.y)}" width="${f(node.width)}" height="${f(node.height)}"${shape.radius > 0 ? ` rx="${f(shape.radius)}"` : ''}/>`
        : `<path class="${className}"${attributes} d="${shape.box}"/>`;
    out.push(outline(cls.box));
    if (marker && node.status === 'rejected') {
        const hatch = ` fill="url(#${hatchPattern.id})"`;
        if (node.kind !== 'argument') out.push(outline('argmap-hatch-fill', hatch));
        else {
            // An argument is hatched only in its header, above its premises.
            const bottom = Math.max(...node.lines.map(l => l.y + 5), ...node.badges.filter(b => b.kind !== 'folded').map(b => b.y + b.height + 4));
            if (Number.isFinite(bottom)) {
                out.push(`<rect class="argmap-hatch-fill"${hatch} x="${f(node.x)}" y="${f(node.y)}" width="${f(node.width)}" height="${f(bottom - node.y)}" rx="${f(shape.radius ?? 0)}"/>`);
            }
        }
    }
    if (shape.accent) out.push(`<path class="${cls.accent}" d="${shape.accent}"/>`);
    if (marker && (node.kind !== 'argument' || node.lines.length > 0)) {
        const m = statusMarker(node);
        out.push(`<use href="#argmap-marker-${node.status}" x="${f(m.x)}" y="${f(m.y)}"/>`);
    }
    for (const line of node.lines) writeText(out, line);
    for (const badge of node.badges) writeBadge(out, badge);
    out.push('</g>\n');
}

function writeEdge(out: string[], edge: SceneEdge): void {
    let classes = `${cls.edge} ${cls.edgeKind(edge.kind)}`;
    if (edge.crossLink) classes += ` ${cls.crossLink}`;
    if (edge.dimmed) classes += ` ${cls.dimmed}`;
    const marker = `url(#argmap-arrow-${edge.kind})`;
    const start = edge.kind === 'contradicts' ? ' marker-start="url(#argmap-arrow-contradicts-start)"' : '';
    out.push(`<path class="${classes}" d="${edge.path}" marker-end="${marker}"${start} data-from="`, escapeXml(edge.from), '" data-to="', escapeXml(edge.to), '"/>\n');
}
