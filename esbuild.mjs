// Bundles the language server, the VS Code client and the CLI into single CommonJS files for Node 20+ (the extension
// host and `npx argmap` load them without node_modules). `--watch` rebuilds on change; `--production`
// minifies (what `npm run package` ships in the .vsix).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    minify: production,
    logLevel: 'warning',
    // Langium's ESM uses import.meta.url only to locate files it never reads in a bundle.
    define: { 'import.meta.url': '__argmap_import_meta_url' },
    banner: { js: 'const __argmap_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};

/** vscode.dev and github.dev: the client in the web extension host, the server in a web worker. */
const web = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    minify: production,
    logLevel: 'warning',
    define: { 'import.meta.url': '"file:///"', 'process.env.NODE_ENV': '"production"' },
};

const builds = [
    { ...common, entryPoints: ['language-server/src/main.ts'], outfile: 'out/language-server.cjs' },
    { ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'out/extension.cjs', external: ['vscode'] },
    {
        ...common, entryPoints: ['language-server/src/cli.ts'], outfile: 'out/cli.cjs',
        banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
    },
    { ...web, format: 'cjs', entryPoints: ['extension/src/extension-web.ts'], outfile: 'out/extension-web.cjs', external: ['vscode'] },
    { ...web, format: 'iife', entryPoints: ['language-server/src/main-browser.ts'], outfile: 'out/language-server-web.js' },
];

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
