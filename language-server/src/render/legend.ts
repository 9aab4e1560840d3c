/**
 * What surrounds the map in a scene: the title (and author) above it; below it the legend (a
 * sample of each kind of box, arrow, status marker and badge) and the footnotes (cited sources by
 * number, the framings used, and the note about folding).
 */
import type { ArgumentGraph } from '../model/argument-graph.js';
import { baseline, sizes } from './boxes.js';
import { measureText } from './font-metrics.js';
import type { SceneBadge, SceneEdge, SceneLegend, SceneNode, SceneNodeKind, SceneText } from './map-scene.js';
import { attackingArgumentLabel, f, kindLabels, markerRadius } from './theme.js';
import { wrapText } from './text-wrap.js';
import type { LayoutOptions } from './layout.js';

const titleSize = 20;
const titleLine = 27;
const captionSize = 12;
const captionLine = 17;
const rowHeight = 30;
const itemGap = 18;

export interface PlacedChrome {
    width: number;
    bottom: number;
    title: SceneText[];
    legend?: SceneLegend;
    footnotes: SceneText[];
}

export interface Chrome {
    /** Room the title takes above the map. */
    titleHeight: number;
    /** Lays out the title from (`x`, `titleTop`) and the legend and footnotes from (`x`, `y`) down. */
    place(x: number, titleTop: number, y: number, mapWidth: number): PlacedChrome;
}

export function layoutChrome(graph: ArgumentGraph, sourceNumbers: ReadonlyMap<string, number>, options: LayoutOptions, note: string | undefined): Chrome {
    const titleWidth = 900;
    const titleLines = options.title !== false && graph.title ? wrapText(graph.title, titleWidth, titleSize, 4) : [];
    const author = options.title !== false && graph.author ? wrapText(`by ${graph.author}`, titleWidth, captionSize + 1, 2) : [];
    const titleHeight = titleLines.length * titleLine + author.length * captionLine + (titleLines.length + author.length > 0 ? 22 : 0);
    return {
        titleHeight,
        place(x, titleTop, y, mapWidth) {
            const title: SceneText[] = [];
            let top = titleTop;
            for (const text of titleLines) {
                title.push({ x, y: baseline(top, titleSize, titleLine), text, size: titleSize, role: 'title' });
                top += titleLine;
            }
            for (const text of author) {
                title.push({ x, y: baseline(top, captionSize + 1, captionLine), text, size: captionSize + 1, role: 'caption' });
                top += captionLine;
            }
            const width = Math.max(560, Math.min(1040, mapWidth));
            let bottom = y;
            let legend: SceneLegend | undefined;
            if (options.legend !== false) {
                legend = layoutLegend(x, y, width);
                bottom = legend.y + legend.height;
            }
            const footnotes = options.footnotes !== false || note ? layoutFootnotes(graph, sourceNumbers, options.footnotes !== false, note, x, bottom + 16, width) : [];
            if (footnotes.length > 0) bottom = footnotes[footnotes.length - 1].y + 6;
            const titleRight = Math.max(0, ...title.map(t => measureText(t.text, t.size)));
            return { width: Math.max(legend ? width : 0, titleRight, footnotes.length > 0 ? width : 0), bottom, title, legend, footnotes };
        },
    };
}

/** A sample box for the legend: its heading only. */
function sampleNode(kind: SceneNodeKind, label: string, x: number, y: number, attacking = false): SceneNode {
    const width = Math.ceil(measureText(label, sizes.headingSize) + 2 * sizes.padX);
    const node: SceneNode = {
        id: `legend:${kind}${attacking ? '-attacking' : ''}`, kind, status: 'accepted', x, y, width, height: 26,
        lines: [{ x: x + sizes.padX, y: baseline(y, sizes.headingSize, 26), text: label, size: sizes.headingSize, role: 'heading' }],
        badges: [], framings: [], range: null,
    };
    if (attacking) node.attacking = true;
    return node;
}

