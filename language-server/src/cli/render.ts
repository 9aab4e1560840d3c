import { statSync } from 'node:fs';
import * as path from 'node:path';
import { layoutMap, type LayoutOptions } from '../render/layout.js';
import { missingGlyphsNote, svgToPng } from '../render/png.js';
import { sceneToSvg } from '../render/svg.js';
import { themeNames, type ThemeName } from '../render/theme.js';
import { expandPaths } from './files.js';
import { formatText } from './formats/text.js';
import { loadArgmap } from './load.js';
import { readRenderAsset } from './render-assets.js';
import { UsageError } from './usage-error.js';
import { writeAtomic } from './write-output.js';

export interface RenderOptions {
    output: string;
    theme: string;
    framing: string[];
    /** PNG pixels per map unit, as typed (checked here). */
    scale?: string;
}

/** `--scale`'s range: below it text is a blur, above it the file is huge and adds nothing. */
const scaleRange = { min: 0.5, max: 4 };

/**
 * A PNG is drawn at twice the SVG's size (`--scale`); beyond this many boxes its deepest ones are folded (the
 * image says so), since a bigger picture is neither readable nor cheap. An SVG is always whole.
 */
export const pngMaxBoxes = 2000;

/**
 * `argmap render FILE -o OUT.svg|OUT.png [--theme light|dark] [--framing NAME]...`: 0 written (even
 * with warnings), 1 the file has errors (nothing written, its diagnostics on stderr), 2 usage, an
 * unknown theme or framing, unreadable input, unwritable output. `--framing` dims the moves tagged
 * with none of the named framings; `--scale` sets a PNG's pixels per map unit (default 2).
 */
export async function runRender(file: string, options: RenderOptions, io: { err: (text: string) => void }): Promise<number> {
    const format = path.extname(options.output).toLowerCase();
    if (format !== '.svg' && format !== '.png') throw new UsageError(`-o must name an .svg or .png file, not ${options.output}`);
    if (!(themeNames as readonly string[]).includes(options.theme)) {
        throw new UsageError(`unknown --theme "${options.theme}" (available: ${themeNames.join(', ')})`);
    }
    const scale = pngScale(options.scale, format);
    if (isFolder(file)) throw new UsageError(`render takes one .argmap file, but ${file} is a folder`);
    const [loaded] = await loadArgmap(expandPaths([file]));
    if (loaded.diagnostics.some(d => d.severity === 'error')) {
        io.err(formatText(loaded.diagnostics, 1));
        return 1;
    }
    const graph = loaded.model().graph;
    const known = graph.framings.map(f => f.name);
    for (const name of options.framing) {
        if (!known.includes(name)) {
            throw new UsageError(`unknown --framing "${name}" (${known.length > 0 ? `this map's framings: ${known.join(', ')}` : 'this map declares no framings'})`);
        }
    }
    const layoutOptions: LayoutOptions = { framings: options.framing };
    if (format === '.png') layoutOptions.maxNodes = pngMaxBoxes;
    const scene = layoutMap(graph, layoutOptions);
    const svg = sceneToSvg(scene, { theme: options.theme as ThemeName });
    if (scene.note) io.err(`argmap: note: ${scene.note}\n`);
    if (format === '.svg') {
        writeAtomic(options.output, svg);
        return 0;
    }
    const missing = missingGlyphsNote(scene);
    if (missing) io.err(`argmap: note: ${missing}\n`);
    const png = await svgToPng(svg, { wasm: readRenderAsset('wasm'), fonts: [readRenderAsset('font')] }, { scale });
    if (png.scale < 1) io.err(`argmap: note: the map is ${scene.width}x${scene.height} px; the PNG is drawn at ${Math.round(png.scale * 100)}% (${png.width}x${png.height} px)\n`);
    writeAtomic(options.output, png.png);
    return 0;
}

/** `--scale` as a number, for a PNG only (an SVG has no pixels to scale). */
function pngScale(option: string | undefined, format: string): number | undefined {
    if (option === undefined) return undefined;
    if (format !== '.png') throw new UsageError('--scale is for PNG images; an SVG scales itself');
    const scale = Number(option);
    if (!Number.isFinite(scale) || scale < scaleRange.min || scale > scaleRange.max) {
        throw new UsageError(`--scale takes a number from ${scaleRange.min} to ${scaleRange.max}, not "${option}"`);
    }
    return scale;
}

function isFolder(file: string): boolean {
    try {
        return statSync(file).isDirectory();
    } catch {
        return false; // expandPaths reports what is wrong with it
    }
}
