import type { Mention } from './rules.js';
import type { Criterion, RuleName } from './rubric.js';

/**
 * The words shared by the JSON output and the feedback: each rule's title and the one-line result
 * ("2 arguments support the thesis directly; at least 3 are asked for."). Plain text that names no
 * student text, so it is safe in a CSV-minded spreadsheet and in Markdown alike.
 */

export const ruleTitles: Record<RuleName, string> = {
    'one-thesis': 'One thesis',
    'min-arguments': 'Arguments for the thesis',
    'min-objections': 'Objections considered',
    'objections-answered': 'Objections answered',
    'min-depth': 'Depth of support',
    'min-cited-evidence': 'Cited evidence',
    'min-sources': 'Sources cited',
    'required-framings': 'Required framings',
    'cross-framing-objection': 'An objection from another framing',
    'no-errors': 'No errors',
    'max-statement-words': 'Statement length',
};

/** The criterion's heading for students: the instructor's label, else the rule's title. */
export function criterionTitle(criterion: Criterion): string {
    return criterion.label ?? ruleTitles[criterion.rule];
}

export interface MeasuredCriterion {
    criterion: Criterion;
    actual: number;
    passed: boolean;
    mentions: Mention[];
}

export function resultMessage({ criterion, actual, mentions }: MeasuredCriterion): string {
    switch (criterion.rule) {
        case 'one-thesis':
            return actual === 1 ? 'The map has one thesis.' : `The map has ${actual === 0 ? 'no thesis' : `${actual} theses`}; exactly one is asked for.`;
        case 'min-arguments':
            return `${count(actual, 'argument supports', 'arguments support')} the thesis directly; ${atLeast(criterion.min)}.`;
        case 'min-objections':
            return `The map raises ${count(actual, 'objection or attacking argument', 'objections and attacking arguments')}; ${atLeast(criterion.min)}.`;
        case 'objections-answered':
            return mentions.length === 0
                ? 'No objection to the thesis is left unanswered.'
                : `${count(mentions.length, 'objection', 'objections')} to the thesis ${mentions.length === 1 ? 'is' : 'are'} unanswered: a share of ${actual} answered, ${criterion.share} is asked for.`;
        case 'min-depth':
            return `The longest chain of support under the thesis is ${count(actual, 'argument', 'arguments')} deep; ${atLeast(criterion.min)}.`;
        case 'min-cited-evidence':
            return `${count(actual, 'piece of evidence cites', 'pieces of evidence cite')} a source; ${atLeast(criterion.min)}.`;
        case 'min-sources':
            return `The map cites ${count(actual, 'source', 'distinct sources')}; ${atLeast(criterion.min)}.`;
        case 'required-framings': {
            const total = criterion.framings.length;
            if (actual === total) return `${total === 1 ? 'The required framing is' : total === 2 ? 'Both required framings are' : `All ${total} required framings are`} used as tags.`;
            return `${actual} of the ${total} required framings ${actual === 1 ? 'is' : 'are'} used as tags; missing: ${mentions.map(m => m.name).join(', ')}.`;
        }
        case 'cross-framing-objection':
            return actual === 0
                ? 'No objection is tagged with a framing the thesis lacks; at least 1 is asked for.'
                : `${count(actual, 'objection comes', 'objections come')} from a framing the thesis lacks.`;
        case 'no-errors':
            return actual === 0 ? 'The map has no errors.' : `The map has ${count(actual, 'error', 'errors')}; none are allowed.`;
        case 'max-statement-words':
            return `The longest statement has ${count(actual, 'word', 'words')}; at most ${criterion.max} are allowed.`;
    }
}

function count(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

function atLeast(min: number): string {
    return `at least ${min} ${min === 1 ? 'is' : 'are'} asked for`;
}
