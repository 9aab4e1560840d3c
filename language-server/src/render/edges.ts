/**
 * Edge paths. Tree edges run straight up from a child's top to its parent's bottom as a vertical
 * S-curve. Cross-links (reused premises, relations between branches, cut circles) leave and enter
 * boxes on the sides facing each other and bend around boxes where a few candidate curves allow:
 * each candidate is sampled against a grid of the drawn boxes and the one crossing the fewest wins.
 */
import { f } from './theme.js';

export interface Point {
    x: number;
    y: number;
}

export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** From a child's anchor (below) to its parent's anchor (above). */
export function treeEdgePath(from: Point, to: Point): string {
    const mid = (from.y + to.y) / 2;
    if (Math.abs(from.x - to.x) < 0.5) return `M${f(from.x)} ${f(from.y)}L${f(to.x)} ${f(to.y)}`;
    return `M${f(from.x)} ${f(from.y)}C${f(from.x)} ${f(mid)} ${f(to.x)} ${f(mid)} ${f(to.x)} ${f(to.y)}`;
}

/** The boxes edges should avoid, bucketed in a uniform grid. */
export class BoxGrid {
    private readonly cells = new Map<number, number[]>();
    private readonly rects: Rect[] = [];
    constructor(private readonly cell = 256) { }

    add(rect: Rect): number {
        const id = this.rects.length;
        this.rects.push(rect);
        for (let cx = Math.floor(rect.x / this.cell); cx <= Math.floor((rect.x + rect.width) / this.cell); cx++) {
            for (let cy = Math.floor(rect.y / this.cell); cy <= Math.floor((rect.y + rect.height) / this.cell); cy++) {
                const key = cx * 65_536 + cy;
                const list = this.cells.get(key);
                if (list) list.push(id); else this.cells.set(key, [id]);
            }
        }
        return id;
    }

    /** The id of a box holding the point (with a margin), other than those in `skip`. */
    hit(p: Point, skip: ReadonlySet<number>, margin = 3): number | undefined {
        const list = this.cells.get(Math.floor(p.x / this.cell) * 65_536 + Math.floor(p.y / this.cell));
        if (!list) return undefined;
        for (const id of list) {
            if (skip.has(id)) continue;
            const r = this.rects[id];
            if (p.x >= r.x - margin && p.x <= r.x + r.width + margin && p.y >= r.y - margin && p.y <= r.y + r.height + margin) return id;
        }
        return undefined;
    }
}

type Side = 'top' | 'bottom' | 'left' | 'right';

function anchor(r: Rect, side: Side): Point {
    switch (side) {
        case 'top': return { x: r.x + r.width / 2, y: r.y };
        case 'bottom': return { x: r.x + r.width / 2, y: r.y + r.height };
        case 'left': return { x: r.x, y: r.y + r.height / 2 };
        case 'right': return { x: r.x + r.width, y: r.y + r.height / 2 };
    }
}

