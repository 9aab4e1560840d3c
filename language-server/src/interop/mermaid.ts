import type { ArgumentGraph } from '../model/argument-graph.js';
import { diagramOf, type DiagramEdgeKind, type DiagramNodeKind } from './diagram.js';

/**
 * `export --format mermaid`: the map as a Mermaid flowchart, support flowing upwards to the thesis.
 *
 * Node ids are generated (`n1`, `n2`, ...): element ids may hold characters Mermaid reads as
 * syntax, and words like `end` or a leading `o`/`x` next to a link change the parse. Every label is
 * a quoted string in which each character Mermaid (or the HTML it renders) could interpret is an
 * entity code (`#35;` for `#`): text is shown, never read as markup, Markdown or an entity.
 */

/** Shapes by kind: [opening, closing] around the quoted label. */
const shapes: Record<DiagramNodeKind, [string, string]> = {
    'thesis': ['[[', ']]'],
    'claim': ['(', ')'],
    'evidence': ['[(', ')]'],
    'objection': ['{{', '}}'],
    'rebuttal': ['>', ']'],
    'argument': ['([', '])'],
    'attacking-argument': ['[/', '/]'],
};

/** Line style and arrow end tell the relations apart; the link styles below only add colour. */
const links: Record<DiagramEdgeKind, string> = {
    premise: '---',
    supports: '-->',
    attacks: '--x',
    undercuts: '-.-x',
    contradicts: 'x==x',
};

const linkColours: Record<DiagramEdgeKind, string> = {
    premise: 'stroke:#555555',
    supports: 'stroke:#009E73',
    attacks: 'stroke:#D55E00,stroke-width:2px',
    undercuts: 'stroke:#E69F00',
    contradicts: 'stroke:#CC79A7',
};

const classStyles: Record<DiagramNodeKind, string> = {
    'thesis': 'stroke-width:3px,font-weight:bold',
    'claim': 'stroke-width:1px',
    'evidence': 'stroke-width:1px',
    'objection': 'stroke:#D55E00,stroke-width:2px',
    'rebuttal': 'stroke:#0072B2,stroke-width:2px',
    'argument': 'font-size:12px',
    'attacking-argument': 'stroke:#D55E00,font-size:12px',
};

export function graphToMermaid(graph: ArgumentGraph): string {
    const diagram = diagramOf(graph);
    const ids = new Map(diagram.nodes.map((node, i) => [node.id, `n${i + 1}`]));
    const lines: string[] = [];
    if (diagram.title !== null) lines.push('---', `title: ${JSON.stringify(oneLine(diagram.title))}`, '---');
    lines.push('flowchart BT');
    for (const node of diagram.nodes) {
        const [open, close] = shapes[node.kind];
        const label = [node.heading, ...(node.text === null ? [] : node.text.split('\n'))].map(escapeLabel).join('<br/>');
        lines.push(`  ${ids.get(node.id)}${open}"${label}"${close}`);
    }
    diagram.edges.forEach(edge => lines.push(`  ${ids.get(edge.from)} ${links[edge.kind]} ${ids.get(edge.to)}`));
    for (const [kind, style] of Object.entries(classStyles) as Array<[DiagramNodeKind, string]>) {
        const members = diagram.nodes.filter(n => n.kind === kind).map(n => ids.get(n.id)!);
        if (members.length > 0) lines.push(`  classDef ${cssClass(kind)} ${style}`, `  class ${members.join(',')} ${cssClass(kind)}`);
    }
    for (const [kind, style] of Object.entries(linkColours) as Array<[DiagramEdgeKind, string]>) {
        const indexes = diagram.edges.flatMap((e, i) => (e.kind === kind ? [i] : []));
        if (indexes.length > 0) lines.push(`  linkStyle ${indexes.join(',')} ${style}`);
    }
    return `${lines.join('\n')}\n`;
}

/** `attacking-argument` is fine as a CSS class, but Mermaid's class names are safest as plain words. */
function cssClass(kind: DiagramNodeKind): string {
    return kind.replace('-', '_');
}

/**
 * Entity codes for what a quoted label could read as syntax: the quote that would end it, `#`
 * (which starts an entity code), markup and entity characters, the backtick of Markdown strings.
 */
function escapeLabel(text: string): string {
    return oneLine(text).replace(/[#"<>&`]/g, char => `#${char.charCodeAt(0)};`);
}

/** Control characters and line breaks as spaces (labels break only where we put `<br/>`). */
function oneLine(text: string): string {
    return text.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, ' ');
}
