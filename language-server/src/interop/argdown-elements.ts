import {
    ArgdownTypes, IArgument, IEquivalenceClass, RelationType, StatementRole, TokenNames,
    type IArgdownResponse, type IInference, type IPCSStatement, type IRelation, type RelationMember,
} from '@argdown/core';
import type { GraphArgument, GraphStatement, SourceRange } from '../model/argument-graph.js';
import { NameAllocator } from './argmap-names.js';
import { commentLines, plainText } from './argmap-text.js';

/**
 * The statements and arguments of an Argdown import (DESIGN.md, "Interchange", Argdown), made in
 * document order so that names are given in the order a reader meets the titles:
 *
 * - an equivalence class is a statement: the text Argdown shows (its canonical member's), else its
 *   title; a `claim`, or an `objection` when all it does is one attack or undercut;
 * - an argument with a premise-conclusion structure (PCS) is one supporting argument per
 *   inference, its premises the statements back to the previous conclusion (as Argdown's
 *   ExplodeArgumentsPlugin reads a PCS); the last takes the title, and the description and the
 *   inference rules become comments above it;
 * - an argument without a PCS is an argument whose one premise is a new claim holding its
 *   description (else its title); or only that claim, named by the title, when no relation leaves it.
 *
 * Names are Argdown's titles as written, sanitised (argmap-names.ts); Argdown's "Untitled N" are
 * no names. The relations come after (argdown-relations.ts), through `addArgument`.
 */

export type Element = GraphStatement | GraphArgument;

/** A PCS-less argument: its claim, and the argument resting on it when a relation leaves it. */
export interface SketchedArgument {
    claim: GraphStatement;
    argument: GraphArgument | null;
}

/** Where an Argdown element starts (1-based). */
export interface Place {
    line: number;
    column: number;
}

const isConclusion = (s: IPCSStatement) => s.role === StatementRole.INTERMEDIARY_CONCLUSION || s.role === StatementRole.MAIN_CONCLUSION;
const isContradiction = (r: IRelation) => r.relationType === RelationType.CONTRARY || r.relationType === RelationType.CONTRADICTORY;
const isAttack = (r: IRelation) => r.relationType === RelationType.ATTACK || r.relationType === RelationType.UNDERCUT;
/** Where an element without a place (in a model Argdown gave up building) sorts: last. */
const nowhere: Place = { line: Number.MAX_SAFE_INTEGER, column: 0 };

export class ArgdownElements {
    readonly statements: GraphStatement[] = [];
    readonly arguments: GraphArgument[] = [];
    /** Comments for the printer, by element id: a PCS's description and inference rules. */
    readonly comments = new Map<string, string[]>();
    /** Inferences left out, for the note. */
    readonly leftOut: string[] = [];
    readonly names = new NameAllocator();
    /** Argdown's relations by their source (an element's relation to itself left out). */
    readonly outgoing = new Map<RelationMember, IRelation[]>();

    private readonly byId = new Map<string, Element>();
    private readonly classes: IEquivalenceClass[];
    private readonly statementOfClass = new Map<IEquivalenceClass, GraphStatement>();
    private readonly sketchedOf = new Map<IArgument, SketchedArgument>();
    private readonly inferencesOf = new Map<IArgument, GraphArgument[]>();
    private readonly inferenceArgument = new Map<IInference, GraphArgument>();
    /** Titles the author wrote (Argdown names the rest "Untitled N"). */
    private readonly titled = new Set<string>();

    constructor(private readonly response: IArgdownResponse, private readonly fileName: string) {
        this.classes = Object.values(response.statements ?? {});
        const titleTokens: string[] = [TokenNames.STATEMENT_DEFINITION, TokenNames.STATEMENT_REFERENCE, TokenNames.ARGUMENT_DEFINITION, TokenNames.ARGUMENT_REFERENCE];
        for (const token of response.tokens ?? []) {
            const title = (token as { title?: unknown }).title;
            if (typeof title === 'string' && titleTokens.includes(token.tokenType.name)) this.titled.add(title);
        }
        for (const relation of response.relations ?? []) {
            if (!relation.from || relation.from === relation.to) continue;
            const list = this.outgoing.get(relation.from);
            if (list) list.push(relation);
            else this.outgoing.set(relation.from, [relation]);
        }
        this.createElements();
        this.markObjections();
    }

    // ---------------------------------------------------------------------------------------------
    // What relations are mapped onto

    element(id: string): Element | undefined {
        return this.byId.get(id);
    }

    /** The statement an element argues from or is contradicted as: a class; a sketched argument's claim; a PCS's or an inference's conclusion. */
    statementFor(member: RelationMember): GraphStatement | undefined {
        switch (member.type) {
            case ArgdownTypes.EQUIVALENCE_CLASS: return this.statementOfClass.get(member);
            case ArgdownTypes.ARGUMENT: return this.sketchedOf.get(member)?.claim ?? this.conclusionOf(this.inferencesOf.get(member)?.at(-1));
            case ArgdownTypes.INFERENCE: return this.conclusionOf(this.inferenceArgument.get(member));
        }
    }

