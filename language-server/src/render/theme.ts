/**
 * What every writer of a MapScene shares: class names, the colour palettes (light and dark, fixed
 * for export; CSS variables for the webview), the stylesheet, box shapes, arrowheads and status
 * markers. Colours follow the Okabe-Ito palette (safe for the common colour-vision deficiencies),
 * and nothing is told by colour alone: kinds differ by shape and carry a heading, edges by line
 * style and arrowhead, statuses by an icon (rejected boxes are also hatched).
 */
import type { Status } from '../model/argument-graph.js';
import { fontFamily } from './font-metrics.js';
import type { SceneEdgeKind, SceneNode, SceneNodeKind } from './map-scene.js';

export { fontFamily };

/** Class names used in the SVG; the webview's stylesheet may target the same ones. */
export const classNames = {
    root: 'argmap',
    background: 'argmap-background',
    /** A node's group, plus `kind(kind)`, `status(status)`, and `attacking` on attacking arguments. */
    node: 'argmap-node',
    kind: (kind: SceneNodeKind) => `argmap-kind-${kind}`,
    status: (status: Status) => `argmap-status-${status}`,
    attacking: 'argmap-attacking',
    box: 'argmap-box',
    accent: 'argmap-accent',
    hatch: 'argmap-hatch',
    marker: 'argmap-status-marker',
    text: (role: 'heading' | 'body' | 'title' | 'caption') => `argmap-text-${role}`,
    badge: (kind: 'framing' | 'citations' | 'folded') => `argmap-badge argmap-badge-${kind}`,
    /** An edge's path, plus `edgeKind(kind)` and `crossLink`. */
    edge: 'argmap-edge',
    edgeKind: (kind: SceneEdgeKind) => `argmap-edge-${kind}`,
    crossLink: 'argmap-cross-link',
    dimmed: 'argmap-dimmed',
    legend: 'argmap-legend',
} as const;

export interface Palette {
    background: string;
    text: string;
    muted: string;
    nodeFill: string;
    thesisFill: string;
    argumentFill: string;
    attackingFill: string;
    argumentStroke: string;
    thesis: string;
    claim: string;
    evidence: string;
    objection: string;
    rebuttal: string;
    supports: string;
    attacks: string;
    contradicts: string;
    accepted: string;
    rejected: string;
    undecided: string;
    markerText: string;
    badgeFill: string;
    badgeText: string;
    badgeStroke: string;
}

export type ThemeName = 'light' | 'dark';
export const themeNames: readonly ThemeName[] = ['light', 'dark'];

export const palettes: Record<ThemeName, Palette> = {
    light: {
        background: '#ffffff',
        text: '#1f2328',
        muted: '#59636e',
        nodeFill: '#ffffff',
        thesisFill: '#fff6d9',
        argumentFill: '#edf2f7',
        attackingFill: '#fbeee6',
        argumentStroke: '#8c959f',
        thesis: '#1f2328',
        claim: '#0072b2',
        evidence: '#0072b2',
        objection: '#d55e00',
        rebuttal: '#009e73',
        supports: '#0072b2',
        attacks: '#d55e00',
        contradicts: '#a4457f',
        accepted: '#007a5a',
        rejected: '#c24e00',
        undecided: '#a77200',
        markerText: '#ffffff',
        badgeFill: '#f0f2f4',
        badgeText: '#33393f',
        badgeStroke: '#b8c0c8',
    },
    dark: {
        background: '#1e1f22',
        text: '#e6e8eb',
        muted: '#a2aab3',
        nodeFill: '#2a2c30',
        thesisFill: '#3b3422',
        argumentFill: '#252a31',
        attackingFill: '#362820',
        argumentStroke: '#6e7781',
        thesis: '#f0f2f4',
        claim: '#56b4e9',
        evidence: '#56b4e9',
        objection: '#ff8a4c',
        rebuttal: '#2fc79a',
        supports: '#56b4e9',
        attacks: '#ff8a4c',
        contradicts: '#e58fc4',
        accepted: '#2fc79a',
        rejected: '#ff8a4c',
        undecided: '#f0c05a',
        markerText: '#1e1f22',
        badgeFill: '#34373c',
        badgeText: '#dde1e5',
        badgeStroke: '#5a6067',
    },
};

/** `--argmap-<key>: <colour>;` for each colour of a palette, for a page that themes the scene with CSS variables. */
export function cssVariables(palette: Palette): string {
    return Object.entries(palette).map(([key, value]) => `--argmap-${kebab(key)}: ${value};`).join(' ');
}

