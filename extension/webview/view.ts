/**
 * Zoom and pan of the map: the wheel zooms around the pointer, dragging the background pans, the
 * toolbar's buttons zoom around the middle and fit the whole map. The view is a transform on one
 * group (an SVG attribute, not an inline style: the page's CSP allows no inline styles).
 */
import type { MapView } from '../src/preview/messages.js';

const MIN_SCALE = 0.05;
const MAX_SCALE = 4;
const FIT_MARGIN = 24;
/** Below this zoom the text is too small to read: the first view of a large map starts here, at its thesis. */
const READABLE_SCALE = 0.7;

export interface Size {
    width: number;
    height: number;
}

export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}

export class PanZoom {
    private view: MapView = { scale: 1, x: 0, y: 0 };
    /**
     * How the view follows the map when nothing was zoomed or panned by hand: `home` (the first
     * view: the whole map when it is readable so, else its top at a readable size, centred on the
     * thesis) or `fit` (the whole map, after the Fit button). Null: where the user put it.
     */
    auto: 'home' | 'fit' | null = 'home';
    private content: Size = { width: 0, height: 0 };
    private focus: Rect | undefined;
    private drag: { pointer: number; x: number; y: number; moved: boolean } | undefined;
    /** Set after a drag that moved, so the click that ends it doesn't count as a click on a node. */
    suppressClick = false;