    /** The argument that states a sketched argument's relations itself, if it has one. */
    carrierFor(member: RelationMember): GraphArgument | null {
        return member.type === ArgdownTypes.ARGUMENT ? this.sketchedOf.get(member)?.argument ?? null : null;
    }

    /** What a support into the element supports: a class; an argument's (or an inference's) first premise. */
    supportTarget(member: RelationMember): GraphStatement | undefined {
        switch (member.type) {
            case ArgdownTypes.EQUIVALENCE_CLASS: return this.statementOfClass.get(member);
            case ArgdownTypes.ARGUMENT: return this.sketchedOf.get(member)?.claim ?? this.firstPremiseOf(this.inferencesOf.get(member)?.[0]);
            case ArgdownTypes.INFERENCE: return this.firstPremiseOf(this.inferenceArgument.get(member));
        }
    }

    /** What an attack on the element attacks or undercuts: a class; a sketched argument (or its lone claim); a PCS's last inference; an inference. */
    attackTarget(member: RelationMember): Element | undefined {
        switch (member.type) {
            case ArgdownTypes.EQUIVALENCE_CLASS: return this.statementOfClass.get(member);
            case ArgdownTypes.ARGUMENT: {
                const sketched = this.sketchedOf.get(member);
                return sketched ? sketched.argument ?? sketched.claim : this.inferencesOf.get(member)?.at(-1);
            }
            case ArgdownTypes.INFERENCE: return this.inferenceArgument.get(member);
        }
    }

    /** A new argument (a PCS's inference, a sketched argument, or one a relation needs). */
    addArgument(name: string | null, premises: string[], conclusion: string | null, tags: string[], place: Place): GraphArgument {
        const argument: GraphArgument = {
            id: this.idFor(name, 'argument', place), name, conclusion, premises, framings: [...tags], citations: [], scheme: null,
            status: 'undecided', range: this.range(place),
        };
        this.arguments.push(argument);
        this.byId.set(argument.id, argument);
        return argument;
    }

    /** `[title]`, `<title>` or `the inference of <title>` as Argdown writes them; an untitled statement by the start of its text. */
    describe(member: RelationMember | undefined): string {
        if (!member) return 'nothing';
        if (member.type === ArgdownTypes.INFERENCE) return `the inference of <${member.argumentTitle ?? '?'}>`;
        if (member.type === ArgdownTypes.ARGUMENT) return `<${member.title}>`;
        if (this.titled.has(member.title ?? '')) return `[${member.title}]`;
        const text = plainText(IEquivalenceClass.getCanonicalMemberText(member) ?? '');
        return `"${text.length > 30 ? `${text.substring(0, 29)}…` : text}"`;
    }

    // ---------------------------------------------------------------------------------------------
    // Making them

    private createElements(): void {
        const pcsArguments: Array<{ argument: IArgument; name: string | null }> = [];
        const sources: Array<{ place: Place; create: () => void }> = [
            ...this.classes.map(ec => ({ place: firstPlace(ec.members), create: () => this.createStatement(ec) })),
            ...Object.values(this.response.arguments ?? {}).map(a => ({
                place: firstPlace([...a.members, ...a.pcs]),
                // A PCS's premises may be classes met later: its arguments are made once every class is there.
                create: () => (a.pcs.length > 0 ? pcsArguments.push({ argument: a, name: this.nameFor(a.title) }) : this.createSketched(a)),
            })),
        ];
        // Stable: equal places keep Argdown's order.
        sources.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
        for (const source of sources) source.create();
        for (const { argument, name } of pcsArguments) this.createInferences(argument, name);
    }

    private createStatement(ec: IEquivalenceClass): void {
        this.statementOfClass.set(ec, this.addStatement(ec.title ?? '', IEquivalenceClass.getCanonicalMemberText(ec), ec.tags ?? [], firstPlace(ec.members)));
    }

    /** A statement: its text, else its title. */
    private addStatement(title: string, text: string | undefined, tags: string[], place: Place, named = true): GraphStatement {
        const name = named ? this.nameFor(title) : null;
        const statement: GraphStatement = {
            id: this.idFor(name, 'claim', place), name, kind: 'claim', text: plainText(text ?? '') || plainText(title),
            framings: [...tags], citations: [], status: 'undecided', range: this.range(place),
        };
        this.statements.push(statement);
        this.byId.set(statement.id, statement);
        return statement;
    }

