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

/**
 * This file's theses, top level only: a thesis written inside a block is already a syntax error,
 * and counting it again as a second or unsupported thesis would only repeat that.
 */
export function localTheses(model: ArgmapModel) {
    return localStatements(model).filter(s => {
        const container = s.kind === 'thesis' ? model.nodes.get(s.id)?.$container : undefined;
        return container !== undefined && container.$type === 'Document';
    });
}
