import type { ArgumentGraph, Citation, GraphArgument, GraphStatement } from '../model/argument-graph.js';
import { isValidName } from './argmap-names.js';
import { fillLines, stringWords, type Unit } from './argmap-text.js';
import { planPrinting, type Element, type Link, type PrintPlan } from './print-plan.js';

export interface PrintOptions {
    /** Comment lines to write above an element, by id: what an importer could not map (an unknown scheme, a rephrase). */
    comments?: ReadonlyMap<string, readonly string[]>;
    /** Comment lines at the top of the file (where it came from). */
    preamble?: readonly string[];
    /** Comment lines at the end of the file (what an importer met after the last element, such as a heading). */
    epilogue?: readonly string[];
}

/**
 * The printer: an ArgumentGraph as idiomatic `.argmap` text, as a person would write it (DESIGN.md,
 * "Interchange"). The map header, sources and framings first; then each thesis with its arguments,
 * objections and rebuttals nested where the graph is a tree; then what hangs elsewhere, with its
 * relation spelled out. Laid out as the formatter lays it out; long strings wrap at `lineWidth`.
 * Parsing the text gives the same graph (ids of unnamed elements aside, which follow positions).
 *
 * What the language cannot say is kept as well as it can be: a second relation from one statement
 * becomes a one-premise attacking argument, or a comment where none fits (no builder makes such a
 * graph; an importer should not either). Every element is written as the file's own: a graph
 * that holds imported elements prints as one file without imports.
 */
export function printArgmap(graph: ArgumentGraph, options: PrintOptions = {}): string {
    return new ArgmapWriter(graph, planPrinting(graph), options).write();
}

const indentOf = (level: number) => '  '.repeat(level);
const isStatement = (e: Element): e is GraphStatement => 'text' in e;

class ArgmapWriter {
    private readonly comments = new Map<string, string[]>();
    private readonly preamble: readonly string[];
    private readonly epilogue: readonly string[];

    constructor(private readonly graph: ArgumentGraph, private readonly plan: PrintPlan, options: PrintOptions) {
        for (const [id, lines] of options.comments ?? []) this.comments.set(id, [...lines]);
        this.preamble = options.preamble ?? [];
        this.epilogue = options.epilogue ?? [];
    }

    write(): string {
        const chunks: string[][] = [];
        const head = [...this.preamble.map(comment), ...this.header()];
        if (head.length > 0) chunks.push(head);
        for (const declarations of [this.sources(), this.framings()]) if (declarations.length > 0) chunks.push(declarations);
        // First: what can't be said on its element becomes a comment there, or an argument at the end.
        const synthetic = this.extraRelations();
        let loose: string[] = [];
        for (const root of this.plan.roots) {
            const lines: string[] = [];
            this.element(root, 0, lines);
            // Elements with a block (or a long text) stand apart; one-liners (cross-links) stay together.
            if (lines.length > 1) {
                if (loose.length > 0) chunks.push(loose);
                loose = [];
                chunks.push(lines);
            } else {
                loose.push(...lines);
            }
        }
        if (loose.length > 0) chunks.push(loose);
        if (synthetic.length > 0) chunks.push(synthetic);
        if (this.epilogue.length > 0) chunks.push(this.epilogue.map(comment));
        return chunks.length === 0 ? '' : `${chunks.map(c => c.join('\n')).join('\n\n')}\n`;
    }

    private header(): string[] {
        const { title, author } = this.graph;
        if (title === null) return [];
        const units: Unit[] = [{ words: ['map'] }, { words: stringWords(title), breakable: true }];
        if (author !== null) units.push({ words: ['by'] }, { words: stringWords(author), breakable: true });
        return fillLines('', units);
    }

    private sources(): string[] {
        return this.graph.sources.flatMap(s => {
            const units: Unit[] = [{ words: ['source', s.name] }, { words: stringWords(s.text), breakable: true }];
            if (s.url !== null) units.push({ words: ['url', ...stringWords(s.url)] });
            return fillLines('', units);
        });
    }

    private framings(): string[] {
        return this.graph.framings.flatMap(f => {
            const units: Unit[] = [{ words: ['framing', f.name] }, { words: stringWords(f.label), breakable: true }];
            if (f.description !== null) units.push({ words: stringWords(f.description), breakable: true });
            return fillLines('', units);
        });
    }

    /** An element at its level; at top level with the link it states itself. */
    private element(e: Element, level: number, out: string[]): void {
        const link = level === 0 ? this.plan.linkOf(e.id) : null;
        if (isStatement(e)) {
            this.statement(e, level, link, out);
        } else if (this.plan.isAbsorbed(e.id)) {
            // The shorthand: the argument is written as its premise, in its place.
            this.writeComments(e.id, level, out);
            this.statement(this.plan.element(e.premises[0]) as GraphStatement, level, link, out);
        } else {
            this.argument(e, level, link, out);
        }
    }

