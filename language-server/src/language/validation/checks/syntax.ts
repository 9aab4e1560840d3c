import { CstUtils, GrammarUtils, type AstNode } from 'langium';
import {
    isArgument, isStatement, type Argument, type Document, type PremiseRef, type Statement,
} from '../../../generated/ast.js';
import { rangeOf, selectionOf, spanning } from '../../../model/ast-spans.js';
import { invalidEscapes } from '../../argmap-value-converter.js';
import type { Report } from '../report.js';

/**
 * The grammar accepts a little more than the language, so one slip never derails the parse; these
 * report the rest of DESIGN.md's "Precise rules" as `syntax`, each saying what to write instead.
 */

/** From the relation word through the target name. */
export function relationSpan(element: Statement | Argument) {
    return spanning(rangeOf(element, 'relation'), rangeOf(element, 'target')) ?? selectionOf(element);
}

function isNested(node: AstNode): boolean {
    return isStatement(node.$container) || isArgument(node.$container);
}

export function checkStatementSyntax(statement: Statement, report: Report): void {
    if (isNested(statement) && statement.relation !== undefined) {
        report({
            code: 'syntax', range: relationSpan(statement),
            message: `A nested ${statement.kind} takes its relation from where it stands (${placeRelation(statement)}), so it can't have its own \`${statement.relation}\`. `
                + 'Remove it, or move the statement out of the block.',
        });
    }
    if (statement.kind === 'thesis' && isNested(statement)) {
        report({ code: 'syntax', range: selectionOf(statement), message: 'A thesis is the main contention and stands at the top level of the file, not inside a block.' });
    }
    if (statement.schemes.length > 0) {
        report({ code: 'syntax', range: rangeOf(statement.schemes[0]), message: '`scheme` names the pattern of an inference, so it belongs on an `argument`, not on a statement.' });
    }
    if (statement.kind !== 'objection') {
        for (const question of statement.questions) {
            report({ code: 'syntax', range: rangeOf(question), message: '`question N` says which critical question an objection raises; only an `objection` can have it.' });
        }
    }
    // All commas in one walk of the block: looking each up by its index walked the block again per
    // comma, and a block of thousands took seconds (found by the fuzzer, test/fuzz/).
    const commas = statement.commas.length > 0 ? GrammarUtils.findNodesForProperty(statement.$cstNode, 'commas') : [];
    for (const comma of commas) {
        report({ code: 'syntax', range: comma.range, message: `Items in a ${statement.kind}'s block are separated by line breaks or spaces; commas are only allowed between an argument's premises.` });
    }
}

function placeRelation(statement: Statement): string {
    const parent = statement.$container;
    if (isArgument(parent)) return statement.kind === 'claim' || statement.kind === 'evidence' ? 'it is a premise of the argument' : 'it undercuts the argument';
    return statement.kind === 'claim' || statement.kind === 'evidence' ? 'it supports the statement around it' : 'it attacks the statement around it';
}

export function checkArgumentSyntax(argument: Argument, report: Report): void {
    if (isArgument(argument.$container)) {
        report({
            code: 'syntax', range: selectionOf(argument),
            message: 'An argument can\'t be a premise of another argument. Put its conclusion in the outer argument as a claim, '
                + 'and nest this argument inside that claim\'s block.',
        });
    } else if (isNested(argument) && argument.relation !== undefined) {
        report({
            code: 'syntax', range: relationSpan(argument),
            message: `An argument nested in a statement supports it, so it can't have its own \`${argument.relation}\`. Remove it, or move the argument out of the block.`,
        });
    }
    for (const question of argument.questions) {
        report({ code: 'syntax', range: rangeOf(question), message: '`question N` belongs on the objection that raises the question, not on the argument.' });
    }
    for (const extra of argument.schemes.slice(1)) {
        report({ code: 'syntax', range: rangeOf(extra), message: 'An argument follows one scheme: keep a single `scheme`.' });
    }
}

export function checkPremiseRefSyntax(ref: PremiseRef, report: Report): void {
    if (!isStatement(ref.$container)) return;
    report({
        code: 'syntax', range: rangeOf(ref),
        message: `A bare name can only be a premise inside an \`argument { }\` block. To reuse \`${ref.premise.$refText}\` here, `
            + `write \`argument { ${ref.premise.$refText} }\`.`,
    });
}

/** Only `\"`, `\\` and `\n` are escapes; any other backslash is a slip. */
export function checkEscapes(root: Document, report: Report): void {
    const cst = root.$cstNode;
    if (!cst || !cst.text.includes('\\')) return;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.tokenType.name !== 'STRING' || !leaf.text.includes('\\')) continue;
        for (const offset of invalidEscapes(leaf.text)) {
            const start = root.$document!.textDocument.positionAt(leaf.offset + offset);
            const end = root.$document!.textDocument.positionAt(leaf.offset + offset + 2);
            report({
                code: 'syntax', range: { start, end },
                message: 'Unknown escape in text: only \\" (a quote), \\\\ (a backslash) and \\n (a line break) are allowed. Write \\\\ for a backslash.',
            });
        }
    }
}