const normals: Record<Side, Point> = { top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

function bezier(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
    const u = 1 - t;
    const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

interface Candidate {
    path: string;
    /** Points along it, for testing which boxes it crosses. */
    points(): Point[];
}

function curve(p0: Point, p1: Point, p2: Point, p3: Point): Candidate {
    return {
        path: `M${f(p0.x)} ${f(p0.y)}C${f(p1.x)} ${f(p1.y)} ${f(p2.x)} ${f(p2.y)} ${f(p3.x)} ${f(p3.y)}`,
        points() {
            const n = Math.min(150, Math.max(12, Math.round(Math.hypot(p3.x - p0.x, p3.y - p0.y) / 16)));
            return Array.from({ length: n - 1 }, (_, i) => bezier(p0, p1, p2, p3, (i + 1) / n));
        },
    };
}

/** Up (or down) from `p0` to `level`, along it, and down (or up) into `p3`, with rounded corners. */
function bracket(p0: Point, p3: Point, level: number): Candidate {
    const r = Math.max(0, Math.min(18, Math.abs(p3.x - p0.x) / 2, Math.abs(level - p0.y), Math.abs(level - p3.y)));
    const dx = Math.sign(p3.x - p0.x) || 1;
    const dy0 = Math.sign(level - p0.y) || -1;
    const dy3 = Math.sign(p3.y - level) || 1;
    const path = `M${f(p0.x)} ${f(p0.y)}V${f(level - dy0 * r)}Q${f(p0.x)} ${f(level)} ${f(p0.x + dx * r)} ${f(level)}`
        + `H${f(p3.x - dx * r)}Q${f(p3.x)} ${f(level)} ${f(p3.x)} ${f(level + dy3 * r)}V${f(p3.y)}`;
    return {
        path,
        points() {
            const pts: Point[] = [];
            // A sample every 16 px, at most 150 per leg: a long link is tested coarsely ("where cheap").
            const run = (a: Point, b: Point) => {
                const n = Math.min(150, Math.max(2, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / 16)));
                for (let i = 1; i < n; i++) pts.push({ x: a.x + (b.x - a.x) * i / n, y: a.y + (b.y - a.y) * i / n });
            };
            const c1 = { x: p0.x, y: level }, c2 = { x: p3.x, y: level };
            run(p0, c1);
            run(c1, c2);
            run(c2, p3);
            return pts;
        },
    };
}

/**
 * A cross-link from one box to another (`outerFrom`, `outerTo`: the boxes holding them, if they
 * are premises). Candidates in order of preference: a curve between the sides facing each other,
 * a bracket over both boxes, one under them, then the facing curve bulging left or right by
 * growing amounts. The first that crosses no other box wins, else the one crossing fewest.
 */
export function crossLinkPath(from: Rect, to: Rect, grid: BoxGrid, skip: ReadonlySet<number>, outerFrom = from, outerTo = to): string {
    let facing: [Side, Side];
    if (to.y + to.height <= from.y - 12) facing = ['top', 'bottom'];
    else if (to.y >= from.y + from.height + 12) facing = ['bottom', 'top'];
    else if (to.x >= from.x + from.width) facing = ['right', 'left'];
    else if (to.x + to.width <= from.x) facing = ['left', 'right'];
    else facing = ['top', 'top']; // overlapping boxes (an argument and its own premise): a loop above
    const p0 = anchor(from, facing[0]);
    const p3 = anchor(to, facing[1]);
    const n0 = normals[facing[0]], n3 = normals[facing[1]];
    const vertical = facing[0] === 'top' || facing[0] === 'bottom';
    const distance = Math.hypot(p3.x - p0.x, p3.y - p0.y);
    const reach = Math.min(220, Math.max(40, distance / 2.5));
    const step = Math.min(260, 70 + distance * 0.08);
    const facingCurve = (bulge: number) => {
        const shift = vertical ? { x: bulge, y: 0 } : { x: 0, y: bulge };
        return curve(p0, { x: p0.x + n0.x * reach + shift.x, y: p0.y + n0.y * reach + shift.y },
            { x: p3.x + n3.x * reach + shift.x, y: p3.y + n3.y * reach + shift.y }, p3);
    };
    // Just clear of the boxes: crossing the tree edges that rise from them, not running along them.
    const over = Math.min(outerFrom.y, outerTo.y) - 12;
    const under = Math.max(outerFrom.y + outerFrom.height, outerTo.y + outerTo.height) + 12;
    // A bracket lands off the middle of the target, on the side it comes from: the middle of a
    // box's top is where its own tree edge leaves.
    const land = (side: 'top' | 'bottom') => {
        const p = anchor(to, side);
        const inset = Math.min(48, to.width / 4);
        return { x: p0.x < to.x + to.width / 2 ? to.x + inset : to.x + to.width - inset, y: p.y };
    };
    const candidates: Array<() => Candidate> = [
        () => facingCurve(0),
        () => bracket(anchor(from, 'top'), land('top'), over),
        () => bracket(anchor(from, 'bottom'), land('bottom'), under),
        ...[step, -step, 2 * step, -2 * step].map(bulge => () => facingCurve(bulge)),
    ];
    let best: { path: string; hits: number } | undefined;
    for (const make of candidates) {
        const candidate = make();
        let hits = 0;
        let last: number | undefined;
        for (const p of candidate.points()) {
            const hit = grid.hit(p, skip);
            if (hit !== undefined && hit !== last) hits++;
            last = hit;
        }
        if (!best || hits < best.hits) best = { path: candidate.path, hits };
        if (hits === 0) break;
    }
    return best!.path;
}
