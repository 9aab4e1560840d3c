// `npm run bench`: bundles the benchmarks (TypeScript, importing the language core from source)
// and runs them in turn: the 50,000-line check, editor latency through the language server, the map's
// rendering, the side-by-side comparison with Argdown, `argmap check` on a class folder of 1,000
// files, then activation in code-server. `npm run bench -- NAME...` runs only those.
// Their rows go into bench/results.json (results.ts merges them).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchmarks = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['check-50k', 'lsp-latency', 'map-latency', 'render', 'vs-argdown', 'cli-files', 'activation'];
for (const name of benchmarks) {
    if (fs.existsSync(path.join(here, `${name}.mjs`))) {
        // A plain script (it drives a browser; nothing to bundle).
        console.log(`\n== ${name}`);
        const result = spawnSync(process.execPath, [path.join(here, `${name}.mjs`)], { stdio: 'inherit' });
        if (result.status !== 0) process.exitCode = result.status ?? 1;
        continue;
    }
    const outfile = path.join(here, 'out', `${name}.cjs`);
    await esbuild.build({
        entryPoints: [path.join(here, `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
        define: { 'import.meta.url': '__bench_import_meta_url' },
        banner: { js: 'const __bench_import_meta_url = require("url").pathToFileURL(__filename).href;' },
        logLevel: 'warning',
    });
    console.log(`\n== ${name}`);
    const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
    if (result.status !== 0) process.exitCode = result.status ?? 1;
}
