import type { ArgumentGraph } from '../model/argument-graph.js';
import { diagramOf, wrapText, type DiagramEdgeKind, type DiagramNodeKind } from './diagram.js';

/**
 * `export --format dot`: the map as a Graphviz digraph, support flowing upwards to the thesis.
 *
 * Labels are HTML-like (`label=<...>`), where only `&`, `<`, `>` and `"` need entities: in a
 * quoted DOT string a backslash is an escape for Graphviz, and a text ending in one would end the
 * string early. Node ids are the element ids, quoted (they never hold `"` or `\`; an id that did
 * would be replaced by a fresh `@N`, which no element id can be).
 */

const nodeStyle: Record<DiagramNodeKind, string> = {
    'thesis': 'shape=box, style="rounded,bold", peripheries=2',
    'claim': 'shape=box, style=rounded',
    'evidence': 'shape=note',
    'objection': 'shape=hexagon',
    'rebuttal': 'shape=cds',
    'argument': 'shape=ellipse, fontsize=10',
    'attacking-argument': 'shape=parallelogram, fontsize=10',
};

/** Line style and arrowhead tell the relations apart; colour (Okabe-Ito) only repeats it. */
const edgeStyle: Record<DiagramEdgeKind, string> = {
    premise: 'arrowhead=none, color="#555555"',
    supports: 'arrowhead=normal, color="#009E73"',
    attacks: 'arrowhead=tee, penwidth=2, color="#D55E00"',
    undercuts: 'arrowhead=tee, style=dashed, color="#E69F00"',
    contradicts: 'dir=both, arrowhead=odiamond, arrowtail=odiamond, style=dotted, color="#CC79A7"',
};

export function graphToDot(graph: ArgumentGraph): string {
    const diagram = diagramOf(graph);
    const ids = new Map<string, string>();
    diagram.nodes.forEach((node, i) => ids.set(node.id, /["\\\r\n]/.test(node.id) ? `"@${i + 1}"` : `"${node.id}"`));
    const lines = ['digraph argmap {'];
    const graphAttributes = ['rankdir=BT', 'fontname="DejaVu Sans"'];
    if (diagram.title !== null) graphAttributes.push(`label=<${html(diagram.title)}>`, 'labelloc=t');
    lines.push(`  graph [${graphAttributes.join(', ')}];`, '  node [fontname="DejaVu Sans", fontsize=11];', '  edge [fontname="DejaVu Sans"];');
    for (const node of diagram.nodes) {
        const text = node.text === null ? '' : `<BR/>${wrapText(node.text, 40).map(html).join('<BR/>')}`;
        lines.push(`  ${ids.get(node.id)} [${nodeStyle[node.kind]}, label=<<B>${html(node.heading)}</B>${text}>];`);
    }
    for (const edge of diagram.edges) {
        lines.push(`  ${ids.get(edge.from)} -> ${ids.get(edge.to)} [${edgeStyle[edge.kind]}];  // ${edge.kind}`);
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

/** Text for an HTML-like label: entities for markup characters; no control characters or lone surrogates (XML can't hold them). */
function html(text: string): string {
    return text
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
        .replace(/[\r\n]+/g, ' ');
}
