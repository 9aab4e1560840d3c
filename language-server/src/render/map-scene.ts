/**
 * A laid-out argument map: boxes, text lines and edges with absolute coordinates, and nothing
 * else. The layout produces it from an ArgumentGraph; two small writers draw it: an SVG string
 * (CLI, PNG, Markdown preview) and DOM elements built with `textContent` (the webview), so user
 * text is never parsed as markup. Plain data: it crosses the LSP connection as JSON.
 *
 * How to draw it (render/svg.ts does, and render/theme.ts holds what both writers share): fill the
 * argument boxes first, then tree edges, then statement boxes (`theme.nodeShape`), their lines and
 * badges and status marker (`theme.statusMarker`), then cross-links on top; the legend, title and
 * footnotes are plain boxes, edges and lines in the same coordinates.
 */
import type { SourceRange, Status } from '../model/argument-graph.js';

export type SceneNodeKind = 'thesis' | 'claim' | 'evidence' | 'objection' | 'rebuttal' | 'argument';

/** One line of wrapped text, with its baseline position (left-aligned at `x`). */
export interface SceneText {
    x: number;
    y: number;
    text: string;
    /** Bold for a statement's name or a box's heading. The layout uses only the regular face today. */
    weight?: 'normal' | 'bold';
    size: number;
    /**
     * What the line is, for its colour: a box's heading (kind and name, muted), a statement's text,
     * the map's title, or a caption (legend labels, footnotes, the note). Absent: `body`.
     */
    role?: 'heading' | 'body' | 'title' | 'caption';
}

export interface SceneBadge {
    /**
     * A framing name (`#realist`), a citation's footnote marker (`[1] Art. 51`), or how many
     * elements are folded away below the node (`+12 folded`), drawn as a small labelled pill.
     */
    kind: 'framing' | 'citations' | 'folded';
    label: string;
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface SceneNode {
    /** The element id from the graph (a statement, or an argument box holding its premises). */
    id: string;
    kind: SceneNodeKind;
    status: Status;
    x: number;
    y: number;
    width: number;
    height: number;
    lines: SceneText[];
    badges: SceneBadge[];
    /** The framings the element is tagged with (for the framing filter). */
    framings: string[];
    /** Where the element is written (for click → reveal in the editor). */
    range: SourceRange | null;
    /** An argument box draws its premises inside it; they are nodes of their own, listed here by id. */
    contains?: string[];
    /** The element's name, if it has one. */
    name?: string | null;
    /** A statement's whole text (its lines may end in an ellipsis), for tooltips and screen readers. */
    text?: string;
    /** An argument that attacks or undercuts (a con-argument): drawn with a dashed frame. */
    attacking?: boolean;
    /** Outside the chosen framings (`framings` option, mode `dim`): drawn faded. */
    dimmed?: boolean;
    /** How many elements below this node were folded away to keep a very large map drawable. */
    hidden?: number;
}

export type SceneEdgeKind = 'supports' | 'attacks' | 'undercuts' | 'contradicts';

export interface SceneEdge {
    from: string;
    to: string;
    kind: SceneEdgeKind;
    /** SVG path data in scene coordinates, drawn from `from` to `to` (the arrowhead at the end; both ends for `contradicts`). */
    path: string;
    /** Drawn over the tree (a reused premise, a relation between branches). */
    crossLink: boolean;
    /** An end is outside the chosen framings (mode `dim`). */
    dimmed?: boolean;
}

/** The key: a sample of each kind of box, edge and status marker, with their labels. */
export interface SceneLegend {
    x: number;
    y: number;
    width: number;
    height: number;
    /** Sample boxes, drawn without a status marker; their ids start with `legend:` (no element id can). */
    nodes: SceneNode[];
    edges: SceneEdge[];
    /** Status markers, by centre (drawn as on a box). */
    markers: Array<{ status: Status; x: number; y: number }>;
    badges: SceneBadge[];
    texts: SceneText[];
}

export interface MapScene {
    width: number;
    height: number;
    nodes: SceneNode[];
    edges: SceneEdge[];
    /** When the map was too large to draw whole: what was folded, said in words for the reader. */
    note?: string;
    /** The map's title and author, above the map. */
    title?: SceneText[];
    legend?: SceneLegend;
    /** Below the legend: the cited sources by footnote number, the framings by name, the note. */
    footnotes?: SceneText[];
}