    constructor(private readonly svgElement: SVGSVGElement, private readonly target: () => SVGGElement | undefined, private readonly onChange: (view: MapView, fitted: boolean) => void) {
        svgElement.addEventListener('wheel', event => {
            event.preventDefault();
            // Pixels, lines or pages: a line is about 16 px, a page the panel's height.
            const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.viewport().height : 1;
            const factor = Math.exp(-event.deltaY * unit * (event.ctrlKey ? 0.01 : 0.0015));
            const box = svgElement.getBoundingClientRect();
            this.zoomBy(factor, event.clientX - box.left, event.clientY - box.top);
        }, { passive: false });
        svgElement.addEventListener('pointerdown', event => {
            if (event.button !== 0) return;
            this.drag = { pointer: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
            this.suppressClick = false;
        });
        svgElement.addEventListener('pointermove', event => {
            const drag = this.drag;
            if (!drag || drag.pointer !== event.pointerId) return;
            const dx = event.clientX - drag.x;
            const dy = event.clientY - drag.y;
            if (!drag.moved && Math.hypot(dx, dy) < 4) return;
            if (!drag.moved) {
                drag.moved = true;
                svgElement.setPointerCapture(event.pointerId);
                svgElement.classList.add('panning');
            }
            drag.x = event.clientX;
            drag.y = event.clientY;
            this.set({ scale: this.view.scale, x: this.view.x + dx, y: this.view.y + dy }, null);
        });
        const end = (event: PointerEvent) => {
            if (this.drag?.pointer !== event.pointerId) return;
            this.suppressClick = this.drag.moved;
            this.drag = undefined;
            svgElement.classList.remove('panning');
        };
        svgElement.addEventListener('pointerup', end);
        svgElement.addEventListener('pointercancel', end);
        new ResizeObserver(() => this.follow()).observe(svgElement);
    }

    get current(): MapView {
        return { ...this.view };
    }

    /** The map's size, the box the first view centres on (the thesis), and every box (the zoom buttons zoom at one). */
    setContent(size: Size, focus?: Rect, boxes: readonly Rect[] = []): void {
        this.content = size;
        this.focus = focus;
        this.boxes = boxes;
    }

    private boxes: readonly Rect[] = [];

    /** Applies the automatic view, if the user hasn't moved it. */
    follow(): void {
        if (this.auto === 'home') this.home();
        else if (this.auto === 'fit') this.fit();
    }

    private viewport(): Size {
        const box = this.svgElement.getBoundingClientRect();
        return { width: box.width, height: box.height };
    }

    set(view: MapView, auto: PanZoom['auto']): void {
        const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale));
        this.view = { scale, x: view.x, y: view.y };
        this.auto = auto;
        this.target()?.setAttribute('transform', `translate(${round(this.view.x)} ${round(this.view.y)}) scale(${round(scale, 4)})`);
        this.onChange(this.current, auto !== null);
    }

    /**
     * Zooms by `factor` keeping the point (x, y) of the panel in place; by default the middle of the
     * part of the map in view (not of the panel, which may show mostly empty space beside the map).
     */
    zoomBy(factor: number, x?: number, y?: number): void {
        const anchor = this.anchor();
        const cx = x ?? anchor.x;
        const cy = y ?? anchor.y;
        const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.view.scale * factor));
        const k = scale / this.view.scale;
        this.set({ scale, x: cx - (cx - this.view.x) * k, y: cy - (cy - this.view.y) * k }, null);
    }

    /**
     * Where the zoom buttons zoom, in panel coordinates: the middle of the box nearest the panel's
     * middle (a map often leaves empty space there), else the thesis, else the panel's middle.
     */
    private anchor(): { x: number; y: number } {
        const size = this.viewport();
        const { scale, x, y } = this.view;
        const middle = { x: size.width / 2, y: size.height / 2 };
        let best: { x: number; y: number } | undefined;
        let distance = Infinity;
        for (const box of this.boxes) {
            const point = { x: (box.x + box.width / 2) * scale + x, y: (box.y + box.height / 2) * scale + y };
            if (point.x < 0 || point.y < 0 || point.x > size.width || point.y > size.height) continue;
            const d = Math.hypot(point.x - middle.x, point.y - middle.y);
            if (d < distance) {
                distance = d;
                best = point;
            }
        }
        if (best) return best;
        if (this.focus) return { x: (this.focus.x + this.focus.width / 2) * scale + x, y: (this.focus.y + this.focus.height / 2) * scale + y };
        return middle;
    }

    private fitScale(): number | undefined {
        const size = this.viewport();
        if (size.width <= 0 || size.height <= 0 || this.content.width <= 0 || this.content.height <= 0) return undefined;
        const scale = Math.min(1, (size.width - 2 * FIT_MARGIN) / this.content.width, (size.height - 2 * FIT_MARGIN) / this.content.height);
        return Math.max(MIN_SCALE, scale);
    }

    /** The whole map in the panel, never larger than its natural size. */
    fit(): void {
        const scale = this.fitScale();
        if (scale === undefined) {
            this.set({ scale: 1, x: FIT_MARGIN, y: FIT_MARGIN }, 'fit');
            return;
        }
        const size = this.viewport();
        this.set({ scale, x: Math.max(FIT_MARGIN, (size.width - this.content.width * scale) / 2), y: FIT_MARGIN }, 'fit');
    }

    /** The first view: the whole map if it is readable so, else the top of the map at a readable size around the thesis. */
    home(): void {
        const scale = this.fitScale();
        if (scale === undefined || scale >= READABLE_SCALE || !this.focus) {
            this.fit();
            this.auto = 'home';
            return;
        }
        const size = this.viewport();
        const centre = this.focus.x + this.focus.width / 2;
        // Centred on the thesis, but not past the map's left or right edge.
        const x = Math.min(FIT_MARGIN, Math.max(size.width - FIT_MARGIN - this.content.width * READABLE_SCALE, size.width / 2 - centre * READABLE_SCALE));
        this.set({ scale: READABLE_SCALE, x, y: FIT_MARGIN - Math.max(0, this.focus.y - FIT_MARGIN) * READABLE_SCALE }, 'home');
    }

    /** Natural size (100 %), at the box nearest the middle of the panel. */
    actualSize(): void {
        this.zoomBy(1 / this.view.scale);
    }

    /** Pans (at the same zoom) so that the scene rectangle is in view, if it isn't. */
    bringIntoView(rect: Rect): void {
        const size = this.viewport();
        const { scale, x, y } = this.view;
        const left = rect.x * scale + x;
        const top = rect.y * scale + y;
        const right = left + rect.width * scale;
        const bottom = top + rect.height * scale;
        if (left >= 0 && top >= 0 && right <= size.width && bottom <= size.height) return;
        this.set({
            scale,
            x: size.width / 2 - (rect.x + rect.width / 2) * scale,
            y: size.height / 2 - (rect.y + rect.height / 2) * scale,
        }, null);
    }
}

function round(value: number, digits = 2): number {
    const p = 10 ** digits;
    return Math.round(value * p) / p;
}
