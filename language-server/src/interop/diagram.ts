import type { ArgumentGraph, StatementKind } from '../model/argument-graph.js';

/**
 * What the DOT and Mermaid exports draw, in one place so that both draw the same thing: every
 * statement and argument a node, every premise, support, attack, undercut and contradiction an
 * edge. Each writer then only decides how a kind looks and how its format escapes text.
 */
export type DiagramNodeKind = StatementKind | 'argument' | 'attacking-argument';
export type DiagramEdgeKind = 'premise' | 'supports' | 'attacks' | 'undercuts' | 'contradicts';

export interface DiagramNode {
    id: string;
    kind: DiagramNodeKind;
    /** The first line: the kind, the name if any, an argument's scheme. */
    heading: string;
    /** A statement's text (may hold line breaks); null for arguments. */
    text: string | null;
}

export interface DiagramEdge {
    from: string;
    to: string;
    kind: DiagramEdgeKind;
}

export interface Diagram {
    title: string | null;
    nodes: DiagramNode[];
    edges: DiagramEdge[];
}

export function diagramOf(graph: ArgumentGraph): Diagram {
    const nodes: DiagramNode[] = [];
    const edges: DiagramEdge[] = [];
    const known = new Set([...graph.statements.map(s => s.id), ...graph.arguments.map(a => a.id)]);
    for (const s of graph.statements) {
        nodes.push({ id: s.id, kind: s.kind, heading: s.name === null ? s.kind : `${s.kind} ${s.name}`, text: s.text });
    }
    for (const a of graph.arguments) {
        const kind = a.conclusion === null ? 'attacking-argument' : 'argument';
        const words = [kind === 'argument' ? 'argument' : 'attacking argument', ...(a.name === null ? [] : [a.name])];
        if (a.scheme !== null) words.push(`(${a.scheme})`);
        nodes.push({ id: a.id, kind, heading: words.join(' '), text: null });
        for (const p of a.premises) if (known.has(p)) edges.push({ from: p, to: a.id, kind: 'premise' });
        if (a.conclusion !== null && known.has(a.conclusion)) edges.push({ from: a.id, to: a.conclusion, kind: 'supports' });
    }
    for (const r of graph.relations) {
        if (known.has(r.from) && known.has(r.to)) edges.push({ from: r.from, to: r.to, kind: r.kind });
    }
    return { title: graph.title, nodes, edges };
}

/** Splits text into lines of about `width` characters at spaces, keeping its own line breaks. */
export function wrapText(text: string, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(/[^\S\n]+/).filter(w => w !== '')) {
            if (line !== '' && line.length + 1 + word.length > width) {
                lines.push(line);
                line = word;
            } else {
                line = line === '' ? word : `${line} ${word}`;
            }
        }
        lines.push(line);
    }
    return lines;
}
