// Bundles the extension-host tests (test/extension/*.ts) into out/test/extension/*.cjs: CommonJS, as
// VS Code's extensionTestsPath needs. `vscode` comes from the extension host and mocha from
// node_modules at run time.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'test', 'extension');
const outdir = path.join(root, 'out', 'test', 'extension');

export async function buildExtensionTests() {
    fs.rmSync(outdir, { recursive: true, force: true });
    const entryPoints = fs.readdirSync(sourceDir)
        .filter(name => name === 'index.ts' || name.endsWith('.test.ts'))
        .map(name => path.join(sourceDir, name));
    await esbuild.build({
        entryPoints, outdir, outExtension: { '.js': '.cjs' },
        bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
        external: ['vscode', 'mocha'], logLevel: 'warning',
    });
    return path.join(outdir, 'index.cjs');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    console.log(await buildExtensionTests());
}
