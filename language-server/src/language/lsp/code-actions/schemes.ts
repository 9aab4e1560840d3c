import { isArgument } from '../../../generated/ast.js';
import { criticalQuestions, schemeNames } from '../../../model/schemes.js';
import { closestNames } from './closest.js';
import { called, declarationAt, quickFix, rangeText, replaceRange, type QuickFix } from './fix-context.js';

/** Scheme names compare without case, and with `_` and spaces read as `-`. */
const normaliseScheme = (name: string) => name.toLowerCase().replace(/[\s_]+/g, '-');

/** unknown-scheme: "Change to `expert-opinion`" for the three nearest catalogue names (the first preferred when it is a likely typo). */
export const fixUnknownScheme: QuickFix = context => {
    const typed = rangeText(context);
    return closestNames(typed, schemeNames, { normalise: normaliseScheme, always: true }).flatMap(({ name, close }, i) =>
        quickFix(context, `Change to \`${name}\``, [replaceRange(context, name)], close && i === 0));
};

/**
 * critical-questions: "Raise critical question 2: Is the source impartial?" for each open question:
 * an objection stub in the argument's block (so it undercuts it) with `question N`, and the
 * question as a comment beside it.
 */
export const fixCriticalQuestions: QuickFix = context => {
    const argument = declarationAt(context);
    const open = context.data.openQuestions;
    if (!argument || !isArgument(argument) || !open) return [];
    const questions = criticalQuestions(argument.schemes[0]?.name ?? null);
    return open.filter(n => n >= 1 && n <= questions.length).flatMap(n =>
        quickFix(context, `Raise critical question ${n} against ${called(argument, 'this argument')}: ${questions[n - 1]}`,
            [...context.edit.intoBlock(argument, `objection "..." question ${n}`, questions[n - 1])]));
};
