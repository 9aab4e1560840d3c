/**
 * SVG to PNG with resvg (WebAssembly: one build for every platform and the browser; no system
 * fonts). The caller brings the bytes: the wasm module and the font files (DejaVu Sans, the font the
 * layout measured with), so this file reads nothing itself and runs in Node and in a browser alike.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { fontFamily, missingGlyphs } from './font-metrics.js';
import type { MapScene } from './map-scene.js';

export interface PngAssets {
    /** resvg's `index_bg.wasm`. */
    wasm: Uint8Array;
    /** TTF files; the layout's font (DejaVu Sans) must be among them. */
    fonts: Uint8Array[];
}

export interface PngOptions {
    /** Pixels per SVG unit (default 2, for sharp text on high-density screens and in print). */
    scale?: number;
}

export interface Png {
    png: Uint8Array;
    width: number;
    height: number;
    scale: number;
}

/** resvg-wasm can be initialised once per process. */
let ready: Promise<void> | undefined;

/** The largest image we ask for, in pixels (resvg holds it in wasm memory, 4 bytes a pixel). */
export const maxPixels = 120_000_000;
/** And the longest side. */
export const maxSide = 30_000;

/**
 * The scale to draw an SVG of this size at: `wanted`, or less when the image would be larger than
 * `maxPixels` or `maxSide`.
 */
export function fitScale(width: number, height: number, wanted = 2): number {
    return Math.min(wanted, Math.sqrt(maxPixels / Math.max(1, width * height)), maxSide / Math.max(1, width, height));
}

export async function svgToPng(svg: string, assets: PngAssets, options: PngOptions = {}): Promise<Png> {
    ready ??= initWasm(assets.wasm);
    await ready;
    // The size from the root element's attributes (the writer puts them first), without parsing the SVG twice.
    const size = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    const scale = size ? fitScale(Number(size[1]), Number(size[2]), options.scale ?? 2) : Math.min(options.scale ?? 2, 1);
    const resvg = new Resvg(svg, {
        font: { fontBuffers: assets.fonts, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
        fitTo: { mode: 'zoom', value: scale },
        shapeRendering: 2,
        textRendering: 2,
    });
    try {
        const image = resvg.render();
        const result = { png: image.asPng(), width: image.width, height: image.height, scale };
        image.free();
        return result;
    } finally {
        resvg.free();
    }
}

/**
 * What a PNG of the scene can't show: the characters the bundled font lacks (CJK, emoji...), which
 * resvg draws as boxes, since it uses that font only, for the same picture on every machine.
 */
export function missingGlyphsNote(scene: MapScene): string | undefined {
    const missing = missingGlyphs(sceneTexts(scene));
    if (missing.length === 0) return undefined;
    const sample = missing.slice(0, 5).join(' ') + (missing.length > 5 ? ' …' : '');
    return `the PNG's font (DejaVu Sans) has no glyph for ${missing.length} of this map's characters (${sample}): they show as boxes; an SVG shows them in the viewer's fonts`;
}

/** Every text the picture draws. */
function* sceneTexts(scene: MapScene): Iterable<string> {
    for (const node of [...scene.nodes, ...(scene.legend?.nodes ?? [])]) {
        for (const line of node.lines) yield line.text;
        for (const badge of node.badges) yield badge.label;
    }
    for (const line of [...(scene.title ?? []), ...(scene.footnotes ?? []), ...(scene.legend?.texts ?? [])]) yield line.text;
}