    /** `KIND [name] [RELATION target] "text" attributes [{ children }]`. Recursion is bounded: the plan nests at most 64 levels. */
    private statement(s: GraphStatement, level: number, link: Link | null, out: string[]): void {
        this.writeComments(s.id, level, out);
        const units: Unit[] = [{ words: this.head(s.kind, s.id, link) }, { words: stringWords(s.text), breakable: true }];
        units.push(...s.framings.map(f => ({ words: [`#${f}`] })));
        if (s.kind === 'objection') units.push(...(s.questions ?? []).map(n => ({ words: ['question', String(n)] })));
        units.push(...this.citations(s.citations));
        this.withBlock(fillLines(indentOf(level), units), level, this.plan.children(s.id), out, child => this.element(child, level + 1, out));
    }

    /** `argument [name] [RELATION target] attributes { premises, undercutters }`. */
    private argument(a: GraphArgument, level: number, link: Link | null, out: string[]): void {
        this.writeComments(a.id, level, out);
        const units: Unit[] = [{ words: this.head('argument', a.id, link) }, ...a.framings.map(f => ({ words: [`#${f}`] }))];
        if (a.scheme !== null && isValidName(a.scheme)) units.push({ words: ['scheme', a.scheme] });
        if (a.scheme !== null && !isValidName(a.scheme)) this.writeComments(a.id, level, out, [`scheme: ${a.scheme}`]);
        units.push(...this.citations(a.citations));
        const lines = fillLines(indentOf(level), units);
        const children = this.plan.children(a.id);
        const inline = new Set(children.map(c => c.id));
        const premises = a.premises.filter(p => this.plan.element(p) !== undefined);
        const items: Array<Element | string> = [
            ...premises.map(p => (inline.has(p) ? this.plan.element(p)! : this.nameOf(p))),
            ...children.filter(c => !premises.includes(c.id)),
        ];
        if (items.length === 0) {
            lines[lines.length - 1] += ' { }';
            out.push(...lines);
            return;
        }
        this.withBlock(lines, level, items, out, item => {
            if (typeof item === 'string') out.push(`${indentOf(level + 1)}${item}`);
            else this.element(item, level + 1, out);
        });
    }

    private withBlock<T>(lines: string[], level: number, items: readonly T[], out: string[], writeItem: (item: T) => void): void {
        if (items.length === 0) {
            out.push(...lines);
            return;
        }
        lines[lines.length - 1] += ' {';
        out.push(...lines);
        for (const item of items) writeItem(item);
        out.push(`${indentOf(level)}}`);
    }

    /** Keyword, name, and at top level the relation the element states itself. */
    private head(keyword: string, id: string, link: Link | null): string[] {
        const words = [keyword];
        const name = this.plan.nameOf(id);
        if (name !== null) words.push(name);
        if (link) words.push(link.kind, this.nameOf(link.to));
        return words;
    }

    private citations(citations: readonly Citation[]): Unit[] {
        return citations.map(c => ({ words: ['cite', c.source, ...(c.locator === null ? [] : stringWords(c.locator))] }));
    }

    private nameOf(id: string): string {
        // The plan names every element something refers to.
        return this.plan.nameOf(id)!;
    }

    private writeComments(id: string, level: number, out: string[], extra: readonly string[] = []): void {
        for (const text of [...(this.comments.get(id) ?? []), ...extra]) out.push(`${indentOf(level)}${comment(text)}`);
    }

    /**
     * Relations the plan could not hang on their element: an attack or undercut becomes a
     * one-premise attacking argument at the end; anything else a comment above its element.
     */
    private extraRelations(): string[] {
        const lines: string[] = [];
        for (const extra of this.plan.extras) {
            const from = this.plan.element(extra.from)!;
            if (isStatement(from) && extra.kind !== 'contradicts') {
                lines.push(`argument ${extra.kind} ${this.nameOf(extra.to)} {`, `  ${this.nameOf(extra.from)}`, '}');
            } else {
                const list = this.comments.get(extra.from) ?? [];
                list.push(`also ${extra.kind} ${this.nameOf(extra.to)} (the language gives ${isStatement(from) ? 'a statement' : 'an argument'} one relation of its own)`);
                this.comments.set(extra.from, list);
            }
        }
        return lines;
    }
}

/** A line comment; its text on one line. */
function comment(text: string): string {
    return `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`.trimEnd();
}
