import { GrammarUtils, type CstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Declaration, Member } from '../../../generated/ast.js';
import { declarationStub } from '../../argmap-document-validator.js';
import { checkCodes } from '../../validation/codes.js';
import type { ExpectedDeclaration } from '../../validation/report.js';
import { closestNames } from './closest.js';
import { declarationAt, freshName, quickFix, rangeText, replaceRange, resolvesTo, type FixContext, type QuickFix } from './fix-context.js';

const declarationType: Record<ExpectedDeclaration, Declaration['$type']> = { source: 'Source', framing: 'Framing', statement: 'Statement', argument: 'Argument' };

/**
 * unresolved-reference: "Change to `need`" for names of the right kind spelt nearly the same, then
 * "Declare source `roberts`" (after the last source, else after the imports or `map`), "Declare
 * framing `realist`" (after the last framing or source) or "Add claim `veto` at the end of the file".
 * A missing argument (`undercuts` names one) gets no declaration: it needs premises only the author knows.
 */
export const fixUnresolvedReference: QuickFix = context => {
    const reference = context.data.reference;
    if (!reference || rangeText(context) !== reference.name) return [];
    return [...renameToVisible(context, reference.name, reference.expects), ...declareMissing(context, reference.name, reference.expects)];
};

function renameToVisible(context: FixContext, name: string, expects: ExpectedDeclaration) {
    const visible: string[] = [];
    for (const declaration of context.resolver.visible(context.document)) {
        if (declaration.$type === declarationType[expects] && declaration.name !== undefined && resolvesTo(context, declaration)) visible.push(declaration.name);
    }
    return closestNames(name, visible, { normalise: n => n.toLowerCase() }).flatMap(({ name: candidate }, i) =>
        quickFix(context, `Change to \`${candidate}\``, [replaceRange(context, candidate)], i === 0));
}

function declareMissing(context: FixContext, name: string, expects: ExpectedDeclaration) {
    if (expects === 'argument') return [];
    const stub = declarationStub(expects, name);
    if (expects === 'statement') return quickFix(context, `Add claim \`${name}\` at the end of the file`, [context.edit.lineAtEnd(stub)]);
    return quickFix(context, `Declare ${expects} \`${name}\``, [declare(context, expects, stub)]);
}

/** A new source or framing declaration: after the last one of its kind (a framing: else after the last source), else after the imports or `map`. */
export function declare(context: FixContext, kind: 'source' | 'framing', line: string): TextEdit {
    const { header, members } = context.document.parseResult.value;
    const last = (type: Member['$type']) => members.filter(m => m.$type === type).at(-1)?.$cstNode;
    const anchor = (kind === 'framing' ? last('Framing') : undefined) ?? last('Source') ?? last('Import') ?? header?.$cstNode;
    if (anchor) return context.edit.lineAfter(anchor, line);
    const first = members[0]?.$cstNode;
    return first ? context.edit.lineBefore(first, line) : context.edit.lineAtEnd(line);
}

/**
 * duplicate-name on a later declaration: rename it to the first free `name2`, `name3`, ... (uses of
 * the name keep meaning the first declaration, as they did). An ambiguous imported name gets no fix:
 * which file is meant is the author's call.
 */
export const fixDuplicateName: QuickFix = context => {
    const declaration = declarationAt(context);
    const name = declaration?.name;
    const nameNode: CstNode | undefined = GrammarUtils.findNodeForProperty(declaration?.$cstNode, 'name');
    if (!declaration || name === undefined || !nameNode) return [];
    const fresh = freshName(context, name);
    return quickFix(context, `Rename this \`${name}\` to \`${fresh}\``, [context.edit.replaceNode(nameNode, fresh)], true);
};

/** unknown-code: "Change to `unused-source`" for the codes spelt nearly the same. A directive without codes has none to fix. */
export const fixUnknownCode: QuickFix = context => {
    const typed = rangeText(context);
    if (typed.startsWith('//')) return [];
    return closestNames(typed, checkCodes, { normalise: n => n.toLowerCase() }).flatMap(({ name }, i) =>
        quickFix(context, `Change to \`${name}\``, [replaceRange(context, name)], i === 0));
};
