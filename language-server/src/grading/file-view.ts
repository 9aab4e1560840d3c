import type { ArgumentGraph, GraphArgument, GraphStatement } from '../model/argument-graph.js';
import { indexOf, isAttackingArgument, type GraphIndex } from '../model/graph-index.js';

/** A diagnostic as the grader needs it: `no-errors` counts errors, feedback lists them. */
export interface GradeDiagnostic {
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

/** What one file is graded on: its ArgumentGraph and its diagnostics (as `check` finds them), never the AST. */
export interface GradeInput {
    /** The file as output names it; also how the graph's `range.file` names it (the rest of the graph is imported). */
    file: string;
    graph: ArgumentGraph;
    diagnostics: readonly GradeDiagnostic[];
}

export type GraphElement = GraphStatement | GraphArgument;

/**
 * The file's own elements, which are what a rubric measures: imports only lend names (as for the
 * checks), so a student can't earn points with statements from a shared library file. Built once
 * per file and shared by every rule.
 */
export class FileView {
    readonly index: GraphIndex;
    readonly statements: GraphStatement[];
    readonly arguments: GraphArgument[];
    readonly theses: GraphStatement[];
    /** The thesis rules measure against when a map has several: the first, as `multiple-theses` does. */
    readonly thesis: GraphStatement | undefined;
    /** Objection statements and attacking arguments, in document order. */
    readonly objections: GraphElement[];

    constructor(readonly input: GradeInput) {
        const { graph, file } = input;
        this.index = indexOf(graph);
        this.statements = graph.statements.filter(s => s.range.file === file);
        this.arguments = graph.arguments.filter(a => a.range.file === file);
        this.theses = this.statements.filter(s => s.kind === 'thesis');
        this.thesis = this.theses[0];
        this.objections = [
            ...this.statements.filter(s => s.kind === 'objection'),
            ...this.arguments.filter(a => isAttackingArgument(this.index, a.id)),
        ].sort(byPosition);
    }

    isLocal(id: string): boolean {
        const element = this.index.statements.get(id) ?? this.index.arguments.get(id);
        return element?.range.file === this.input.file;
    }

    /** This file's arguments that conclude the statement. */
    supportersOf(statementId: string): GraphArgument[] {
        return (this.index.supporters.get(statementId) ?? []).filter(a => this.isLocal(a.id));
    }
}

function byPosition(a: GraphElement, b: GraphElement): number {
    return a.range.line - b.range.line || a.range.column - b.range.column;
}