    /** An argument without a PCS: its claim, and an argument on it when a relation leaves it (else the claim takes its title). */
    private createSketched(a: IArgument): void {
        const place = firstPlace(a.members);
        const isSource = this.outgoing.has(a);
        const claim = this.addStatement(a.title ?? '', IArgument.getCanonicalMemberText(a), isSource ? [] : a.tags ?? [], place, !isSource);
        const argument = isSource ? this.addArgument(this.nameFor(a.title), [claim.id], null, a.tags ?? [], place) : null;
        this.sketchedOf.set(a, { claim, argument });
    }

    /** An argument with a PCS: one supporting argument per inference; the last takes the title, the tags and the comments. */
    private createInferences(a: IArgument, name: string | null): void {
        const inferences: GraphArgument[] = [];
        const last = a.pcs.map((s, i) => (isConclusion(s) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
        a.pcs.forEach((conclusion, k) => {
            if (!isConclusion(conclusion)) return;
            const target = this.classStatement(conclusion.title);
            const premises: string[] = [];
            for (let i = k - 1; i >= 0; i--) {
                const premise = this.classStatement(a.pcs[i].title);
                if (premise && premise !== target && !premises.includes(premise.id)) premises.unshift(premise.id);
                if (isConclusion(a.pcs[i])) break;
            }
            if (!target || premises.length === 0) {
                this.leftOut.push(`the inference to (${k + 1}) of <${a.title}>, which has no premise but its conclusion`);
                return;
            }
            const isMain = k === last;
            const argument = this.addArgument(isMain ? name : null, premises, target.id, isMain ? a.tags ?? [] : [], firstPlace([conclusion]));
            const inference = (conclusion as { inference?: IInference }).inference;
            const description = isMain ? plainText(IArgument.getCanonicalMemberText(a) ?? '') : '';
            const rules = (inference?.inferenceRules ?? []).map(plainText).filter(r => r !== '');
            const comments = [
                ...(description === '' ? [] : commentLines(`<${a.title}>: ${description}`)),
                ...(rules.length === 0 ? [] : commentLines(`inference rule: ${rules.join(', ')}`)),
            ];
            if (comments.length > 0) this.comments.set(argument.id, comments);
            inferences.push(argument);
            if (inference) this.inferenceArgument.set(inference, argument);
        });
        this.inferencesOf.set(a, inferences);
    }

    /** A class whose one deed is one attack or undercut is an objection: it states that relation itself. */
    private markObjections(): void {
        const premises = new Set(this.arguments.flatMap(a => a.premises));
        const contradicted = new Set((this.response.relations ?? []).filter(isContradiction).flatMap(r => [r.from, r.to]));
        for (const ec of this.classes) {
            const statement = this.statementOfClass.get(ec)!;
            const outgoing = this.outgoing.get(ec) ?? [];
            if (premises.has(statement.id) || contradicted.has(ec) || outgoing.length !== 1 || !isAttack(outgoing[0])) continue;
            statement.kind = 'objection';
            statement.questions = []; // objections carry the key, as the builder gives it
        }
    }

    private classStatement(title: string | undefined): GraphStatement | undefined {
        const ec = title === undefined ? undefined : this.response.statements?.[title];
        return ec ? this.statementOfClass.get(ec) : undefined;
    }

    private conclusionOf(argument: GraphArgument | undefined): GraphStatement | undefined {
        return argument?.conclusion ? this.byId.get(argument.conclusion) as GraphStatement : undefined;
    }

    private firstPremiseOf(argument: GraphArgument | undefined): GraphStatement | undefined {
        return argument ? this.byId.get(argument.premises[0]) as GraphStatement : undefined;
    }

    /** A title the author wrote, sanitised and unique; null for Argdown's "Untitled N". */
    private nameFor(title: string | undefined): string | null {
        return title !== undefined && this.titled.has(title) ? this.names.allocate(title) : null;
    }

    /** The element's name, else `KIND@LINE:COLUMN` of its place in the Argdown file (made unique). */
    private idFor(name: string | null, kind: string, place: Place): string {
        const { line, column } = this.range(place);
        const base = name ?? `${kind}@${line}:${column}`;
        let id = base;
        for (let n = 2; this.byId.has(id); n++) id = `${base}~${n}`;
        return id;
    }

    private range(place: Place): SourceRange {
        const { line, column } = place === nowhere ? { line: 1, column: 1 } : place;
        return { file: this.fileName, line, column, endLine: line, endColumn: column };
    }
}

/** The earliest place among Argdown's nodes (statements, relation occurrences). */
export function firstPlace(nodes: ReadonlyArray<{ startLine?: number; startColumn?: number }>): Place {
    let first = nowhere;
    for (const node of nodes) {
        if (node.startLine === undefined || !Number.isFinite(node.startLine)) continue;
        const place = { line: node.startLine, column: node.startColumn ?? 1 };
        if (place.line < first.line || (place.line === first.line && place.column < first.column)) first = place;
    }
    return first;
}
