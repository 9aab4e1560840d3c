// Bundles the benchmark (TypeScript, importing the language core from source) and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, 'out', 'check-50k.cjs');
await esbuild.build({
    entryPoints: [path.join(here, 'check-50k.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    define: { 'import.meta.url': '__bench_import_meta_url' },
    banner: { js: 'const __bench_import_meta_url = require("url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
