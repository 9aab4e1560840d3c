import type { ArgumentGraph, Citation, GraphArgument, GraphStatement } from '../model/argument-graph.js';
import { indexOf, isAttackingArgument, type GraphIndex } from '../model/graph-index.js';
import { escapeMarkdown, webLink } from './markdown.js';

/**
 * `argmap export --format outline`: the map as the plan of an essay (DESIGN.md, "Essay outline"):
 * the thesis, a section per argument for it with its premises as the paragraph plan, the
 * counter-arguments with the responses to them, and the sources cited. Every statement's text
 * appears once, verbatim (escaped): what fits none of those sections is listed at the end, so that
 * nothing the student wrote is lost from the plan.
 */
export function graphToOutline(graph: ArgumentGraph, fileName: string): string {
    return new OutlineWriter(graph).write(fileName);
}

/**
 * How deep bullets nest. The outline follows support and answers down as nested bullets, by
 * recursion; a chain of 10,000 supports overflowed the stack (and would have indented its last
 * bullet by 20,000 spaces). What lies deeper is left unwritten there and continues under "Other
 * points" as a bullet of its own, as the map's layout starts a new root (DESIGN.md: no walk may
 * recurse without bound).
 */
const maxNesting = 32;

class OutlineWriter {
    private readonly index: GraphIndex;
    private readonly lines: string[] = [];
    /** Statements already written (each appears once; a reused premise is referred to the second time). */
    private readonly written = new Set<string>();
    private readonly cited = new Set<string>();

    constructor(private readonly graph: ArgumentGraph) {
        this.index = indexOf(graph);
    }

