// `npm run fuzz`: bundles test/fuzz/runner.ts (TypeScript, importing the language core from source,
// as bench/run.mjs does) and runs it; arguments go through (`npm run fuzz -- --count 50 --seed 7`).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, 'out', 'runner.cjs');
await esbuild.build({
    entryPoints: [path.join(here, 'runner.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    sourcemap: true, logLevel: 'warning',
    define: { 'import.meta.url': '__fuzz_import_meta_url' },
    banner: { js: 'const __fuzz_import_meta_url = require("url").pathToFileURL(__filename).href;' },
});
// --expose-gc: workers measure the heap they keep after a collection (a leak shows as growth).
const result = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
