import { AstUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import {
    isArgument, isPremiseRef, isStatement,
    type Argument, type Document, type Element, type Framing, type Source, type Statement,
} from '../generated/ast.js';
import type {
    ArgumentGraph, Citation, GraphArgument, GraphFraming, GraphRelation, GraphSource, GraphStatement, StatementKind,
} from './argument-graph.js';
import { rangeOf, toSourceRange } from './ast-spans.js';
import { elementsOf } from './ast-walk.js';
import { relationAllowed, targetTypeOf, type RelationWord } from './relation-rules.js';
import { computeStatus } from './status.js';

/**
 * The graph of one file plus what the checks need to know about where its elements came from.
 * Only this builder reads the AST; checks, status and exports read `graph` (and `nodes` only to
 * point a diagnostic at the right place).
 */
export interface ArgmapModel {
    graph: ArgumentGraph;
    /** Element id -> the AST node it was built from (an implicit argument: its premise). */
    nodes: Map<string, Statement | Argument>;
    /** Ids of the elements this file declares (the rest of the graph is imported). */
    local: Set<string>;
    /** Ids of implicit one-premise arguments (shorthand and nested claims/evidence). */
    implicit: Set<string>;
    /** A file without statements and arguments is a library. */
    isLibrary: boolean;
    root: Document;
    /** Sources and framings this file declares, by name, first declaration only. */
    declaredSources: Map<string, Source>;
    declaredFramings: Map<string, Framing>;
    /** Names this file's own `cite` and `#` tags use. */
    usedSources: Set<string>;
    usedFramings: Set<string>;
    /** How many framings are visible here: declared or imported. */
    visibleFramings: number;
}

export interface BuildOptions {
    /** How `range.file` names a document (the CLI: the path as given; the server: the URI). */
    fileName: (document: LangiumDocument) => string;
    /** The documents this one imports, directly or transitively (each once, itself excluded). */
    imports: readonly LangiumDocument<Document>[];
}

/** Builds the ArgumentGraph of one document. Never throws on user input: broken parts are left out. */
export function buildGraph(document: LangiumDocument<Document>, options: BuildOptions): ArgmapModel {
    return new GraphBuilder(document, options).build();
}

class GraphBuilder {
    private readonly root: Document;
    private readonly statements: GraphStatement[] = [];
    private readonly arguments: GraphArgument[] = [];
    private readonly relations: GraphRelation[] = [];
    private readonly ids = new Map<AstNode, string>();
    private readonly usedIds = new Set<string>();
    private readonly nodes = new Map<string, Statement | Argument>();
    private readonly local = new Set<string>();
    private readonly implicit = new Set<string>();
    private readonly premisesOf = new Map<Argument, string[]>();
    /** Imported elements waiting to be added, in order of first reference. */
    private readonly importQueue: Element[] = [];
    private readonly sourcesUsedByGraph = new Set<Source>();
    private readonly framingsUsedByGraph = new Set<Framing>();
    private readonly usedSources = new Set<string>();
    private readonly usedFramings = new Set<string>();
    /** Offset of the first source or framing declaring each name. */
    private readonly declarationOffsets = new Map<string, number>();
    private readonly queued = new Set<AstNode>();

    constructor(private readonly document: LangiumDocument<Document>, private readonly options: BuildOptions) {
        this.root = document.parseResult.value;
    }

    build(): ArgmapModel {
        const { declaredSources, declaredFramings, elements } = this.collectDeclarations();
        for (const element of elements) this.assignId(element, true);
        for (const element of elements) {
            if (isStatement(element)) this.addStatement(element, true);
            else this.addArgument(element, true);
        }
        this.addImportedElements();

        const graph: ArgumentGraph = {
            title: this.root.header?.title ?? null,
            author: this.root.header?.author ?? null,
            statements: this.statements,
            arguments: this.arguments,
            relations: this.relations,
            framings: this.graphFramings(declaredFramings),
            sources: this.graphSources(declaredSources),
        };
        const status = computeStatus(graph);
        for (const s of graph.statements) s.status = status.get(s.id) ?? 'undecided';
        for (const a of graph.arguments) a.status = status.get(a.id) ?? 'undecided';

        return {
            graph,
            nodes: this.nodes,
            local: this.local,
            implicit: this.implicit,
            isLibrary: elements.length === 0,
            root: this.root,
            declaredSources,
            declaredFramings,
            usedSources: this.usedSources,
            usedFramings: this.usedFramings,
            visibleFramings: this.countVisibleFramings(declaredFramings),
        };
    }

    /** All statements and arguments in document order, and the first declaration of each source and framing name. */
    private collectDeclarations() {
        const declaredSources = new Map<string, Source>();
        const declaredFramings = new Map<string, Framing>();
        for (const member of this.root.members) {
            // A declaration the parser recovered without its name (`source thesis "..."`: a keyword) has
            // its syntax error; in the graph it would be a source no one can cite, and the printer would
            // write `source  "..."`, which does not parse (found by the fuzzer, test/fuzz/).
            if ((member.$type === 'Source' || member.$type === 'Framing') && !member.name) continue;
            if (member.$type === 'Source' && !declaredSources.has(member.name)) declaredSources.set(member.name, member);
            if (member.$type === 'Framing' && !declaredFramings.has(member.name)) declaredFramings.set(member.name, member);
            if ((member.$type === 'Source' || member.$type === 'Framing') && !this.declarationOffsets.has(member.name)) {
                this.declarationOffsets.set(member.name, member.$cstNode?.offset ?? 0);
            }
        }
        return { declaredSources, declaredFramings, elements: elementsOf(this.root) };
    }

    /**
     * A named element's id is its name; an unnamed one (or a later duplicate of a name) gets
     * `KIND@LINE:COLUMN` of its keyword, stable while the text above it doesn't move.
     */
    private assignId(element: Element | Statement, local: boolean): string {
        const existing = this.ids.get(element);
        if (existing !== undefined) return existing;
        let id: string;
        if (element.name !== undefined && !this.usedIds.has(element.name) && !(local && this.nameTakenByDeclaration(element))) {
            id = element.name;
        } else {
            id = this.uniqueId(this.positionalId(element, isStatement(element) ? element.kind : 'argument'), element);
        }
        this.ids.set(element, id);
        this.usedIds.add(id);
        this.nodes.set(id, element);
        if (local) this.local.add(id);
        return id;
    }

    /** A source or framing declared earlier under the same name owns it: this element is the duplicate. */
    private nameTakenByDeclaration(element: Element): boolean {
        const declared = element.name === undefined ? undefined : this.declarationOffsets.get(element.name);
        return declared !== undefined && declared < (element.$cstNode?.offset ?? 0);
    }

    private positionalId(node: AstNode, kind: string): string {
        const start = rangeOf(node).start;
        return `${kind}@${start.line + 1}:${start.character + 1}`;
    }

    /** Positional ids of imported elements may collide with this file's: qualify them by file then. */
    private uniqueId(id: string, node: AstNode): string {
        if (!this.usedIds.has(id)) return id;
        const file = this.options.fileName(AstUtils.getDocument(node));
        let candidate = `${file}#${id}`;
        for (let n = 2; this.usedIds.has(candidate); n++) candidate = `${file}#${id}~${n}`;
        return candidate;
    }

    private fileOf(node: AstNode): string {
        return this.options.fileName(AstUtils.getDocument(node));
    }

    private isLocal(node: AstNode): boolean {
        return AstUtils.getDocument(node) === this.document;
    }

    /** The id of a referenced element, queueing it when it comes from an imported file. */
    private idOfTarget<T extends Element>(ref: Reference<T> | undefined): string | undefined {
        const target = ref?.ref;
        if (!target) return undefined;
        if (!this.ids.has(target)) {
            this.assignId(target, false);
            this.enqueue(target);
        }
        return this.ids.get(target);
    }

    private enqueue(element: Element): void {
        if (this.queued.has(element)) return;
        this.queued.add(element);
        this.importQueue.push(element);
    }

    private addImportedElements(): void {
        // Imported statements and arguments come with their premises, never with their own relations.
        for (let i = 0; i < this.importQueue.length; i++) {
            const element = this.importQueue[i];
            if (isStatement(element)) this.addStatement(element, false);
            else this.addArgument(element, false);
        }
    }

    private citationsOf(element: Element, local: boolean): Citation[] {
        const citations: Citation[] = [];
        for (const c of element.citations) {
            const source = c.source?.ref; // undefined while the name is still being typed
            if (!source) continue;
            this.sourcesUsedByGraph.add(source);
            if (local) this.usedSources.add(source.name);
            citations.push({ source: source.name, locator: c.locator ?? null });
        }
        return citations;
    }

    private framingsOf(element: Element, local: boolean): string[] {
        const framings: string[] = [];
        for (const tag of element.framings) {
            const framing = tag.framing?.ref;
            if (!framing) continue;
            this.framingsUsedByGraph.add(framing);
            if (local) this.usedFramings.add(framing.name);
            if (!framings.includes(framing.name)) framings.push(framing.name);
        }
        return framings;
    }

    private addStatement(statement: Statement, local: boolean): void {
        const id = this.ids.get(statement)!;
        const fields = {
            id,
            name: statement.name ?? null,
            kind: statement.kind as StatementKind,
            text: statement.text ?? '',
            framings: this.framingsOf(statement, local),
            citations: this.citationsOf(statement, local),
        };
        const placed = { status: 'undecided' as const, range: toSourceRange(this.fileOf(statement), rangeOf(statement)) };
        // Key order as in DESIGN.md's JSON; only objections carry `questions`.
        const node: GraphStatement = statement.kind === 'objection'
            ? { ...fields, questions: statement.questions.map(q => q.number).filter(n => n !== undefined), ...placed }
            : { ...fields, ...placed };
        this.statements.push(node);
        if (local) this.addStatementRelation(statement, id);
    }

    /** The relation a statement takes from its place (nested) or writes itself (top level). */
    private addStatementRelation(statement: Statement, id: string): void {
        const parent = statement.$container;
        if (isStatement(parent)) {
            if (statement.kind === 'claim' || statement.kind === 'evidence') {
                this.addImplicitArgument(statement, id, this.ids.get(parent)!);
            } else if (statement.kind === 'objection' || statement.kind === 'rebuttal') {
                this.relations.push({ kind: 'attacks', from: id, to: this.ids.get(parent)! });
            }
            return;
        }
        if (isArgument(parent)) {
            if (statement.kind === 'objection' || statement.kind === 'rebuttal') {
                this.relations.push({ kind: 'undercuts', from: id, to: this.ids.get(parent)! });
            }
            return; // claims and evidence are premises, read from the argument
        }
        const relation = statement.relation as RelationWord | undefined;
        if (relation === undefined || !relationAllowed(statement.kind as StatementKind, relation)) return;
        const target = this.resolvedTarget(statement, relation);
        if (target === undefined || target === id) return;
        if (relation === 'supports') this.addImplicitArgument(statement, id, target);
        else this.relations.push({ kind: relation, from: id, to: target });
    }

    /** The target's id when it resolved to an element of the kind the relation needs. */
    private resolvedTarget(element: Element, relation: RelationWord): string | undefined {
        const target = element.target?.ref;
        if (!target) return undefined;
        const wanted = targetTypeOf(relation);
        if ((wanted === 'argument') !== isArgument(target)) return undefined;
        return this.idOfTarget(element.target);
    }

    private addImplicitArgument(premise: Statement, premiseId: string, conclusion: string): void {
        const range = rangeOf(premise);
        const id = this.uniqueId(this.positionalId(premise, 'argument'), premise);
        this.usedIds.add(id);
        this.nodes.set(id, premise);
        this.local.add(id);
        this.implicit.add(id);
        this.arguments.push({
            id, name: null, conclusion, premises: [premiseId], framings: [], citations: [], scheme: null,
            status: 'undecided', range: toSourceRange(this.fileOf(premise), range),
        });
    }

    private premiseIds(argument: Argument): string[] {
        const cached = this.premisesOf.get(argument);
        if (cached) return cached;
        const premises: string[] = [];
        for (const item of argument.items) {
            let id: string | undefined;
            if (isPremiseRef(item)) id = this.idOfTarget(item.premise);
            else if (isStatement(item) && (item.kind === 'claim' || item.kind === 'evidence')) id = this.assignId(item, this.isLocal(item));
            if (id !== undefined && !premises.includes(id)) premises.push(id);
        }
        this.premisesOf.set(argument, premises);
        return premises;
    }

    private addArgument(argument: Argument, local: boolean): void {
        const id = this.ids.get(argument)!;
        const premises = this.premiseIds(argument);
        if (!local) {
            // An imported argument brings its premises along (inline ones are not otherwise in the graph).
            for (const item of argument.items) {
                if (isStatement(item) && premises.includes(this.ids.get(item) ?? '')) this.enqueue(item);
            }
        }
        let conclusion: string | null = null;
        const parent = argument.$container;
        if (isStatement(parent) && local) {
            // Naming its own conclusion as a premise is wrong-target, in nested form as in explicit.
            const target = this.ids.get(parent);
            conclusion = target !== undefined && !premises.includes(target) ? target : null;
        } else if (!isArgument(parent) && local) {
            const relation = argument.relation as RelationWord | undefined;
            if (relation !== undefined && relationAllowed('argument', relation)) {
                const target = this.resolvedTarget(argument, relation);
                if (target !== undefined && target !== id && !premises.includes(target)) {
                    if (relation === 'supports') conclusion = target;
                    else this.relations.push({ kind: relation, from: id, to: target });
                }
            }
        }
        // An imported argument comes without its own relations, its conclusion included: checks and
        // status see only this file's relations (DESIGN.md, "Dialectical status").
        this.arguments.push({
            id,
            name: argument.name ?? null,
            conclusion,
            premises,
            framings: this.framingsOf(argument, local),
            citations: this.citationsOf(argument, local),
            scheme: argument.schemes[0]?.name ?? null,
            status: 'undecided',
            range: toSourceRange(this.fileOf(argument), rangeOf(argument)),
        });
    }

    private graphFramings(declared: Map<string, Framing>): GraphFraming[] {
        const framings = new Set<Framing>(declared.values());
        for (const f of this.framingsUsedByGraph) framings.add(f);
        return [...framings].map(f => ({ name: f.name, label: f.label ?? '', description: f.description ?? null }));
    }

    private graphSources(declared: Map<string, Source>): GraphSource[] {
        const sources = new Set<Source>(declared.values());
        for (const s of this.sourcesUsedByGraph) sources.add(s);
        return [...sources].map(s => ({ name: s.name, text: s.text ?? '', url: s.url ?? null }));
    }

    private countVisibleFramings(declared: Map<string, Framing>): number {
        const names = new Set(declared.keys());
        for (const imported of this.options.imports) {
            for (const member of imported.parseResult.value.members) {
                if (member.$type === 'Framing') names.add(member.name);
            }
        }
        return names.size;
    }
}
