// Bundles the language server, the VS Code client and the CLI into single CommonJS files for Node 20+ (the extension
// host and `npx argmap` load them without node_modules). `--watch` rebuilds on change; `--production`
// minifies (what `npm run package` ships in the .vsix).
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * @argdown/core (bundled for `argmap import` and the editor's import) re-exports all its plugins from
 * one index, and one of its modules builds Argdown's stock application, Graphviz, highlight.js and
 * XML export included, when it is loaded. The import needs only the parser and the model, and no
 * @argdown/core module does anything on load that they rely on, so its files are declared free of
 * side effects: esbuild then bundles only what the import uses (0.32 MB minified, not 0.46 MB).
 */
const argdownCoreWithoutSideEffects = {
    name: 'argdown-core-without-side-effects',
    setup(build) {
        const inCore = file => /[\\/]node_modules[\\/]@argdown[\\/]core[\\/]/.test(file);
        build.onResolve({ filter: /^(@argdown\/core$|\.)/ }, async args => {
            if (args.pluginData === 'argdown-core' || !(args.path === '@argdown/core' || inCore(args.importer))) return undefined;
            const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'argdown-core' });
            if (resolved.errors.length > 0) return { errors: resolved.errors };
            const { path, namespace, external, sideEffects } = resolved;
            return { path, namespace, external, sideEffects: inCore(path) ? false : sideEffects };
        });
    },
};

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    minify: production,
    logLevel: 'warning',
    plugins: [argdownCoreWithoutSideEffects],
    // Langium's ESM uses import.meta.url only to locate files it never reads in a bundle.
    define: { 'import.meta.url': '__argmap_import_meta_url' },
    banner: { js: 'const __argmap_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};

/**
 * The webview's `import 'argmap:scene.css'`: render/theme.ts's stylesheet of a drawn scene with its
 * colours as `--argmap-*` variables, plus the light and dark palettes for VS Code's theme kinds (the
 * webview's map.css then takes the background and text colours from the editor's theme). Generated
 * here so that the page needs no inline style under its Content Security Policy.
 */
const sceneStyleSheet = {
    name: 'argmap-scene-css',
    setup(build) {
        build.onResolve({ filter: /^argmap:scene\.css$/ }, args => ({ path: args.path, namespace: 'argmap-scene-css' }));
        build.onLoad({ filter: /.*/, namespace: 'argmap-scene-css' }, async () => {
            const theme = await esbuild.build({
                entryPoints: ['language-server/src/render/theme.ts'], bundle: true, format: 'esm', platform: 'neutral',
                write: false, metafile: true, logLevel: 'silent',
            });
            const { styleSheet, palettes, cssVariables } = await import(`data:text/javascript;base64,${Buffer.from(theme.outputFiles[0].text).toString('base64')}`);
            const contents = [
                styleSheet('variables'),
                // High contrast light has both classes: the light rule comes last and wins.
                `body.vscode-dark, body.vscode-high-contrast { ${cssVariables(palettes.dark)} }`,
                `body.vscode-light, body.vscode-high-contrast-light { ${cssVariables(palettes.light)} }`,
            ].join('\n');
            return { contents, loader: 'css', resolveDir: process.cwd(), watchFiles: Object.keys(theme.metafile.inputs) };
        });
    },
};

/** vscode.dev and github.dev: the client in the web extension host, the server in a web worker. */
const web = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    minify: production,
    logLevel: 'warning',
    plugins: [argdownCoreWithoutSideEffects],
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
    // The map preview's webview: out/webview/map.js and map.css (whose font is out/assets/DejaVuSans.ttf).
    {
        ...web, format: 'iife', entryPoints: { map: 'extension/webview/main.ts' }, outdir: 'out/webview',
        external: ['../assets/*'], plugins: [...web.plugins, sceneStyleSheet],
    },
    // The grade view's webview: out/webview/grades.js and grades.css.
    { ...web, format: 'iife', entryPoints: { grades: 'extension/webview/grades/main.ts' }, outdir: 'out/webview' },
    // ```argmap blocks in VS Code's Markdown preview: the markdown-it plugin, with the language core
    // and render/ in it, as a bundle of its own that the client requires only when the preview asks
    // (extension/src/markdown-preview.ts); the preview's stylesheet and script (package.json
    // `markdown.previewStyles`, `markdown.previewScripts`).
    { ...common, entryPoints: ['extension/src/markdown/plugin.ts'], outfile: 'out/markdown/plugin.cjs' },
    {
        bundle: true, minify: production, logLevel: 'warning', entryPoints: ['extension/src/markdown/preview.css'],
        outfile: 'out/markdown/preview.css', external: ['../assets/*'], plugins: [sceneStyleSheet],
    },
    { ...web, format: 'iife', entryPoints: ['extension/webview/markdown-scroll.ts'], outfile: 'out/markdown/preview.js' },
];

/** What PNG export (`argmap render -o x.png`) reads at run time, beside the CLI bundle: the font the layout measures with, and resvg. */
function copyRenderAssets() {
    fs.mkdirSync('out/assets', { recursive: true });
    fs.copyFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'out/assets/DejaVuSans.ttf');
    fs.copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'out/assets/DejaVuSans-LICENSE.txt');
    fs.copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'out/assets/resvg.wasm');
}
copyRenderAssets();

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
