import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(__dirname, '../../language-server/src');

function sources(folder: string): string[] {
    const result: string[] = [];
    for (const entry of readdirSync(folder)) {
        const full = path.join(folder, entry);
        if (statSync(full).isDirectory()) result.push(...sources(full));
        else if (entry.endsWith('.ts')) result.push(full);
    }
    return result;
}

function importsOf(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(m => m[1] ?? m[2]);
}

/** ARCHITECTURE.md's invariants, checked on the imports of each folder. */
describe('architecture', () => {
    it('model/: only the builder and its span and walk helpers see the AST, no LSP, no node:fs', () => {
        for (const file of sources(path.join(src, 'model'))) {
            const name = path.basename(file);
            for (const spec of importsOf(file)) {
                expect(spec, `${name} imports ${spec}`).not.toMatch(/^(vscode-languageserver(\/node)?|langium\/lsp|node:fs|\.\.\/language\/|\.\.\/cli\/)$|^\.\.\/(language|cli)\//);
                if (!['build-graph.ts', 'ast-spans.ts', 'ast-walk.ts'].includes(name)) {
                    expect(spec, `${name} imports ${spec}`).not.toMatch(/generated\/ast|^langium/);
                }
            }
        }
    });

    it('only language/, the entry points (main.ts, main-browser.ts) and protocol.ts know LSP on the server', () => {
        for (const file of sources(src)) {
            const relative = path.relative(src, file);
            if (relative.startsWith('language') || ['main.ts', 'main-browser.ts', 'protocol.ts'].includes(relative) || relative.startsWith('generated')) continue;
            for (const spec of importsOf(file)) {
                expect(spec, `${relative} imports ${spec}`).not.toMatch(/^(vscode-languageserver(\/node)?|langium\/lsp)$/);
            }
        }
    });

    it('render/: only graph types, d3-flextree and resvg; no langium, vscode or node: modules (it runs in the webview)', () => {
        for (const file of sources(path.join(src, 'render'))) {
            const name = path.basename(file);
            for (const spec of importsOf(file)) {
                const allowed = /^\.\/[a-z-]+\.js$/.test(spec) || ['../model/argument-graph.js', '../model/graph-index.js', 'd3-flextree'].includes(spec)
                    || (name === 'png.ts' && spec === '@resvg/resvg-wasm');
                expect(allowed, `${name} imports ${spec}`).toBe(true);
            }
        }
        // graph-index.ts, which render/ uses, imports nothing but the graph types.
        expect(importsOf(path.join(src, 'model/graph-index.ts'))).toEqual(['./argument-graph.js']);
    });

    it('grading/: grades from the graph and diagnostics: no AST, langium or node: modules', () => {
        // countWords, closestNames, escapeMarkdown: pure functions on strings.
        const helpers = ['../language/validation/checks/style.js', '../language/lsp/code-actions/closest.js', '../interop/markdown.js'];
        for (const file of sources(path.join(src, 'grading'))) {
            for (const spec of importsOf(file)) {
                const allowed = /^\.\/[a-z-]+\.js$/.test(spec) || /^\.\.\/model\/(argument-graph|graph-index)\.js$/.test(spec) || helpers.includes(spec);
                expect(allowed, `${path.basename(file)} imports ${spec}`).toBe(true);
            }
        }
    });

    it('interop/: pure functions over the graph; only the model and each other, no langium, no node: modules, no CLI', () => {
        // Argdown import reads Argdown with Argdown's own parser and model: @argdown/core, pure JavaScript
        // (no file system, no node: modules), which also runs in the web worker. Only these files face it.
        const argdownFacing = ['argdown-parse.ts', 'argdown-elements.ts', 'argdown-relations.ts', 'argdown-annotations.ts', 'argdown-lost.ts'];
        for (const file of sources(path.join(src, 'interop'))) {
            const name = path.basename(file);
            for (const spec of importsOf(file)) {
                const allowed = /^\.\/[a-z-]+\.js$|^\.\.\/model\/[a-z-]+\.js$/.test(spec) || (argdownFacing.includes(name) && spec === '@argdown/core');
                expect(allowed, `${name} imports ${spec}`).toBe(true);
            }
        }
    });

    it('the client imports nothing from the server but protocol.ts; the webviews add render/ (and the messages each shares with the client)', () => {
        const extension = path.resolve(__dirname, '../../extension');
        const markdownPlugin = path.join(extension, 'src', 'markdown') + path.sep;
        for (const file of sources(path.join(extension, 'src')).filter(f => !f.startsWith(markdownPlugin))) {
            for (const spec of importsOf(file)) {
                const where = `${path.relative(extension, file)} imports ${spec}`;
                if (spec.includes('language-server/')) expect(spec, where).toMatch(/\/language-server\/src\/protocol\.js$/);
                // The Markdown plugin is a bundle of its own, required only when the Markdown preview asks for it.
                expect(spec, where).not.toMatch(/^langium|(^|\/)markdown\//);
            }
        }
        for (const file of sources(path.join(extension, 'webview'))) {
            for (const spec of importsOf(file).filter(s => s.startsWith('.'))) {
                expect(spec, `${path.relative(extension, file)} imports ${spec}`)
                    .toMatch(/^\.\/|\/language-server\/src\/(protocol|render\/[a-z-]+)\.js$|^(\.\.\/)+src\/(preview|grades)\/messages\.js$|^\.\.\/dom\.js$/);
            }
            expect(readFileSync(file, 'utf8'), `${path.relative(extension, file)} sets no markup`).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
        }
    });

    it('the thin client\'s one exception: the Markdown preview\'s plugin (extension/src/markdown/) uses the language core and render/', () => {
        const plugin = path.resolve(__dirname, '../../extension/src/markdown');
        for (const file of sources(plugin)) {
            for (const spec of importsOf(file).filter(s => s.includes('language-server/'))) {
                expect(spec, `${path.relative(plugin, file)} imports ${spec}`).toMatch(/^(\.\.\/){3}language-server\/src\/(language|render)\/[a-z-]+\.js$/);
            }
            expect(importsOf(file).filter(s => /^vscode/.test(s)), `${path.basename(file)} runs without the vscode API`).toEqual([]);
        }
    });

    it('check codes are typed, not bare strings: every check file reports through the Report type', () => {
        for (const file of sources(path.join(src, 'language/validation/checks'))) {
            const text = readFileSync(file, 'utf8');
            if (/code: '/.test(text)) expect(text, path.basename(file)).toMatch(/Report|GraphCheck/);
        }
    });
});
