import { isArgument, isStatement, type Statement } from '../../../generated/ast.js';
import { called, declarationAt, freshName, keywordOf, quickFix, type FixContext, type QuickFix } from './fix-context.js';

/** The statement the diagnostic is about, when it is of this kind. */
function statementAt(context: FixContext, kind: string): Statement | undefined {
    const node = declarationAt(context);
    return node && isStatement(node) && node.kind === kind ? node : undefined;
}

/** Rewrites a statement's kind keyword. */
function changeKind(context: FixContext, statement: Statement, kind: string) {
    const keyword = keywordOf(statement);
    return keyword ? context.edit.replaceNode(keyword, kind) : undefined;
}

/**
 * no-thesis: "Make the claim `need` the thesis" for the first top-level claim (one without a
 * relation if there is one: a thesis is what the rest points at); with no top-level claim, "Add a
 * thesis" before the first statement or argument.
 */
export const fixNoThesis: QuickFix = context => {
    const { members } = context.document.parseResult.value;
    const claims = members.filter((m): m is Statement => isStatement(m) && m.kind === 'claim');
    const claim = claims.find(c => c.relation === undefined) ?? claims[0];
    if (claim) {
        const title = claim.name !== undefined ? `Make the claim \`${claim.name}\` the thesis` : 'Make the first claim the thesis';
        return quickFix(context, title, [changeKind(context, claim, 'thesis')], true);
    }
    const first = members.find(m => isStatement(m) || isArgument(m))?.$cstNode;
    if (!first) return [];
    return quickFix(context, 'Add a thesis', [context.edit.lineBefore(first, `thesis ${freshName(context, 'main')} "..."`)], true);
};

/** multiple-theses: "Make `second` a claim" (it can then support the thesis). */
export const fixMultipleTheses: QuickFix = context => {
    const thesis = statementAt(context, 'thesis');
    if (!thesis) return [];
    return quickFix(context, `Make ${called(thesis, 'this thesis')} a claim`, [changeKind(context, thesis, 'claim')], true);
};

/** rebuttal-target: "Make `x` an objection": what challenges a claim or a rebuttal is an objection. */
export const fixRebuttalTarget: QuickFix = context => {
    const rebuttal = statementAt(context, 'rebuttal');
    if (!rebuttal) return [];
    return quickFix(context, `Make ${called(rebuttal, 'this rebuttal')} an objection`, [changeKind(context, rebuttal, 'objection')], true);
};

/** empty-argument: "Add a premise to `failure`": a placeholder claim in its block. */
export const fixEmptyArgument: QuickFix = context => {
    const argument = declarationAt(context);
    if (!argument || !isArgument(argument)) return [];
    return quickFix(context, `Add a premise to ${called(argument, 'this argument')}`, [...context.edit.intoBlock(argument, 'claim "..."')], true);
};

/**
 * unanswered-objection: "Add a rebuttal to `selfHelp`": a rebuttal stub in the objection's block
 * (it attacks the objection), or in an attacking argument's block (it undercuts the argument).
 */
export const fixUnansweredObjection: QuickFix = context => {
    const element = declarationAt(context);
    if (!element || !(isArgument(element) || (isStatement(element) && element.kind === 'objection'))) return [];
    const unnamed = isArgument(element) ? 'this attacking argument' : 'this objection';
    return quickFix(context, `Add a rebuttal to ${called(element, unnamed)}`, [...context.edit.intoBlock(element, 'rebuttal "..."')], true);
};

/** unsupported-thesis: "Add an argument for `need`": an argument with a placeholder premise in the thesis's block. */
export const fixUnsupportedThesis: QuickFix = context => {
    const thesis = statementAt(context, 'thesis');
    if (!thesis) return [];
    return quickFix(context, `Add an argument for ${called(thesis, 'the thesis')}`, [...context.edit.intoBlock(thesis, 'argument { claim "..." }')], true);
};

/** one-sided: "Add an objection to `need`": the best case against the thesis, to be written (and answered). */
export const fixOneSided: QuickFix = context => {
    const thesis = statementAt(context, 'thesis');
    if (!thesis) return [];
    return quickFix(context, `Add an objection to ${called(thesis, 'the thesis')}`, [...context.edit.intoBlock(thesis, 'objection "..."')], true);
};
