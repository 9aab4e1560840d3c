import type { Range } from 'vscode-languageserver-types';
import type { ArgmapModel } from '../../model/build-graph.js';
import type { CheckCode } from './codes.js';

/** What a check says: never a severity (the config decides it), always a code and a place. */
export interface CheckReport {
    code: CheckCode;
    message: string;
    range: Range;
}

export type Report = (report: CheckReport) => void;

export interface CheckOptions {
    maxStatementWords: number;
}

/** A check over the ArgumentGraph of one file. */
export type GraphCheck = (model: ArgmapModel, report: Report, options: CheckOptions) => void;