    write(fileName: string): string {
        const { graph } = this;
        this.lines.push(`# ${escapeMarkdown(graph.title ?? fileName)}`, '');
        if (graph.author) this.lines.push(`*${escapeMarkdown(graph.author)}*`, '');
        const theses = graph.statements.filter(s => s.kind === 'thesis');
        this.lines.push(theses.length > 1 ? '## Theses' : '## Thesis', '');
        for (const thesis of theses) {
            this.lines.push(theses.length > 1 ? `- ${this.statementText(thesis)}` : this.statementText(thesis));
            this.written.add(thesis.id);
        }
        if (theses.length === 0) this.lines.push('*No thesis yet: state your position in one sentence.*');
        this.lines.push('');

        const forTheses = theses.flatMap(t => this.index.supporters.get(t.id) ?? []);
        if (forTheses.length > 0) {
            this.lines.push('## Arguments', '');
            for (const argument of forTheses) this.argumentSection(argument);
        }

        const counters = this.counterArguments();
        if (counters.length > 0) {
            this.lines.push('## Counter-arguments and responses', '');
            for (const counter of counters) this.counterArgument(counter, '', 0);
            this.lines.push('');
        }

        const rest = graph.statements.filter(s => !this.written.has(s.id));
        if (rest.length > 0) {
            this.lines.push('## Other points', '');
            // One written meanwhile (beneath an earlier point) is not repeated.
            for (const statement of rest) if (!this.written.has(statement.id)) this.premise(statement, '', 0);
            this.lines.push('');
        }

        const sources = graph.sources.filter(s => this.cited.has(s.name));
        if (sources.length > 0) {
            this.lines.push('## Sources', '');
            for (const source of sources) this.lines.push(`- ${escapeMarkdown(source.text)}${source.url ? ` ${webLink(source.url)}` : ''}`);
            this.lines.push('');
        }
        return `${this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
    }

    /** `### name`, then the premises as bullets, each with what supports it nested beneath. */
    private argumentSection(argument: GraphArgument): void {
        this.lines.push(`### ${escapeMarkdown(this.heading(argument))}`, '');
        if (argument.citations.length > 0) this.lines.push(`*Sources:* ${argument.citations.map(c => this.citation(c)).join(' ')}`, '');
        if (argument.scheme) this.lines.push(`*An argument from ${escapeMarkdown(argument.scheme)}.*`, '');
        this.premises(argument, '', 0);
        this.lines.push('');
    }

    private premises(argument: GraphArgument, indent: string, depth: number): void {
        for (const id of argument.premises) {
            const premise = this.index.statements.get(id);
            if (premise) this.premise(premise, indent, depth);
        }
    }

    /** A statement as a bullet; the arguments for it nested (one level per argument when there are several). */
    private premise(statement: GraphStatement, indent: string, depth: number): void {
        if (this.written.has(statement.id)) {
            this.lines.push(`${indent}- ${this.statementText(statement)} *(see above)*`);
            return;
        }
        if (depth >= maxNesting) return; // written under "Other points"
        this.written.add(statement.id);
        this.lines.push(`${indent}- ${this.statementText(statement)}`);
        const supporters = this.index.supporters.get(statement.id) ?? [];
        for (const sub of supporters) {
            if (supporters.length === 1) {
                this.premises(sub, `${indent}  `, depth + 1);
            } else {
                this.lines.push(`${indent}  - *${escapeMarkdown(this.heading(sub))}:*`);
                this.premises(sub, `${indent}    `, depth + 1);
            }
        }
    }

    /**
     * The objections and attacking arguments, and the statements that contradict what the essay
     * argues, in document order (an objection to one of those is answered beneath it).
     */
    private counterArguments(): Array<GraphStatement | GraphArgument> {
        const counters: Array<GraphStatement | GraphArgument> = [];
        for (const statement of this.graph.statements) {
            if (statement.kind === 'objection' || (!this.written.has(statement.id) && this.contradictsWritten(statement.id))) counters.push(statement);
        }
        for (const argument of this.graph.arguments) if (isAttackingArgument(this.index, argument.id)) counters.push(argument);
        const position = (e: GraphStatement | GraphArgument) => e.range.line * 1e6 + e.range.column;
        return counters.sort((a, b) => a.range.file.localeCompare(b.range.file) || position(a) - position(b));
    }

    private contradictsWritten(id: string): boolean {
        return (this.index.relationsFrom.get(id) ?? []).some(r => r.kind === 'contradicts' && this.written.has(r.to))
            || (this.index.relationsTo.get(id) ?? []).some(r => r.kind === 'contradicts' && this.written.has(r.from));
    }

    /** The objection, what it is against, what supports it, and the responses beneath (recursively). */
    private counterArgument(counter: GraphStatement | GraphArgument, indent: string, depth: number): void {
        const against = this.targets(counter.id);
        const suffix = against.length > 0 ? ` *(against ${against.join('; ')})*` : '';
        if ('text' in counter) {
            if (this.written.has(counter.id)) return;
            this.written.add(counter.id);
            const label = counter.kind === 'objection' ? 'Objection' : 'Contradiction';
            this.lines.push(`${indent}- **${label}:** ${this.statementText(counter)}${suffix}`);
            for (const sub of this.index.supporters.get(counter.id) ?? []) this.premises(sub, `${indent}  `, depth + 1);
        } else {
            this.lines.push(`${indent}- **Objection** (${escapeMarkdown(this.heading(counter))})${suffix}:`);
            this.premises(counter, `${indent}  `, depth + 1);
        }
        for (const response of this.responses(counter.id)) {
            if (this.written.has(response.id)) continue;
            this.written.add(response.id);
            this.lines.push(`${indent}  - **Response:** ${this.statementText(response)}`);
            for (const sub of this.index.supporters.get(response.id) ?? []) this.premises(sub, `${indent}    `, depth + 2);
            // Deeper objections are left to the loop over all counter-arguments (or "Other points").
            if (depth + 2 >= maxNesting) continue;
            for (const next of this.challengers(response.id)) this.counterArgument(next, `${indent}    `, depth + 2);
        }
    }

    /**
     * What answers the element: statements attacking, undercutting or contradicting it (a rebuttal,
     * or an objection to an objection), or attacking one of its premises.
     */
    private responses(id: string): GraphStatement[] {
        const ids = new Set<string>();
        for (const r of this.index.relationsTo.get(id) ?? []) ids.add(r.from);
        for (const r of this.index.relationsFrom.get(id) ?? []) if (r.kind === 'contradicts') ids.add(r.to);
        const argument = this.index.arguments.get(id);
        for (const premise of argument?.premises ?? []) {
            for (const r of this.index.relationsTo.get(premise) ?? []) if (r.kind === 'attacks') ids.add(r.from);
        }
        return [...ids].map(i => this.index.statements.get(i)).filter((s): s is GraphStatement => s !== undefined && s.kind !== 'thesis');
    }

    /** Objections to a rebuttal (the debate goes on): answered in turn beneath it. */
    private challengers(id: string): GraphStatement[] {
        return (this.index.relationsTo.get(id) ?? [])
            .map(r => this.index.statements.get(r.from))
            .filter((s): s is GraphStatement => s?.kind === 'objection' && !this.written.has(s.id));
    }

    /** What the counter-argument attacks, undercuts or contradicts, briefly. */
    private targets(id: string): string[] {
        return (this.index.relationsFrom.get(id) ?? []).map(r => {
            const target = this.index.statements.get(r.to) ?? this.index.arguments.get(r.to);
            const what = !target ? r.to
                : 'text' in target ? (target.kind === 'thesis' ? 'the thesis' : `“${escapeMarkdown(cut(target.text, 60))}”`)
                    : `the argument ${escapeMarkdown(this.heading(target))}`;
            return r.kind === 'undercuts' ? `the reasoning of ${what.replace(/^the argument /, '')}` : what;
        });
    }

    /** An argument's name, else its first premise's text cut to 60 characters. */
    private heading(argument: GraphArgument): string {
        if (argument.name) return argument.name;
        const first = this.index.statements.get(argument.premises[0] ?? '');
        return first ? cut(first.text, 60) : 'An argument';
    }

    private statementText(statement: GraphStatement): string {
        const citations = statement.citations.map(c => this.citation(c));
        return escapeMarkdown(statement.text) + (citations.length > 0 ? ` ${citations.join(' ')}` : '');
    }

    /** `(Source text, locator)`. */
    private citation(citation: Citation): string {
        this.cited.add(citation.source);
        const source = this.graph.sources.find(s => s.name === citation.source);
        const text = escapeMarkdown(source?.text.replace(/\.$/, '') ?? citation.source);
        return `(${text}${citation.locator ? `, ${escapeMarkdown(citation.locator)}` : ''})`;
    }
}


function cut(text: string, max: number): string {
    return text.length <= max ? text : `${text.substring(0, max - 1).trimEnd()}…`;
}
