import { describe, expect, it } from 'vitest';
import { readRenderAsset } from '../../../language-server/src/cli/render-assets.js';
import type { ArgumentGraph, GraphStatement } from '../../../language-server/src/model/argument-graph.js';
import { layoutMap } from '../../../language-server/src/render/layout.js';
import { svgToPng } from '../../../language-server/src/render/png.js';
import { escapeXml, renderSvg, sceneToSvg } from '../../../language-server/src/render/svg.js';
import { exampleGraph } from '../../helpers/render.js';

const payload = '<script>alert(1)</script> </svg> ]]> <![CDATA[ x ]]> &amp; "q" \'a\' <img src=x onerror=alert(2)> '
    + '\u202Eevil\u202C \u2066isolate\u2069 \u200F rtl \u0007bell \uFFFF \uD800 end';

function statement(id: string, kind: GraphStatement['kind'], text: string, line: number): GraphStatement {
    return {
        id, name: id, kind, text, framings: ['x<y'], citations: [{ source: 's', locator: '</text><script>' }], status: 'accepted',
        range: { file: 'm.argmap', line, column: 1, endLine: line, endColumn: 10 },
    };
}

/** A graph built by hand, so texts can hold what the parser would never let through. */
const hostile: ArgumentGraph = {
    title: 'Title </title><script>x</script>', author: '"Author" & <co>',
    statements: [statement('t', 'thesis', payload, 1), statement('p', 'claim', payload, 2), statement('o', 'objection', payload, 3)],
    arguments: [{
        id: 'a', name: 'a', conclusion: 't', premises: ['p'], framings: [], citations: [], scheme: null, status: 'accepted',
        range: { file: 'm.argmap', line: 2, column: 1, endLine: 2, endColumn: 20 },
    }],
    relations: [{ kind: 'attacks', from: 'o', to: 't' }],
    framings: [{ name: 'x<y', label: 'Label <b>', description: ']]>' }],
    sources: [{ name: 's', text: 'Source </svg>', url: 'https://example.org/?a=1&b=<2>' }],
};

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('sceneToSvg', () => {
    it('escapes every text: markup, </svg>, ]]> and bidi controls show as the characters they are', () => {
        const scene = layoutMap(hostile);
        const svg = sceneToSvg(scene);
        expect(svg).not.toMatch(/<script|<img|<b>|<!\[CDATA\[|onerror=alert\(2\)>/);
        expect(svg.match(/<\/svg>/g)).toHaveLength(1);
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
        // Each <text> element holds exactly one scene line, which unescapes to the line as laid out.
        const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(m => unescape(m[1]));
        const lines = [
            ...(scene.title ?? []), ...scene.nodes.flatMap(n => [...n.lines.map(l => l.text), ...n.badges.map(b => b.label)]),
            ...(scene.footnotes ?? []),
        ].map(t => (typeof t === 'string' ? t : t.text));
        for (const line of lines) expect(texts).toContain(line);
        // Bidi controls are kept (the text is shown as written); what XML forbids becomes U+FFFD.
        expect(texts.join('')).toContain('\u202Eevil');
        expect(svg).not.toMatch(/[\u0007\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        expect(svg).toContain('\uFFFDbell');
        // Attributes too.
        expect(svg).toContain('aria-label="Title &lt;/title&gt;&lt;script&gt;x&lt;/script&gt; by &quot;Author&quot; &amp; &lt;co&gt;"');
    });

    it('is well-formed: resvg parses and draws it', async () => {
        const svg = renderSvg(hostile);
        const png = await svgToPng(svg, { wasm: readRenderAsset('wasm'), fonts: [readRenderAsset('font')] }, { scale: 1 });
        expect([...png.png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        expect(png.width).toBe(layoutMap(hostile).width);
    });

    it('escapes the five XML specials', () => {
        expect(escapeXml(`<a href="x">'&'</a>\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD');
    });

    it('draws one group per box with its id, one path per edge, arrowheads, hatching for rejected boxes, and a legend', async () => {
        const scene = layoutMap(await exampleGraph('tutorial.argmap'));
        const svg = sceneToSvg(scene);
        const ids = [...svg.matchAll(/<g class="argmap-node [^"]*" data-id="([^"]*)"/g)].map(m => m[1]);
        expect(ids.filter(id => !id.startsWith('legend:'))).toEqual(scene.nodes.map(n => n.id));
        const edges = [...svg.matchAll(/<path class="argmap-edge [^"]*" d="[^"]*" marker-end="url\(#argmap-arrow-(\w+)\)"( marker-start)?[^>]* data-from="([^"]*)" data-to="([^"]*)"/g)];
        const drawn = edges.map(m => `${m[3]} ${m[1]} ${m[4]}${m[2] ? ' both' : ''}`).filter(e => !e.startsWith('legend'));
        expect(drawn.sort()).toEqual(scene.edges.map(e => `${e.from} ${e.kind} ${e.to}${e.kind === 'contradicts' ? ' both' : ''}`).sort());
        for (const kind of ['supports', 'attacks', 'undercuts', 'contradicts']) expect(svg).toContain(`<marker id="argmap-arrow-${kind}"`);
        const rejected = scene.nodes.filter(n => n.status === 'rejected').length;
        expect(rejected).toBeGreaterThan(0);
        expect(svg.match(/class="argmap-hatch-fill"/g)).toHaveLength(rejected);
        expect(svg).toContain('<g class="argmap-legend">');
        expect(svg).toContain('font-kerning: none');
    });

    it('writes fixed colours for light and dark, CSS variables for a themed page, and the same shapes in each', async () => {
        const scene = layoutMap(await exampleGraph('tutorial.argmap'));
        const light = sceneToSvg(scene, { theme: 'light' });
        const dark = sceneToSvg(scene, { theme: 'dark' });
        const variables = sceneToSvg(scene, { theme: 'variables' });
        expect(light).toContain('.argmap-background { fill: #ffffff; }');
        expect(dark).toContain('.argmap-background { fill: #1e1f22; }');
        expect(light).not.toContain('var(');
        expect(variables).toContain('fill: var(--argmap-background, #ffffff)');
        const body = (svg: string) => svg.replace(/<style>[\s\S]*<\/style>/, '');
        expect(body(dark)).toBe(body(light));
        expect(body(variables)).toBe(body(light));
    });

    it('is deterministic', async () => {
        const graph = await exampleGraph('realism-vs-liberalism.argmap');
        expect(renderSvg(structuredClone(graph), { theme: 'dark' })).toBe(renderSvg(graph, { theme: 'dark' }));
    });
});
