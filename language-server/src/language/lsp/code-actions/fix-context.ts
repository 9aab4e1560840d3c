import { CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { isArgument, isStatement, type Declaration, type Document } from '../../../generated/ast.js';
import { selectionOf } from '../../../model/ast-spans.js';
import { nameIndexOf } from '../../argmap-name-index.js';
import type { NameResolver } from '../../argmap-scope.js';
import type { DiagnosticData } from '../../validation/report.js';
import type { EditText } from './edit-text.js';

/** What a fix sees: the document as it is now, one of its current diagnostics, and helpers. */
export interface FixContext {
    document: LangiumDocument<Document>;
    diagnostic: Diagnostic;
    data: DiagnosticData;
    edit: EditText;
    resolver: NameResolver;
}

/** The fixes for one check code; an empty list when none applies to this diagnostic. */
export type QuickFix = (context: FixContext) => CodeAction[];

export function quickFix(context: FixContext, title: string, edits: Array<TextEdit | undefined>, preferred = false): CodeAction[] {
    const changes = edits.filter((e): e is TextEdit => e !== undefined);
    if (changes.length === 0) return [];
    return [{
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred: preferred || undefined,
        edit: { changes: { [context.document.textDocument.uri]: changes } },
    }];
}

/** `name` in backticks, or a description for an unnamed element. */
export function called(node: { name?: string }, unnamed: string): string {
    return node.name !== undefined ? `\`${node.name}\`` : unnamed;
}

function isDeclaration(node: AstNode): node is Declaration {
    return isStatement(node) || isArgument(node) || node.$type === 'Source' || node.$type === 'Framing';
}

/**
 * The statement, argument, source or framing a diagnostic is about: the one whose keyword-through-
 * name span is the diagnostic's range (DESIGN.md, "Spans").
 */
export function declarationAt(context: FixContext): Declaration | undefined {
    const root = context.document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const { range } = context.diagnostic;
    const leaf = CstUtils.findLeafNodeAtOffset(root, context.document.textDocument.offsetAt(range.start));
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (!isDeclaration(node)) continue;
        const span = selectionOf(node);
        if (span.start.line === range.start.line && span.start.character === range.start.character
            && span.end.line === range.end.line && span.end.character === range.end.character) return node;
    }
    return undefined;
}

/** Whether the declaration's name means it here (not another declaration, and not ambiguous between imports). */
export function resolvesTo(context: FixContext, declaration: Declaration): boolean {
    if (declaration.name === undefined) return false;
    const resolution = context.resolver.resolve(context.document, declaration.name);
    return resolution.kind === 'found' && resolution.declaration === declaration;
}

/** The text the diagnostic's range covers. */
export function rangeText(context: FixContext): string {
    const { textDocument } = context.document;
    return context.edit.text.slice(textDocument.offsetAt(context.diagnostic.range.start), textDocument.offsetAt(context.diagnostic.range.end));
}

/** Replaces the text the diagnostic's range covers. */
export function replaceRange(context: FixContext, newText: string): TextEdit {
    const { textDocument } = context.document;
    return context.edit.replace(textDocument.offsetAt(context.diagnostic.range.start), textDocument.offsetAt(context.diagnostic.range.end), newText);
}

/** A statement's first token: its kind keyword. */
export function keywordOf(node: AstNode): CstNode | undefined {
    return node.$cstNode && CstUtils.flattenCst(node.$cstNode).find(leaf => !leaf.hidden);
}

const keywords = new Set(['map', 'by', 'import', 'source', 'url', 'framing', 'thesis', 'claim', 'evidence', 'objection',
    'rebuttal', 'argument', 'supports', 'attacks', 'undercuts', 'contradicts', 'cite', 'scheme', 'question']);

/** `base`, else `base2`, `base3`, ...: the first that names nothing here or in the imports, and is no keyword. */
export function freshName(context: FixContext, base: string): string {
    const stem = base.replace(/\d+$/, '') || base;
    const taken = (name: string) => keywords.has(name) || nameIndexOf(context.document.parseResult.value).has(name)
        || context.resolver.resolve(context.document, name).kind !== 'missing';
    if (!taken(base)) return base;
    for (let n = 2; ; n++) {
        if (!taken(`${stem}${n}`)) return `${stem}${n}`;
    }
}
