import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { isArgument, isStatement } from '../../../generated/ast.js';

type TextDocument = LangiumDocument['textDocument'];

/**
 * Text edits that keep a file's layout: its line endings, the indentation of the lines around
 * them, and comments at the end of a line where they were (an `argmap-ignore` comment keeps its
 * line). Every function returns edits for one place; none of them reformats anything else.
 */
export class EditText {
    readonly text: string;
    /** The file's own line break (the first one it uses), LF for a file of one line. */
    readonly eol: string;

    constructor(private readonly document: TextDocument, private readonly root?: AstNode) {
        this.text = document.getText();
        this.eol = /\r\n|\r|\n/.exec(this.text)?.[0] ?? '\n';
    }

    /**
     * One level of indentation as this file writes it: how much deeper the first block item on a
     * line of its own sits than its parent's line; else a tab if lines start with tabs; else 4 spaces.
     */
    get indentUnit(): string {
        this.unit ??= this.findIndentUnit();
        return this.unit;
    }

    private unit: string | undefined;

    private findIndentUnit(): string {
        if (this.root) {
            for (const node of AstUtils.streamAst(this.root)) {
                const parent = node.$container;
                if (!parent?.$cstNode || !node.$cstNode || !(isStatement(parent) || isArgument(parent))) continue;
                if (!this.startsLine(parent.$cstNode.offset) || !this.startsLine(node.$cstNode.offset)) continue;
                const outer = this.indentAt(parent.$cstNode.offset);
                const inner = this.indentAt(node.$cstNode.offset);
                if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
            }
        }
        return /^\t/m.test(this.text) ? '\t' : '    ';
    }

    lineStart(offset: number): number {
        let i = offset;
        while (i > 0 && this.text[i - 1] !== '\n' && this.text[i - 1] !== '\r') i--;
        return i;
    }

    lineEnd(offset: number): number {
        let i = offset;
        while (i < this.text.length && this.text[i] !== '\n' && this.text[i] !== '\r') i++;
        return i;
    }

    /** The offset after the line break that ends the line holding `offset` (the text's end on the last line). */
    nextLineStart(offset: number): number {
        const end = this.lineEnd(offset);
        if (this.text.startsWith('\r\n', end)) return end + 2;
        return end < this.text.length ? end + 1 : end;
    }

    /** The leading whitespace of the line holding `offset`. */
    indentAt(offset: number): string {
        const start = this.lineStart(offset);
        return /^[ \t]*/.exec(this.text.slice(start, this.lineEnd(offset)))![0];
    }

    /** Whether only whitespace comes before `offset` on its line. */
    startsLine(offset: number): boolean {
        return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
    }

    /** Whether only whitespace or a `//` comment comes after `offset` on its line. */
    endsLine(offset: number): boolean {
        return /^[ \t]*(\/\/.*)?$/.test(this.text.slice(offset, this.lineEnd(offset)));
    }

    insert(offset: number, newText: string): TextEdit {
        const position = this.document.positionAt(offset);
        return { range: { start: position, end: position }, newText };
    }

    replace(start: number, end: number, newText: string): TextEdit {
        return { range: { start: this.document.positionAt(start), end: this.document.positionAt(end) }, newText };
    }

    replaceNode(node: CstNode, newText: string): TextEdit {
        return this.replace(node.offset, node.end, newText);
    }

    /**
     * A new line after a top-level node, indented as the node's line: after the end of that line
     * when only a comment follows the node there (the comment stays on its line), else right after
     * the node.
     */
    lineAfter(node: CstNode, line: string): TextEdit {
        const indent = this.indentAt(node.offset);
        if (this.endsLine(node.end)) return this.insert(this.lineEnd(node.end), this.eol + indent + line);
        return this.insert(node.end, this.eol + indent + line);
    }

    /** A new line before a node, indented as the node's line. */
    lineBefore(node: CstNode, line: string): TextEdit {
        const indent = this.indentAt(node.offset);
        if (this.startsLine(node.offset)) return this.insert(this.lineStart(node.offset), indent + line + this.eol);
        return this.insert(node.offset, line + this.eol + indent);
    }

    /** A new last line of the file. */
    lineAtEnd(line: string): TextEdit {
        const text = this.text;
        if (text.length === 0) return this.insert(0, line + this.eol);
        const endsWithBreak = text.endsWith('\n') || text.endsWith('\r');
        return this.insert(text.length, endsWithBreak ? line + this.eol : this.eol + line);
    }

    /**
     * Deletes a node: its whole lines when nothing but whitespace and a trailing comment shares
     * them, else only the node and the spaces after it.
     */
    remove(node: CstNode): TextEdit {
        if (this.startsLine(node.offset) && this.endsLine(node.end)) {
            return this.replace(this.lineStart(node.offset), this.nextLineStart(node.end), '');
        }
        let end = node.end;
        while (this.text[end] === ' ' || this.text[end] === '\t') end++;
        return this.replace(node.offset, end, '');
    }

    /**
     * Adds an item as the last one in a statement's or argument's block: on a line of its own,
     * indented as the items above it, when the closing brace starts its line; else before the
     * brace on its line. A statement without a block gets one. `note` becomes a comment after the
     * item (a line comment on a line of its own, a block comment on a shared line). No edit when
     * the block is broken (no closing brace): no fix on text the parser had to guess at.
     */
    intoBlock(element: AstNode & { items?: unknown[]; children?: unknown[] }, item: string, note?: string): TextEdit[] {
        const cst = element.$cstNode;
        if (!cst) return [];
        const line = note === undefined ? item : `${item} // ${note}`;
        const inline = note === undefined ? item : `${item} /* ${note.replaceAll('*/', '* /')} */`;
        const open = GrammarUtils.findNodeForKeyword(cst, '{');
        // An element that shares its line with what comes before it gets a one-line block.
        if (!open) return this.startsLine(cst.offset) ? this.newBlock(cst, line) : [this.insert(cst.end, ` { ${inline} }`)];
        const close = GrammarUtils.findNodeForKeyword(cst, '}');
        if (!close || close.offset < open.offset) return [];
        if (this.startsLine(close.offset)) {
            const items = (element.items ?? element.children ?? []) as AstNode[];
            const last = items.at(-1)?.$cstNode;
            const indent = last && this.startsLine(last.offset) && last.offset > open.offset
                ? this.indentAt(last.offset)
                : this.indentAt(close.offset) + this.indentUnit;
            return [this.insert(this.lineStart(close.offset), indent + line + this.eol)];
        }
        const space = /\s/.test(this.text[close.offset - 1] ?? '') ? '' : ' ';
        return [this.insert(close.offset, space + inline + ' ')];
    }

    /**
     * ` {`, the line one level in, and `}` under the element's line. A comment after the element
     * stays on its line, after the `{`.
     */
    private newBlock(cst: CstNode, line: string): TextEdit[] {
        const indent = this.indentAt(cst.offset);
        const rest = `${this.eol}${indent}${this.indentUnit}${line}${this.eol}${indent}}`;
        const lineEnd = this.lineEnd(cst.end);
        if (this.endsLine(cst.end) && lineEnd > cst.end && this.text.slice(cst.end, lineEnd).trim() !== '') {
            return [this.insert(cst.end, ' {'), this.insert(lineEnd, rest)];
        }
        return [this.insert(cst.end, ` {${rest}`)];
    }
}