function kebab(key: string): string {
    return key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`);
}

/**
 * The stylesheet of a drawn scene. With a palette, colours are written out (resvg, which makes the
 * PNG, knows no CSS variables); with `'variables'` each colour is `var(--argmap-<key>, <light>)`,
 * for the webview to set from the editor's theme.
 */
export function styleSheet(theme: Palette | 'variables'): string {
    const c = (key: keyof Palette) => theme === 'variables' ? `var(--argmap-${kebab(key)}, ${palettes.light[key]})` : theme[key];
    const r = classNames;
    const kinds = ['thesis', 'claim', 'evidence', 'objection', 'rebuttal'] as const;
    const edges: SceneEdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];
    const edgeColour = (kind: SceneEdgeKind): keyof Palette => kind === 'undercuts' ? 'attacks' : kind;
    return [
        // Kerning and ligatures off: a line is then exactly as wide as the layout measured it.
        `.${r.root} { font-family: '${fontFamily}', sans-serif; font-kerning: none; font-variant-ligatures: none; }`,
        `.${r.background} { fill: ${c('background')}; }`,
        `.${r.root} text { fill: ${c('text')}; }`,
        `.${r.root} .${r.text('heading')}, .${r.root} .${r.text('caption')} { fill: ${c('muted')}; }`,
        `.${r.box} { fill: ${c('nodeFill')}; stroke-width: 1.5; }`,
        `.${r.kind('argument')} > .${r.box} { fill: ${c('argumentFill')}; stroke: ${c('argumentStroke')}; stroke-width: 1.25; }`,
        `.${r.kind('argument')}.${r.attacking} > .${r.box} { fill: ${c('attackingFill')}; stroke: ${c('attacks')}; stroke-dasharray: 7 4; }`,
        `.${r.kind('thesis')} > .${r.box} { fill: ${c('thesisFill')}; stroke-width: 3; }`,
        ...kinds.map(k => `.${r.kind(k)} > .${r.box} { stroke: ${c(k)}; }`),
        ...kinds.map(k => `.${r.kind(k)} > .${r.accent} { fill: ${c(k)}; }`),
        `.${r.hatch} { fill: none; stroke: ${c('rejected')}; stroke-width: 1.2; stroke-opacity: 0.4; }`,
        ...(['accepted', 'rejected', 'undecided'] as const).map(s => `.${r.status(s)} > .${r.marker} > circle, .${r.marker}.${r.status(s)} > circle { fill: ${c(s)}; }`),
        `.${r.root} .${r.marker} > text { fill: ${c('markerText')}; }`,
        `.argmap-badge > rect { fill: ${c('badgeFill')}; stroke: ${c('badgeStroke')}; stroke-width: 1; }`,
        `.${r.root} .argmap-badge > text { fill: ${c('badgeText')}; }`,
        `.argmap-badge-framing > rect { fill: none; }`,
        `.argmap-badge-folded > rect { stroke-dasharray: 3 2; }`,
        `.${r.edge} { fill: none; stroke-width: 1.75; }`,
        ...edges.map(k => `.${r.edgeKind(k)} { stroke: ${c(edgeColour(k))}; }`),
        `.${r.edgeKind('contradicts')} { stroke-dasharray: 7 5; }`,
        `.${r.crossLink} { stroke-width: 1.5; }`,
        `.argmap-halo { fill: none; stroke: ${c('background')}; stroke-width: 5; stroke-opacity: 0.85; }`,
        ...edges.map(k => `.argmap-arrow-${k} { fill: ${c(edgeColour(k))}; }`),
        `.${r.dimmed} { opacity: 0.25; }`,
        `.${r.legend} > rect { fill: none; stroke: ${c('badgeStroke')}; }`,
    ].join('\n');
}

/**
 * The outline of each kind of box, plus an accent shape for some: shape tells the kind apart, not
 * colour alone. `radius` is set when the outline is a plain rounded rectangle (a writer may draw a
 * `<rect rx>` instead of the path).
 */
export function nodeShape(node: Pick<SceneNode, 'kind' | 'x' | 'y' | 'width' | 'height'>): { box: string; accent?: string; radius?: number } {
    const { x, y, width: w, height: h } = node;
    const radius = cornerRadius[node.kind];
    if (node.kind === 'objection') {
        // Objection: cut corners.
        const c = 9;
        return { box: `M${f(x + c)} ${f(y)}H${f(x + w - c)}L${f(x + w)} ${f(y + c)}V${f(y + h - c)}L${f(x + w - c)} ${f(y + h)}H${f(x + c)}L${f(x)} ${f(y + h - c)}V${f(y + c)}Z` };
    }
    const shape: { box: string; accent?: string; radius?: number } = { box: rounded(x, y, w, h, radius), radius: Math.min(radius, w / 2, h / 2) };
    // Evidence: square corners and a thick bar down the left side, like a quotation.
    if (node.kind === 'evidence') shape.accent = `M${f(x)} ${f(y)}h5v${f(h)}h-5Z`;
    return shape;
}

/** Thesis nearly square, claims slightly rounded, evidence square, rebuttals strongly rounded. */
const cornerRadius: Record<SceneNodeKind, number> = { thesis: 2, claim: 7, evidence: 0, objection: 0, rebuttal: 14, argument: 10 };

function rounded(x: number, y: number, w: number, h: number, r: number): string {
    if (r === 0) return `M${f(x)} ${f(y)}H${f(x + w)}V${f(y + h)}H${f(x)}Z`;
    r = Math.min(r, w / 2, h / 2);
    return `M${f(x + r)} ${f(y)}H${f(x + w - r)}A${f(r)} ${f(r)} 0 0 1 ${f(x + w)} ${f(y + r)}V${f(y + h - r)}A${f(r)} ${f(r)} 0 0 1 ${f(x + w - r)} ${f(y + h)}`
        + `H${f(x + r)}A${f(r)} ${f(r)} 0 0 1 ${f(x)} ${f(y + h - r)}V${f(y + r)}A${f(r)} ${f(r)} 0 0 1 ${f(x + r)} ${f(y)}Z`;
}

/** A coordinate rounded to 0.1 px: a short, deterministic SVG. */
export function f(value: number): string {
    return String(Math.round(value * 10) / 10);
}

/** The status marker: a coloured disc with an icon (✓ accepted, ✗ rejected, ? undecided) in a box's top-right corner. */
export const statusIcons: Record<Status, string> = { accepted: '\u2713', rejected: '\u2717', undecided: '?' };
export const markerRadius = 8;
export const markerFontSize = 12;

export function statusMarker(node: Pick<SceneNode, 'x' | 'y' | 'width'>): { x: number; y: number; r: number } {
    return { x: node.x + node.width - 16, y: node.y + 16, r: markerRadius };
}

/**
 * Arrowheads, one per edge kind (a triangle for support and contradiction, a barred triangle for
 * attacks and undercuts) at the end of the path, plus one pointing backwards for the start of a
 * contradiction. All `orient="auto"`: resvg does not know `auto-start-reverse`.
 */
export interface ArrowMarker {
    id: string;
    kind: SceneEdgeKind;
    /** Drawn at the path's start (`marker-start`), pointing back along it. */
    start?: boolean;
    path: string;
    width: number;
    height: number;
    refX: number;
    refY: number;
}

const triangle = 'M0 0L12 5L0 10Z';
const barred = 'M0 0H2.5V10H0ZM4.5 0L15 5L4.5 10Z';
export const arrowMarkers: ArrowMarker[] = [
    { id: 'argmap-arrow-supports', kind: 'supports', path: triangle, width: 12, height: 10, refX: 11, refY: 5 },
    { id: 'argmap-arrow-attacks', kind: 'attacks', path: barred, width: 15, height: 10, refX: 14, refY: 5 },
    { id: 'argmap-arrow-undercuts', kind: 'undercuts', path: barred, width: 15, height: 10, refX: 14, refY: 5 },
    { id: 'argmap-arrow-contradicts', kind: 'contradicts', path: triangle, width: 12, height: 10, refX: 11, refY: 5 },
    { id: 'argmap-arrow-contradicts-start', kind: 'contradicts', start: true, path: 'M12 0L0 5L12 10Z', width: 12, height: 10, refX: 1, refY: 5 },
];

/** Diagonal hatching for rejected boxes (a pattern tile). */
export const hatchPattern = { id: 'argmap-hatch', size: 8, path: 'M-2 2L2 -2M0 8L8 0M6 10L10 6' };

/** The heading of each kind of box. */
export const kindLabels: Record<SceneNodeKind, string> = {
    thesis: 'THESIS', claim: 'CLAIM', evidence: 'EVIDENCE', objection: 'OBJECTION', rebuttal: 'REBUTTAL', argument: 'ARGUMENT',
};
export const attackingArgumentLabel = 'ARGUMENT AGAINST';
