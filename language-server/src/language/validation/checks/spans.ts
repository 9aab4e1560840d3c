import type { Range } from 'vscode-languageserver-types';
import type { ArgmapModel } from '../../../model/build-graph.js';
import { fileStart, rangeOf, selectionOf, spanning } from '../../../model/ast-spans.js';

/** Keyword through name of the element with this id (an implicit argument: its premise's). */
export function spanOf(model: ArgmapModel, id: string): Range {
    const node = model.nodes.get(id);
    return node ? selectionOf(node) : fileStart;
}

/** Diagnostics about the whole file point at `map` through its title, else at 1:1. */
export function headerSpan(model: ArgmapModel): Range {
    const header = model.root.header;
    if (!header?.$cstNode) return fileStart;
    return spanning(header.$cstNode.range, rangeOf(header, 'title')) ?? fileStart;
}

/** The local statements of a model, in document order. */
export function localStatements(model: ArgmapModel) {
    return model.graph.statements.filter(s => model.local.has(s.id));
}

export function localArguments(model: ArgmapModel) {
    return model.graph.arguments.filter(a => model.local.has(a.id));
}
