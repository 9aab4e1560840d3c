import { isArgument, isPremiseRef, isStatement, type Argument, type Statement } from '../../../generated/ast.js';
import { rangeOf, selectionOf } from '../../../model/ast-spans.js';
import { allowedRelationsOf, relationAllowed, targetTypeOf, type ElementKind, type RelationWord } from '../../../model/relation-rules.js';
import { withArticle } from '../../../model/graph-index.js';
import type { Report } from '../report.js';
import { relationSpan } from './syntax.js';

function isTopLevel(element: Statement | Argument): boolean {
    return !isStatement(element.$container) && !isArgument(element.$container);
}

function kindOf(element: Statement | Argument): ElementKind {
    return isStatement(element) ? element.kind as ElementKind : 'argument';
}

export function checkEmptyArgument(argument: Argument, report: Report): void {
    const premises = argument.items.filter(item => isPremiseRef(item) || (isStatement(item) && (item.kind === 'claim' || item.kind === 'evidence')));
    if (premises.length > 0) return;
    report({
        code: 'empty-argument', range: selectionOf(argument),
        message: 'This argument has no premises, so it gives no reason for anything. Add the claims or evidence it rests on inside its braces '
            + '(`claim "..."`, or the name of a statement you already wrote).',
    });
}

export function checkMissingTarget(element: Statement | Argument, report: Report): void {
    const kind = kindOf(element);
    if (!isTopLevel(element) || element.relation !== undefined) return;
    if (kind !== 'argument' && kind !== 'objection' && kind !== 'rebuttal') return;
    const verbs = allowedRelationsOf(kind).filter(r => r !== 'contradicts').map(r => `\`${r}\``).join(' or ');
    report({
        code: 'missing-target', range: selectionOf(element),
        message: `This ${kind} doesn't say what it ${kind === 'argument' ? 'supports or attacks' : 'answers'}, so it is not part of the argument. `
            + `Write ${verbs} and a name after ${element.name ? `\`${element.name}\`` : `\`${kind}\``}, or nest it in the block of what it ${kind === 'argument' ? 'supports' : 'attacks'}.`,
    });
}

/** A relation the kind can't have, a target of the wrong kind, or a relation to itself. */
export function checkRelationTarget(element: Statement | Argument, report: Report): void {
    const relation = element.relation as RelationWord | undefined;
    if (relation === undefined || !isTopLevel(element)) return;
    const kind = kindOf(element);
    if (!relationAllowed(kind, relation)) {
        report({ code: 'wrong-target', range: relationSpan(element), message: wrongRelationMessage(kind, relation) });
        return;
    }
    const target = element.target?.ref;
    if (!target) return; // unresolved: reported by the linker
    const wanted = targetTypeOf(relation);
    if (wanted === 'argument' && !isArgument(target)) {
        report({
            code: 'wrong-target', range: relationSpan(element),
            message: `\`undercuts\` denies that an argument's premises support its conclusion, so it needs an argument, but \`${element.target!.$refText}\` is ${withArticle(target.kind)}. `
                + `To deny the statement itself, use \`attacks\`.`,
        });
    } else if (wanted === 'statement' && isArgument(target)) {
        report({
            code: 'wrong-target', range: relationSpan(element),
            message: `\`${relation}\` needs a statement, but \`${element.target!.$refText}\` is an argument. `
                + (relation === 'supports' ? 'Name the statement the argument concludes.'
                    : relationAllowed(kind, 'undercuts') ? 'To deny that the argument\'s premises support its conclusion, use `undercuts`.'
                    : 'Only objections, rebuttals and arguments can undercut an argument.'),
        });
    } else if (target === element || (isArgument(element) && isOwnPremise(element, target))) {
        report({
            code: 'wrong-target', range: relationSpan(element),
            message: target === element
                ? `This ${kind} points at itself. Name the element it ${relation === 'supports' ? 'supports' : relation === 'contradicts' ? 'contradicts' : 'answers'}.`
                : `\`${element.target!.$refText}\` is one of this argument's own premises; an argument can't point at its own premise. Name another statement.`,
        });
    }
}

function isOwnPremise(argument: Argument, target: Statement | Argument): boolean {
    return argument.items.some(item => item === target || (isPremiseRef(item) && item.premise?.ref === target));
}

function wrongRelationMessage(kind: ElementKind, relation: RelationWord): string {
    if (kind === 'argument') return 'Arguments `supports`, `attacks` or `undercuts`; to set two statements against each other use `claim a contradicts b`.';
    if (relation === 'supports') return `\`${kind}\` can't \`supports\`: ${kind === 'objection' ? 'an objection attacks' : 'a rebuttal answers an objection'}. Use a \`claim\` to support something.`;
    return `\`${kind}\` can't \`${relation}\`: use \`objection\` for something that ${relation === 'attacks' ? 'attacks a statement' : 'undercuts an argument'}.`;
}

/**
 * An argument nested in a statement supports it, so naming that statement as one of its premises
 * makes it its own reason: wrong-target, as `argument supports x { x }` is.
 */
export function checkNestedOwnConclusion(argument: Argument, report: Report): void {
    const parent = argument.$container;
    if (!isStatement(parent)) return;
    for (const item of argument.items) {
        if (!isPremiseRef(item) || item.premise?.ref !== parent) continue;
        report({
            code: 'wrong-target', range: rangeOf(item),
            message: `\`${item.premise.$refText}\` is the statement this argument supports; it can't also be one of its premises. Name another statement.`,
        });
    }
}
