import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../language-server/src/interop/diagram.js';
import { graphToDot } from '../../../language-server/src/interop/dot.js';
import { graphToMermaid } from '../../../language-server/src/interop/mermaid.js';
import { exampleGraph, graphOf } from '../../helpers/render.js';

/** Texts that break naive escaping in DOT, HTML, Mermaid or Markdown. */
const hostile = [
    'He said "no" & <b>bold</b> </B> &amp; ]]> -->',
    'Ends in a backslash \\',
    'Mermaid: end; %% #35; #quot; `code` [x] (y) {z} |pipe| A-->B o--x',
    'Unicode: Étoile ✓ 中文 😀',
    'Two\nlines',
];

const map = `map "A <map> & \\"its\\" title"
thesis t "${hostile[0].replace(/"/g, '\\"')}" {
  argument a scheme expert-opinion {
    claim p "${hostile[1].replace(/\\/g, '\\\\')}"
    evidence e "${hostile[2]}"
    objection u "${hostile[3]}"
  }
  objection o "${hostile[4].replace('\n', '\\n')}" { rebuttal r "R" }
}
argument x attacks t { claim q "Q" }
claim c contradicts p "C"
`;

/** Graphviz itself (viz.js, Graphviz compiled to JavaScript): DOT in, SVG out. One instance: its render module loads once. */
let viz: { renderString(dot: string): Promise<string> } | undefined;
async function renderDot(dot: string): Promise<string> {
    if (!viz) {
        const require = createRequire(__filename);
        const Viz = require('viz.js');
        const { Module, render } = require('viz.js/full.render.js');
        viz = new Viz({ Module, render });
    }
    return viz!.renderString(dot);
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

describe('export --format dot', () => {
    it('is a digraph Graphviz draws, every text shown as written', async () => {
        const graph = await graphOf(map);
        const svg = await renderDot(graphToDot(graph));
        const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => unescapeXml(m[1]));
        for (const statement of graph.statements) {
            for (const line of wrapText(statement.text, 40)) expect(texts, line).toContain(line);
        }
        expect(texts).toContain('A <map> & "its" title');
        expect(texts).toContain('argument a (expert-opinion)');
        expect(texts).toContain('attacking argument x');
        expect([...svg.matchAll(/class="node"/g)]).toHaveLength(graph.statements.length + graph.arguments.length);
    });

    it('draws every element as a node whose shape says its kind, every relation as an edge whose style says its kind', async () => {
        const dot = graphToDot(await graphOf(map));
        expect(dot).toMatch(/^ {2}"t" \[shape=box, style="rounded,bold", peripheries=2, label=<<B>thesis t<\/B><BR\/>He said &quot;no&quot; &amp; &lt;b&gt;bold&lt;\/b&gt;/m);
        expect(dot).toContain('"p" [shape=box, style=rounded, label=<<B>claim p</B><BR/>Ends in a backslash \\>];');
        expect(dot).toContain('"o" [shape=hexagon, label=<<B>objection o</B><BR/>Two<BR/>lines>];');
        const edges = dot.split('\n').filter(l => l.includes(' -> ')).map(l => l.replace(/ \[.*\/\/ /, ' '));
        expect(edges).toEqual([
            '  "p" -> "a" premise', '  "e" -> "a" premise', '  "a" -> "t" supports', '  "q" -> "x" premise',
            '  "u" -> "a" undercuts', '  "o" -> "t" attacks', '  "r" -> "o" attacks', '  "x" -> "t" attacks', '  "c" -> "p" contradicts',
        ]);
        const styles = new Set(dot.split('\n').filter(l => l.includes(' -> ')).map(l => l.replace(/^.*\[(.*)\];.*$/, '$1')));
        expect(styles.size).toBe(5);
    });

    it('quotes ids, and replaces one it cannot quote', async () => {
        const graph = await graphOf('thesis t "T" { claim "unnamed" }');
        graph.statements[1].id = 'odd"id\\';
        graph.arguments[0].premises = ['odd"id\\'];
        const dot = graphToDot(graph);
        expect(dot).toContain('"@2" [shape=box');
        expect(dot).toContain('"@2" -> "argument@1:16"');
        await expect(renderDot(dot)).resolves.toContain('<svg');
    });

    it('draws every example', async () => {
        for (const file of ['tutorial.argmap', 'realism-vs-liberalism.argmap']) {
            const graph = await exampleGraph(file);
            const svg = await renderDot(graphToDot(graph));
            expect([...svg.matchAll(/class="node"/g)], file).toHaveLength(graph.statements.length + graph.arguments.length);
            expect([...svg.matchAll(/class="edge"/g)], file).toHaveLength(
                graph.arguments.reduce((n, a) => n + a.premises.length + (a.conclusion === null ? 0 : 1), 0) + graph.relations.length);
        }
    });
});

describe('export --format mermaid', () => {
    const nodeLine = /^ {2}n\d+(\[\[|\(\[|\[\(|\[\/|\{\{|\(|>)"([^"]*)"(\]\]|\]\)|\)\]|\/\]|\}\}|\)|\])$/;
    const linkLine = /^ {2}n\d+ (---|-->|--x|-\.-x|x==x) n\d+$/;
    const decode = (label: string) => label.split('<br/>').map(l => l.replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))));

    it('is a flowchart whose labels hold no character Mermaid or HTML would read, and decode to the texts', async () => {
        const graph = await graphOf(map);
        const mermaid = graphToMermaid(graph);
        const lines = mermaid.trimEnd().split('\n');
        expect(lines.slice(0, 4)).toEqual(['---', 'title: "A <map> & \\"its\\" title"', '---', 'flowchart BT']);
        const labels: string[][] = [];
        for (const line of lines.slice(4)) {
            const node = nodeLine.exec(line);
            if (node) {
                expect(node[2], line).not.toMatch(/[`&"]|<(?!br\/>)|(?<!<br\/)>|#(?!\d+;)/);
                labels.push(decode(node[2]));
            } else {
                expect(line, 'a node, a link, a class or a link style').toMatch(new RegExp(`${linkLine.source}|^ {2}(classDef|class|linkStyle) `));
            }
        }
        expect(labels).toHaveLength(graph.statements.length + graph.arguments.length);
        expect(labels).toContainEqual(['thesis t', hostile[0]]);
        expect(labels).toContainEqual(['claim p', hostile[1]]);
        expect(labels).toContainEqual(['evidence e', hostile[2]]);
        expect(labels).toContainEqual(['objection u', hostile[3]]);
        expect(labels).toContainEqual(['objection o', 'Two', 'lines']);
    });

    it('gives each kind its shape and each relation its link', async () => {
        const mermaid = graphToMermaid(await graphOf(map));
        expect(mermaid).toContain('  n1[["thesis t<br/>He said #34;no#34; #38; #60;b#62;bold#60;/b#62; #60;/B#62; #38;amp; ]]#62; --#62;"]]');
        expect(mermaid).toContain('n6>"rebuttal r<br/>R"]');
        expect(mermaid).toContain('n9(["argument a (expert-opinion)"])');
        expect(mermaid).toContain('n10[/"attacking argument x"/]');
        const links = mermaid.split('\n').filter(l => linkLine.test(l)).map(l => l.trim());
        expect(links).toEqual(['n2 --- n9', 'n3 --- n9', 'n9 --> n1', 'n7 --- n10', 'n4 -.-x n9', 'n5 --x n1', 'n6 --x n5', 'n10 --x n1', 'n8 x==x n2']);
        expect(mermaid).toContain('  classDef thesis stroke-width:3px,font-weight:bold\n  class n1 thesis');
        expect(mermaid).toContain('  linkStyle 0,1,3 stroke:#555555');
    });
});
