import { CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Argument, Statement } from '../../generated/ast.js';
import type { GraphArgument, GraphStatement } from '../../model/argument-graph.js';
import type { ArgmapModel } from '../../model/build-graph.js';
import { challengersOf, indexOf, type GraphIndex } from '../../model/graph-index.js';

/**
 * What the editor features ask of the cached graph: which graph element an AST node became and
 * what the graph says about it. Everything here reads the graph; nothing re-derives relations.
 */

const inverses = new WeakMap<ArgmapModel, Map<AstNode, string>>();

/**
 * The graph id of a statement or argument node, the inverse of `model.nodes`. Implicit one-premise
 * arguments share their premise's node, so the premise keeps it.
 */
export function graphIdOf(model: ArgmapModel, node: Statement | Argument): string | undefined {
    let inverse = inverses.get(model);
    if (!inverse) {
        inverse = new Map();
        for (const [id, element] of model.nodes) {
            if (!model.implicit.has(id)) inverse.set(element, id);
        }
        inverses.set(model, inverse);
    }
    return inverse.get(node);
}

/** The graph's statement or argument for an AST node, with its status. */
export function graphElementOf(model: ArgmapModel, node: Statement | Argument): GraphStatement | GraphArgument | undefined {
    const id = graphIdOf(model, node);
    if (id === undefined) return undefined;
    const index = indexOf(model.graph);
    return index.statements.get(id) ?? index.arguments.get(id);
}

/** The counts the hover and the code lens show for a statement. */
export interface StatementTally {
    /** Arguments concluding it. */
    supporters: number;
    /** Statements and arguments that attack or contradict it. */
    challengers: number;
    /** Undercutters of the arguments concluding it. */
    undercuts: number;
}

export function tallyOf(index: GraphIndex, id: string): StatementTally {
    const supporters = index.supporters.get(id) ?? [];
    let undercuts = 0;
    for (const argument of supporters) {
        undercuts += (index.relationsTo.get(argument.id) ?? []).filter(r => r.kind === 'undercuts').length;
    }
    return { supporters: supporters.length, challengers: challengersOf(index, id).length, undercuts };
}

/** `1 argument`, `2 arguments`, `no arguments`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
    return `${n === 0 ? 'no' : n} ${n === 1 ? singular : plural}`;
}

/** The start of a text, cut at a word boundary, for places that name an unnamed statement. */
export function shorten(text: string, max = 40): string {
    if (text.length <= max) return text;
    const cut = text.substring(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.substring(0, space) : cut).trimEnd()}…`;
}

/**
 * The token under the cursor, or the one just before it: editors ask with the cursor right after
 * a name as often as inside it. Comments don't count.
 */
export function leafAt(document: LangiumDocument, position: Position): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(position);
    for (const at of [offset, offset - 1]) {
        if (at < 0) continue;
        const leaf = CstUtils.findLeafNodeAtOffset(root, at);
        if (leaf && !leaf.hidden && leaf.offset <= at && at < leaf.end) return leaf;
    }
    return undefined;
}
