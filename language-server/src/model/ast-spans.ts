import { CstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { SourceRange } from './argument-graph.js';

/** The zero-width range at the start of a file: where a diagnostic about the whole file points without a `map` line. */
export const fileStart: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The range of a CST node, or of the first keyword/property found on an AST node. */
export function rangeOf(node: AstNode, property?: string, index?: number): Range {
    const cst = property === undefined ? node.$cstNode : GrammarUtils.findNodeForProperty(node.$cstNode, property, index);
    return cst?.range ?? node.$cstNode?.range ?? fileStart;
}

export function keywordRange(node: AstNode, keyword: string): Range | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range;
}

/** From the start of one CST node through the end of another. */
export function spanning(from: CstNode | Range | undefined, to: CstNode | Range | undefined): Range | undefined {
    const a = from && ('range' in from ? from.range : from);
    const b = to && ('range' in to ? to.range : to);
    if (!a) return b;
    if (!b) return a;
    return { start: a.start, end: b.end };
}

/**
 * Where a diagnostic about a statement, argument, source or framing points: its keyword through its
 * name (the keyword alone when unnamed). DESIGN.md, "Spans".
 */
export function selectionOf(node: AstNode & { name?: string }): Range {
    // The element's first token is its keyword (the CST node may wrap the rule call in another composite).
    const keyword = node.$cstNode && CstUtils.flattenCst(node.$cstNode).find(leaf => !leaf.hidden);
    const name = node.name !== undefined ? GrammarUtils.findNodeForProperty(node.$cstNode, 'name') : undefined;
    return spanning(keyword, name) ?? fileStart;
}

/** Converts an LSP range (0-based) into the 1-based positions of `check --format json` and the graph. */
export function toSourceRange(file: string, range: Range): SourceRange {
    return {
        file,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
    };
}
