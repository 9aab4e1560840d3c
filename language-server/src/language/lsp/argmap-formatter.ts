import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { isBlockItem, isMapHeader, isMember } from '../../generated/ast.js';
import type { ArgmapServices } from '../argmap-module.js';
import { findIgnoreDirectives } from '../validation/ignore-comments.js';

/**
 * The canonical layout: two spaces per block, one space between tokens, `{` on its element's line,
 * `}` on its own, each element (block items too) on its own line, at most one blank line kept.
 * A line break the author put inside an element (attributes on a second line) stays, indented one
 * step further. Comments and strings are copied as written; a trailing comment keeps its gap.
 *
 * It works on the token stream, not the tree: only the whitespace between tokens changes, never a
 * token, so the parse (and the graph) can't change and formatting twice gives what once did. A file
 * with syntax errors is left alone: where its elements start is not known. A line an `argmap-ignore`
 * comment silences is neither split nor joined, so it silences the same diagnostics afterwards.
 */
export class ArgmapFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: ArgmapServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        const from = text.offsetAt(params.range.start);
        const to = text.offsetAt(params.range.end);
        return this.edits(document).filter(e => text.offsetAt(e.range.start) >= from && text.offsetAt(e.range.end) <= to);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument): TextEdit[] {
        const { lexerErrors, parserErrors, value } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) return [];
        const text = document.textDocument.getText();
        const { tokens, hidden } = this.lexer.tokenize(text);
        const all: Token[] = [...tokens, ...hidden]
            .map(t => ({ offset: t.startOffset, end: t.startOffset + t.image.length, image: t.image, comment: commentKind(t.image) }))
            .sort((a, b) => a.offset - b.offset);
        const edits: TextEdit[] = [];
        const silenced = new Set(findIgnoreDirectives(text).flatMap(d => (d.line === undefined ? [] : [d.line])));
        for (const gap of layout(text, all, elementStarts(value), silenced)) {
            if (text.substring(gap.start, gap.end) === gap.text) continue;
            const range = { start: document.textDocument.positionAt(gap.start), end: document.textDocument.positionAt(gap.end) };
            edits.push({ range, newText: gap.text });
        }
        return edits;
    }
}

interface Token {
    offset: number;
    end: number;
    image: string;
    comment?: 'line' | 'block';
}

interface Gap {
    start: number;
    end: number;
    text: string;
}

function commentKind(image: string): Token['comment'] {
    if (image.startsWith('//')) return 'line';
    if (image.startsWith('/*')) return 'block';
    return undefined;
}

/** Offsets of the first token of every element: the tokens that start a line at their block's depth. */
function elementStarts(root: AstNode): Set<number> {
    const starts = new Set<number>();
    for (const node of AstUtils.streamAst(root)) {
        if (!isMember(node) && !isMapHeader(node) && !isBlockItem(node)) continue;
        const first = node.$cstNode && CstUtils.flattenCst(node.$cstNode).find(leaf => !leaf.hidden);
        if (first) starts.add(first.offset);
    }
    return starts;
}

/** The canonical whitespace before each token and at the end of the text. */
function layout(text: string, tokens: Token[], starts: Set<number>, frozenLines: Set<number>): Gap[] {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const indent = (depth: number) => '  '.repeat(Math.max(0, depth));
    const lines = (breaks: number) => (breaks >= 2 ? eol + eol : eol);
    const gaps: Gap[] = [];
    let depth = 0;
    let line = 0;
    let previous: Token | undefined;
    let previousEndLine = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const start = previous?.end ?? 0;
        const original = text.substring(start, token.offset);
        const breaks = lineBreaks(original);
        line += breaks;
        if (token.image === '}') depth--;
        const ownDepth = starts.has(token.offset) || token.image === '}' ? depth : depth + 1;
        let gap: string;
        if (!previous) {
            gap = '';
        } else if (token.comment) {
            // A comment on its own line sits at the depth of what it comments; a trailing one keeps its alignment.
            gap = breaks > 0 ? lines(breaks) + indent(commentDepth(tokens, i, starts, depth))
                : /^[ \t]+$/.test(original) ? original : ' ';
        } else if (token.image === '}') {
            gap = previous.image === '{' ? ' ' : eol + indent(depth);
        } else if (starts.has(token.offset)) {
            gap = lines(breaks) + indent(depth);
        } else if (token.image === ',' || token.image === '{') {
            gap = token.image === ',' ? '' : ' ';
        } else {
            gap = breaks > 0 ? eol + indent(depth + 1) : ' ';
        }
        if (previous && breaks === 0 && frozenLines.has(line) && gap.includes('\n')) {
            gap = token.image === ',' ? '' : ' ';
        } else if (breaks > 0 && (frozenLines.has(line) || frozenLines.has(previousEndLine)) && !gap.includes('\n')) {
            gap = eol + indent(ownDepth);
        }
        // Nothing may follow a line comment on its line.
        if (previous?.comment === 'line' && !gap.includes('\n')) gap = eol + indent(ownDepth);
        gaps.push({ start, end: token.offset, text: gap });
        if (token.image === '{') depth++;
        line += lineBreaks(token.image);
        previousEndLine = line;
        previous = token;
    }
    if (previous) gaps.push({ start: previous.end, end: text.length, text: eol });
    return gaps;
}

function commentDepth(tokens: Token[], i: number, starts: Set<number>, depth: number): number {
    let next = i + 1;
    while (next < tokens.length && tokens[next].comment) next++;
    const following = tokens[next];
    return !following || following.image === '}' || starts.has(following.offset) ? depth : depth + 1;
}

function lineBreaks(whitespace: string): number {
    return whitespace.match(/\r\n|\r|\n/g)?.length ?? 0;
}
