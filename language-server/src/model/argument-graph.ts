/**
 * The ArgumentGraph: the one model every consumer reads (checks, status, exports, the map).
 *
 * Plain data that survives `JSON.stringify`/`JSON.parse` unchanged. `argmap export --format json`
 * prints it as is, so its shape is an API boundary fixed by DESIGN.md ("One model in the middle").
 */

export type StatementKind = 'thesis' | 'claim' | 'evidence' | 'objection' | 'rebuttal';
export type RelationKind = 'attacks' | 'undercuts' | 'contradicts';
export type Status = 'accepted' | 'rejected' | 'undecided';

/** 1-based lines, columns in UTF-16 code units, end exclusive: the same positions as `check --format json`. */
export interface SourceRange {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface Citation {
    source: string;
    locator: string | null;
}

export interface GraphStatement {
    id: string;
    name: string | null;
    kind: StatementKind;
    text: string;
    framings: string[];
    citations: Citation[];
    /** Critical questions raised (`question N`); only objections carry the key. */
    questions?: number[];
    status: Status;
    range: SourceRange;
}

export interface GraphArgument {
    id: string;
    name: string | null;
    /** The supported statement; null for an attacking argument (its relation says what it attacks). */
    conclusion: string | null;
    premises: string[];
    framings: string[];
    citations: Citation[];
    scheme: string | null;
    status: Status;
    range: SourceRange;
}

export interface GraphRelation {
    kind: RelationKind;
    from: string;
    to: string;
}

export interface GraphFraming {
    name: string;
    label: string;
    description: string | null;
}

export interface GraphSource {
    name: string;
    text: string;
    url: string | null;
}

export interface ArgumentGraph {
    title: string | null;
    author: string | null;
    statements: GraphStatement[];
    arguments: GraphArgument[];
    relations: GraphRelation[];
    framings: GraphFraming[];
    sources: GraphSource[];
}
