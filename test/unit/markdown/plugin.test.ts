import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it, vi } from 'vitest';
import { ArgmapBlockRenderer, maxBlockCharacters, maxDrawnBoxes } from '../../../extension/src/markdown/block-renderer.js';
import { argmapMarkdownPlugin } from '../../../extension/src/markdown/plugin.js';
import { escapeXml } from '../../../language-server/src/render/svg.js';
import { buildOne } from '../../helpers/workspace.js';

/** A markdown-it engine as VS Code's Markdown preview builds it (raw HTML allowed), with the plugin. */
function previewEngine(renderer = new ArgmapBlockRenderer()): MarkdownIt {
    return new MarkdownIt({ html: true }).use(argmapMarkdownPlugin, renderer);
}

const fence = (text: string, info = 'argmap') => `\`\`\`${info}\n${text}\n\`\`\`\n`;

/** Each drawn statement's id and whole text (its `<title>`, as written: escaped). */
function drawnTitles(html: string): Map<string, string> {
    const titles = new Map<string, string>();
    for (const m of html.matchAll(/<g class="argmap-node [^"]*" data-id="([^"]*)"><title>([^<]*)<\/title>/g)) titles.set(m[1], m[2]);
    return titles;
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

const SMALL_MAP = `map "Does the world still need collective security?"
thesis need "The world needs a revitalised system of collective security." {
  argument failure {
    evidence aggression "A permanent member of the Security Council invaded a neighbour in 2022."
    claim veto "The veto let that member block any Council response."
  }
  objection selective "Collective action has always been applied selectively." {
    rebuttal reform "Uneven use calls for reforming the system, not abandoning it."
  }
}`;

describe('```argmap blocks in the Markdown preview (markdown-it plugin)', () => {
    it('draws a block as an inline SVG map holding every statement\'s whole text', async () => {
        const text = readFileSync(path.resolve(__dirname, '../../../examples/tutorial.argmap'), 'utf8');
        const html = previewEngine().render(`# Notes\n\n${fence(text)}\nAfter the map.\n`);
        expect(count(html, /<svg /g)).toBe(1);
        expect(html).toMatch(/^<h1>Notes<\/h1>\n<div class="argmap-markdown">\n<div class="argmap-markdown-map" style="--argmap-map-width: \d+px"><svg /);
        expect(html).toContain('<p>After the map.</p>');
        const titles = drawnTitles(html);
        const { graph } = (await buildOne(text)).model;
        expect(graph.statements.length).toBeGreaterThan(10);
        for (const statement of graph.statements) expect(titles.get(statement.id), statement.id).toBe(escapeXml(statement.text));
        expect(html).not.toContain('argmap-markdown-errors');
    });

    it('leaves every other fence and code block to markdown-it', () => {
        const others = `${fence('let x = 1;', 'js')}\n${fence('plain', '')}\n${fence('thesis t "Not argmap."', 'argmapx')}\n    indented code\n`;
        expect(previewEngine().render(others)).toBe(new MarkdownIt({ html: true }).render(others));
    });

    it('reads the language as markdown-it does: the first word of the info string, in any case', () => {
        expect(previewEngine().render(fence('thesis t "A thesis."', 'Argmap  {title="x"}'))).toContain('<svg ');
    });

    it('keeps the attributes the host puts on blocks (VS Code: data-line and code-line, for scroll sync)', () => {
        const md = previewEngine();
        // What VS Code's preview adds to every block token (its source_map_data_attribute rule).
        md.core.ruler.push('source_map_data_attribute', state => {
            for (const token of state.tokens) {
                if (token.map && token.type !== 'inline') {
                    token.attrSet('data-line', String(token.map[0]));
                    token.attrJoin('class', 'code-line');
                }
            }
        });
        expect(md.render(`Text.\n\n${fence(SMALL_MAP)}`)).toContain('<div data-line="2" class="code-line argmap-markdown">\n<div class="argmap-markdown-map"');
    });

    it('shows markup in statements, titles, sources and framings as text', () => {
        const html = previewEngine().render(fence([
            'map "</svg><script>alert(\'title\')</script> & \\"quoted\\""',
            'source site "<img src=x onerror=alert(1)>" url "javascript:alert(2)"',
            'framing evil "<b onmouseover=alert(3)>Evil</b>"',
            'thesis t "<script>alert(4)</script>" #evil cite site {',
            '  claim c "He said \\"no\\" & left </svg><svg onload=alert(5)>" cite site',
            '}',
        ].join('\n')));
        expect(count(html, /<svg/g)).toBe(1);
        expect(count(html, /<\/svg>/g)).toBe(1);
        expect(html).not.toMatch(/<script|<img|<b |<svg onload|href="javascript/);
        const titles = drawnTitles(html);
        expect(titles.get('t')).toBe('&lt;script&gt;alert(4)&lt;/script&gt;');
        expect(titles.get('c')).toBe('He said &quot;no&quot; &amp; left &lt;/svg&gt;&lt;svg onload=alert(5)&gt;');
        expect(html).toContain('&lt;/svg&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('lists syntax errors under what it could draw, escaped, with the block\'s line numbers, and no stack trace', () => {
        const html = previewEngine().render(fence(`${SMALL_MAP}\nclaim <b>bold</b> "y"\ncliam x "A misspelt keyword </ul><script>alert(1)</script>"\nclaim z "An unclosed text`));
        const map = html.indexOf('<svg ');
        const errors = html.indexOf('<div class="argmap-markdown-errors">');
        expect(map).toBeGreaterThan(0);
        expect(errors).toBeGreaterThan(map);
        const list = html.slice(errors);
        expect(list).toContain('<p>This block has 7 errors (lines count from the block\'s first line):</p>');
        expect(list).toContain('<li><span class="argmap-markdown-line">line 11:</span> Unexpected character <code>&lt;</code> (U+003C)');
        expect(list).toContain('<li><span class="argmap-markdown-line">line 13:</span> This text has no closing quote (&quot;). Add one where the text ends.</li>');
        expect(html).not.toMatch(/<script|<b>|<\/ul><script/);
        expect(html).not.toMatch(/\n\s+at |Error:/);
        // What parsed is drawn.
        expect(drawnTitles(html).get('reform')).toBe('Uneven use calls for reforming the system, not abandoning it.');
    });

    it('says politely that imports are not followed, and what they would have lent', () => {
        const html = previewEngine().render(fence([
            'import "./shared-sources.argmap"',
            'thesis need "The world needs collective security." {',
            '  objection selfHelp "States will not risk their soldiers for others." #realist cite mearsheimer {',
            '    rebuttal identities "Interests are historically constructed."',
            '  }',
            '}',
        ].join('\n')));
        expect(html).toContain('<p class="argmap-markdown-note">This block imports &quot;./shared-sources.argmap&quot;. '
            + 'The Markdown preview draws each block on its own and can&#39;t follow imports, so what the block uses from there is left out of the map: '
            + '<code>realist</code>, <code>mearsheimer</code>.');
        expect(html).not.toContain('argmap-markdown-errors'); // the names are explained, not listed as errors
        expect([...drawnTitles(html).keys()]).toEqual(['need', 'selfHelp', 'identities']);
    });

    it('says so when an import lends nothing the block uses', () => {
        const html = previewEngine().render(fence('import "./sources.argmap"\nthesis t "A thesis."'));
        expect(html).toContain('everything this block names is declared in it, so the map is complete.');
    });

    it('says an empty block has nothing to draw', () => {
        const html = previewEngine().render(fence('// a map to come'));
        expect(html).toContain('This block has no statements or arguments yet, so there is no map to draw.');
        expect(html).not.toContain('<svg');
    });

    it('does not draw a block longer than the limit, and says why', () => {
        const renderer = new ArgmapBlockRenderer();
        const text = `thesis t "${'word '.repeat(maxBlockCharacters / 5)}"`;
        const html = previewEngine(renderer).render(fence(text));
        expect(html).not.toContain('<svg');
        expect(html).toContain(`This block is too large to draw in the Markdown preview (${(text.length + 1).toLocaleString('en')} characters; the limit is 100,000).`); // with the fence's last line break
    });

    it('folds a map with more boxes than it draws, and says so', () => {
        const claims = Array.from({ length: maxDrawnBoxes }, (_, i) => `  claim c${i} "Reason number ${i}." cite s`).join('\n');
        const html = previewEngine().render(fence(`source s "A source."\nthesis t "A thesis with many reasons." {\n${claims}\n}`));
        expect(html).toMatch(/<p class="argmap-markdown-note">This map has 1001 boxes; the Markdown preview draws \d+ and folds the \d+ deepest away/);
        expect(html).toContain('folded</text>');
    });

    it('draws the example of docs/markdown.md without errors', () => {
        const docs = readFileSync(path.resolve(__dirname, '../../../docs/markdown.md'), 'utf8');
        const example = /^```argmap\n([\s\S]*?)^```$/m.exec(docs)?.[1];
        expect(example).toBeDefined();
        const html = previewEngine().render(fence(example!));
        expect([...drawnTitles(html).keys()]).toEqual(['need', 'aggression', 'veto', 'selective', 'reform']);
        expect(html).not.toMatch(/argmap-markdown-(errors|note)/);
    });

    it('draws each distinct block once, and again only when its text changes', () => {
        const renderer = new ArgmapBlockRenderer();
        const draw = vi.spyOn(renderer, 'draw');
        const md = previewEngine(renderer);
        const document = `${fence(SMALL_MAP)}\nText.\n\n${fence('thesis other "Another map."')}\n${fence(SMALL_MAP)}`;
        const first = md.render(document);
        expect(draw).toHaveBeenCalledTimes(2);
        expect(md.render(`${document}\nA paragraph typed below.\n`)).toContain(first);
        expect(draw).toHaveBeenCalledTimes(2);
        md.render(document.replace('Another map.', 'Another map, edited.'));
        expect(draw).toHaveBeenCalledTimes(3);
    });
});
