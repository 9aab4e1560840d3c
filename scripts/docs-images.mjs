// `npm run docs:images`: the README's pictures, one per example and theme, drawn by `argmap render`
// (build first: it runs out/cli.cjs). At 1.5 pixels per map unit they stay sharp on GitHub, and
// pngquant (Debian's package of that name, if installed) cuts them to a quarter of the size with
// no visible change: a map has few colours besides its antialiased text.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'out', 'cli.cjs');
const out = path.join(root, 'docs', 'images');
if (!fs.existsSync(cli)) {
    console.error('docs-images: out/cli.cjs is missing: run `npm run build` first');
    process.exit(2);
}
const pngquant = spawnSync('pngquant', ['--version']).status === 0;
if (!pngquant) console.warn('docs-images: pngquant is not installed (apt-get install -y pngquant): the images will be about 4 times larger');

fs.mkdirSync(out, { recursive: true });
// The maps among the examples; a library (framings.argmap: framings and sources) has nothing to draw.
const isMap = file => /^thesis /m.test(fs.readFileSync(path.join(root, 'examples', file), 'utf8'));
for (const file of fs.readdirSync(path.join(root, 'examples')).filter(f => f.endsWith('.argmap') && isMap(f)).sort()) {
    for (const theme of ['light', 'dark']) {
        const image = path.join(out, `${path.basename(file, '.argmap')}-${theme}.png`);
        execFileSync(process.execPath, [cli, 'render', path.join('examples', file), '-o', image, '--theme', theme, '--scale', '1.5'], { cwd: root, stdio: 'inherit' });
        if (pngquant) execFileSync('pngquant', ['--quality', '70-95', '--speed', '1', '--force', '--output', image, image]);
        console.log(`${path.relative(root, image)}: ${Math.round(fs.statSync(image).size / 1024)} KB`);
    }
}
