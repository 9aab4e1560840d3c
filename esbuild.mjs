// Bundles the language server, the VS Code client and the CLI into single CommonJS files for Node 20+ (the extension
// host and `npx argmap` load them without node_modules). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // Langium's ESM uses import.meta.url only to locate files it never reads in a bundle.
    define: { 'import.meta.url': '__argmap_import_meta_url' },
    banner: { js: 'const __argmap_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};

const builds = [
    { ...common, entryPoints: ['language-server/src/main.ts'], outfile: 'out/language-server.cjs' },
    { ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'out/extension.cjs', external: ['vscode'] },
    {
        ...common, entryPoints: ['language-server/src/cli.ts'], outfile: 'out/cli.cjs',
        banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
    },
];

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
