import type { Range } from 'vscode-languageserver-types';
import type { ArgmapModel } from '../../model/build-graph.js';
import type { CheckCode } from './codes.js';

/** What a name must refer to where it is written: the linker's reference type, narrowed by the relation. */
export type ExpectedDeclaration = 'source' | 'framing' | 'statement' | 'argument';

/**
 * What a quick fix needs beyond the diagnostic's code and range (lsp/argmap-code-actions.ts reads
 * it). Every field is optional: a diagnostic carries only what its fixes need.
 */
export interface FixData {
    /** unresolved-reference, and a wrong-kind or ambiguous name: the name and what it must name there. */
    reference?: { name: string; expects: ExpectedDeclaration };
    /** critical-questions: the numbers of the questions no objection raises yet. */
    openQuestions?: number[];
}

/** The `data` of every Argmap diagnostic: its code, plus what its fixes need. */
export interface DiagnosticData extends FixData {
    code: CheckCode;
}

/** What a check says: never a severity (the config decides it), always a code and a place. */
export interface CheckReport {
    code: CheckCode;
    message: string;
    range: Range;
    data?: FixData;
}

export type Report = (report: CheckReport) => void;

export interface CheckOptions {
    maxStatementWords: number;
}

/** A check over the ArgumentGraph of one file. */
export type GraphCheck = (model: ArgmapModel, report: Report, options: CheckOptions) => void;
