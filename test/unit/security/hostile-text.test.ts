// The map's text is a stranger's: in every place it is shown (the SVG the preview and exports draw,
// hovers, completion, the essay outline) it must read as the characters it holds, never as markup,
// script, styles or links. The same payloads go through a real VS Code in test/e2e/map.test.mjs.
import { describe, expect, it } from 'vitest';
import { graphToOutline } from '../../../language-server/src/interop/outline.js';
import { escapeXml, renderSvg } from '../../../language-server/src/render/svg.js';
import { hostileMap, payloads, urls } from '../../fixtures/hostile/hostile-map.mjs';
import { lspWorkspace } from '../../helpers/lsp.js';
import { buildWorkspace } from '../../helpers/workspace.js';

/** The elements an Argmap SVG is made of: anything else came from the text. */
const svgElements = new Set(['svg', 'title', 'style', 'defs', 'marker', 'path', 'g', 'circle', 'text', 'pattern', 'rect', 'use']);

/** Unescaped Markdown that would make a link or HTML: `<scheme:...>`, `<tag`, `](`. Web autolinks are allowed. */
function plantedMarkdown(markdown: string): string[] {
    const found: string[] = [];
    for (const match of markdown.matchAll(/(?<!\\)<([^\s<>]*)>?/g)) {
        if (!/^https?:\/\/[^\s<>]+$/i.test(match[1])) found.push(match[0]);
    }
    for (const match of markdown.matchAll(/(?<!\\)\]\(/g)) found.push(markdown.slice(Math.max(0, match.index - 20), match.index + 20));
    return found;
}

describe('hostile text in a map', () => {
    it('has at least 50 payloads, in a map that checks without errors', async () => {
        expect(payloads.length).toBeGreaterThanOrEqual(50);
        const workspace = await buildWorkspace({ 'hostile.argmap': hostileMap() });
        expect(workspace.diagnostics('hostile.argmap').filter(d => d.severity === 1)).toEqual([]);
        const { graph } = workspace.model('hostile.argmap');
        expect(graph.statements.map(s => s.text)).toEqual(expect.arrayContaining(payloads));
        expect(graph.sources.map(s => s.url)).toEqual(urls);
    });

    it('the SVG holds only its own elements, no event handlers, and every text escaped', async () => {
        const workspace = await buildWorkspace({ 'hostile.argmap': hostileMap() });
        const { graph } = workspace.model('hostile.argmap');
        const svg = renderSvg(graph);
        const elements = new Set([...svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map(m => m[1]));
        expect([...elements].filter(e => !svgElements.has(e))).toEqual([]);
        // Every attribute is one of ours: an `on...=` or a `style=` could only come from the text.
        const attributes = new Set([...svg.matchAll(/\s([A-Za-z][\w:-]*)="/g)].map(m => m[1]));
        expect([...attributes].filter(a => /^on|^style$|^xlink:href$/i.test(a))).toEqual([]);
        expect([...svg.matchAll(/\shref="([^"]*)"/g)].map(m => m[1]).filter(href => !href.startsWith('#'))).toEqual([]);
        // Every statement's whole text is there, escaped, in its box's <title>.
        for (const payload of payloads) expect(svg, payload).toContain(`<title>${escapeXml(payload)}</title>`);
    });

    it('hovers show texts, labels, titles and urls as written: no HTML, and links only to web addresses', async () => {
        const text = hostileMap()
            .replace(/^ {2}claim p(\d+) /gm, '  claim p<|>$1 ')
            .replace(/^source s(\d+) /gm, 'source s<|>$1 ');
        const ws = await lspWorkspace({ 'hostile.argmap': text });
        const hovers = await Promise.all([...Array(payloads.length + urls.length).keys()].map(n => ws.hover('hostile.argmap', n)));
        expect(hovers.every(h => h !== undefined)).toBe(true);
        for (const hover of hovers) expect(plantedMarkdown(hover!), hover).toEqual([]);
        // The one web address is a link; the others are text.
        expect(hovers.filter(h => /(?<!\\)<https:\/\//.test(h!)).length).toBeGreaterThan(0);
    });

    it('completion documents sources as text, with links only to web addresses', async () => {
        const ws = await lspWorkspace({ 'hostile.argmap': hostileMap().replace(/\n}\n$/, '\n  claim extra "x" cite <|>\n}\n') });
        const sources = (await ws.completion('hostile.argmap')).filter(item => /^s\d$/.test(item.label));
        expect(sources).toHaveLength(urls.length);
        for (const item of sources) {
            const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation!.value;
            expect(plantedMarkdown(documentation), documentation).toEqual([]);
        }
    });

    it('the essay outline (Markdown) shows every payload as text', async () => {
        const workspace = await buildWorkspace({ 'hostile.argmap': hostileMap() });
        const outline = graphToOutline(workspace.model('hostile.argmap').graph, 'hostile.argmap');
        expect(plantedMarkdown(outline)).toEqual([]);
    });
});