function layoutLegend(x: number, y: number, width: number): SceneLegend {
    const legend: SceneLegend = { x, y, width, height: 0, nodes: [], edges: [], markers: [], badges: [], texts: [] };
    const pad = 12;
    let cx = x + pad;
    let cy = y + pad;
    const right = x + width - pad;
    const caption = (text: string, at: number, row: number, role: SceneText['role'] = 'caption') => {
        legend.texts.push({ x: at, y: baseline(row, captionSize, rowHeight - 4), text, size: captionSize, role });
        return measureText(text, captionSize);
    };
    /** Room for an item of this width on the current row, else a new row. */
    const fit = (w: number) => {
        if (cx > x + pad && cx + w > right) {
            cx = x + pad + 64;
            cy += rowHeight + 4;
        }
    };
    const section = (name: string, first: boolean) => {
        if (!first) {
            cx = x + pad;
            cy += rowHeight + 6;
        }
        caption(name, cx, cy, 'heading');
        cx += 64;
    };

    section('Boxes', true);
    const samples: Array<[SceneNodeKind, string, boolean]> = [
        ['thesis', kindLabels.thesis, false], ['claim', kindLabels.claim, false], ['evidence', kindLabels.evidence, false],
        ['objection', kindLabels.objection, false], ['rebuttal', kindLabels.rebuttal, false],
        ['argument', kindLabels.argument, false], ['argument', attackingArgumentLabel, true],
    ];
    for (const [kind, label, attacking] of samples) {
        const node = sampleNode(kind, label, 0, 0, attacking);
        fit(node.width);
        legend.nodes.push(sampleNode(kind, label, cx, cy + 1, attacking));
        cx += node.width + 10;
    }

    section('Arrows', false);
    const arrows: Array<[SceneEdge['kind'], string]> = [
        ['supports', 'supports'], ['attacks', 'attacks'], ['undercuts', 'undercuts (points at the argument)'], ['contradicts', 'contradicts (both ways)'],
    ];
    for (const [kind, label] of arrows) {
        const w = 48 + 8 + measureText(label, captionSize);
        fit(w);
        const mid = cy + (rowHeight - 4) / 2;
        legend.edges.push({ from: 'legend', to: 'legend', kind, path: `M${f(cx)} ${f(mid)}H${f(cx + 48)}`, crossLink: false });
        caption(label, cx + 56, cy);
        cx += w + itemGap;
    }

    section('Status', false);
    const statuses: Array<['accepted' | 'rejected' | 'undecided', string]> = [
        ['accepted', 'accepted'], ['rejected', 'rejected (box hatched)'], ['undecided', 'undecided (attack cycle)'],
    ];
    for (const [status, label] of statuses) {
        const w = 2 * markerRadius + 8 + measureText(label, captionSize);
        fit(w);
        legend.markers.push({ status, x: cx + markerRadius, y: cy + (rowHeight - 4) / 2 });
        caption(label, cx + 2 * markerRadius + 8, cy);
        cx += w + itemGap;
    }
    const crossLinks = 'cross-links: thinner lines between branches';
    fit(measureText(crossLinks, captionSize));
    cx += caption(crossLinks, cx, cy);

    section('Badges', false);
    const badges: Array<[SceneBadge['kind'], string, string]> = [
        ['framing', '#framing', 'framing tag'], ['citations', '[1] p. 5', 'citation: source 1 below, and where in it'],
    ];
    for (const [kind, label, text] of badges) {
        const bw = measureText(label, sizes.badgeSize) + 2 * sizes.badgePad;
        const w = bw + 8 + measureText(text, captionSize);
        fit(w);
        legend.badges.push({ kind, label, x: cx, y: cy + 4, width: bw, height: sizes.badgeHeight });
        caption(text, cx + bw + 8, cy);
        cx += w + itemGap;
    }
    const questions = 'Q2 after a name: raises critical question 2 of the scheme';
    fit(measureText(questions, captionSize));
    caption(questions, cx, cy);
    legend.height = cy + rowHeight + pad - y;
    return legend;
}

function layoutFootnotes(graph: ArgumentGraph, sourceNumbers: ReadonlyMap<string, number>, full: boolean, note: string | undefined, x: number, y: number, width: number): SceneText[] {
    const lines: SceneText[] = [];
    let top = y;
    const add = (text: string, indent = 0, role: SceneText['role'] = 'caption') => {
        for (const [i, line] of wrapText(text, width - indent, captionSize, 12).entries()) {
            lines.push({ x: x + (i === 0 ? 0 : indent), y: baseline(top, captionSize, captionLine), text: line, size: captionSize, role });
            top += captionLine;
        }
    };
    if (note) {
        add(note, 0, 'body');
        top += 6;
    }
    if (!full) return lines;
    const sources = graph.sources.filter(s => sourceNumbers.has(s.name)).sort((a, b) => sourceNumbers.get(a.name)! - sourceNumbers.get(b.name)!);
    if (sources.length > 0) {
        add('Sources', 0, 'heading');
        for (const s of sources) add(`[${sourceNumbers.get(s.name)}] ${s.text}${s.url ? ` ${s.url}` : ''}`, 22);
        top += 6;
    }
    const used = new Set<string>();
    for (const e of [...graph.statements, ...graph.arguments]) for (const f of e.framings) used.add(f);
    const framings = graph.framings.filter(f => used.has(f.name));
    if (framings.length > 0) {
        add('Framings', 0, 'heading');
        for (const f of framings) add(`#${f.name}  ${f.label}${f.description ? `: ${f.description}` : ''}`, 22);
    }
    return lines;
}
