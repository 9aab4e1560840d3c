import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files PNG export needs at run time: the font the layout measured with and resvg's wasm.
 * esbuild.mjs copies them to out/assets/ beside the CLI bundle (which runs without node_modules);
 * from the sources (tests) they are read from node_modules.
 */
const assets = {
    font: { file: 'DejaVuSans.ttf', module: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
    wasm: { file: 'resvg.wasm', module: '@resvg/resvg-wasm/index_bg.wasm' },
} as const;

export function readRenderAsset(name: keyof typeof assets): Uint8Array {
    const asset = assets[name];
    const here = fileURLToPath(import.meta.url);
    const candidates = [path.join(path.dirname(here), 'assets', asset.file)];
    try {
        candidates.push(createRequire(here).resolve(asset.module));
    } catch {
        // not installed: only the bundled copy can serve
    }
    for (const candidate of candidates) {
        try {
            return readFileSync(candidate);
        } catch {
            // try the next
        }
    }
    throw new Error(`cannot find ${asset.file} (looked in ${candidates.join(', ')})`);
}
