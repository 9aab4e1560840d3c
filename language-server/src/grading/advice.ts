import type { Mention } from './rules.js';
import type { MeasuredCriterion } from './messages.js';
import { escapeMarkdown } from '../interop/markdown.js';

/**
 * What a student reads under a criterion that lost points: what the map has, why it matters, and
 * what to write, pointing at their own elements by name and line. Markdown; the student's own text
 * is escaped, names are code.
 */
export function advice({ criterion, actual, mentions }: MeasuredCriterion): string {
    switch (criterion.rule) {
        case 'one-thesis':
            if (actual === 0) {
                return 'Your map has no thesis yet. Decide on the one main contention your essay defends and write it as '
                    + '`thesis name "..."`; everything else in the map then supports it or challenges it.';
            }
            return `Your map has ${actual} theses: ${list(mentions)}. An essay defends one main contention, so keep the one you argue `
                + 'for as the `thesis` and make the others `claim`s that support it (or move them to a map of their own).';

        case 'min-arguments': {
            if (mentions.length === 0) return noThesis('there is nothing for arguments to support yet');
            const reasons = actual === 0 ? 'nothing supports it yet' : `${count(actual, 'argument supports', 'arguments support')} it directly`;
            return `Your thesis ${mention(mentions[0])}: ${reasons}, and this assignment asks for at least ${criterion.min}. `
                + 'Each argument is a separate reason to accept the thesis: add another `argument { ... }` inside the thesis\'s block, '
                + 'with the premises that together support it.';
        }

        case 'min-objections':
            return `Your map raises ${count(actual, 'objection', 'objections')}, and this assignment asks for at least ${criterion.min}. `
                + 'A strong essay meets the best case against it: add an `objection` inside the block of your thesis (against the thesis) '
                + 'or of one of your arguments (against that reasoning), put as a critic would put it, and then answer it with a `rebuttal`.';

        case 'objections-answered':
            return `${mentions.length === 1 ? 'This objection to your thesis is' : 'These objections to your thesis are'} still unanswered: `
                + `${list(mentions)}. As the map stands, an unanswered objection defeats what it attacks. `
                + `${actual === 0 ? 'You answer none of the objections to your thesis yet' : `You answer a share of ${actual} of the objections to your thesis`}, `
                + `and this assignment asks ${criterion.share === 1 ? 'you to answer every one' : `for at least ${criterion.share}`}. `
                + 'Answer each with a `rebuttal` inside its block, or with `rebuttal attacks NAME "..."`; an attacking argument is answered '
                + 'by attacking one of its premises.';

        case 'min-depth': {
            if (mentions.length === 0) return noThesis('there is no chain of support to measure yet');
            if (actual === 0) {
                return `Nothing supports your thesis ${mention(mentions[0])} yet, and this assignment asks for support at least `
                    + `${criterion.min} ${criterion.min === 1 ? 'argument' : 'arguments'} deep. Start with an \`argument { ... }\` inside the thesis's block.`;
            }
            return `Your deepest line of support under the thesis ${mention(mentions[0])} is ${count(actual, 'argument', 'arguments')} deep, `
                + `and this assignment asks for at least ${criterion.min}. Back up a premise of one of your arguments with an argument of its own: `
                + 'put an `argument { ... }` (or a cited claim or evidence) inside that premise\'s block, or write `argument supports PREMISE { ... }`.';
        }

        case 'min-cited-evidence': {
            const start = `Your map has ${count(actual, 'piece', 'pieces')} of evidence with a citation, and this assignment asks for at least ${criterion.min}. `
                + 'Evidence is the factual basis of a premise: add `evidence name "..." cite source "page"` where an argument rests on facts.';
            return mentions.length === 0 ? start : `${start} Citing what you already have counts too: ${list(mentions)} ${mentions.length === 1 ? 'has' : 'have'} no \`cite\` yet.`;
        }

        case 'min-sources': {
            const start = `Your map cites ${count(actual, 'source', 'different sources')}, and this assignment asks for at least ${criterion.min}. `
                + 'Draw on more of your reading: declare each work once with `source name "full reference"` and `cite name` it where you use it.';
            return mentions.length === 0 ? start : `${start} Your map declares ${list(mentions)} but nothing cites ${mentions.length === 1 ? 'it' : 'them'} yet.`;
        }

        case 'required-framings': {
            const required = list(criterion.framings.map(f => ({ name: `#${f}`, description: '', line: null })));
            const missing = actual === 0
                ? `This assignment asks you to tag moves with each of ${required}, and your map uses none of them yet.`
                : `Your map does not use ${list(mentions)} yet; this assignment asks you to tag moves with each of ${required}.`;
            return `${missing} Declare a missing framing if you need to (\`framing name "Label"\`), then tag the arguments, `
                + 'objections or rebuttals that come from it, as `#name` after their text.';
        }

        case 'cross-framing-objection': {
            const own = mentions.length === 0
                ? 'Your thesis has no framing tag, so any objection tagged with a framing would count.'
                : `Your thesis is tagged ${list(mentions)}.`;
            return `No objection in your map comes from a framing your thesis does not share. ${own} Test your position against `
                + 'another school of thought: add the objection its followers would raise, tagged with their framing (`#name`), and answer it.';
        }

        case 'no-errors':
            return `Your map has ${count(actual, 'error', 'errors')} (listed at the end). An error means part of the map could not be read `
                + 'as you meant it, so it may be missing from the other counts too: fixing the errors first can earn you more than this criterion.';

        case 'max-statement-words':
            return `${mentions.length === 1 ? 'This statement is' : 'These statements are'} longer than ${criterion.max} words: ${list(mentions)}. `
                + 'A statement in a map makes one point: split a long one into a claim and the premises that support it.';
    }
}

function noThesis(consequence: string): string {
    return `Your map has no thesis, so ${consequence}. Write your main contention as \`thesis name "..."\` and argue for it in its block.`;
}

/** A name as code (`selfHelp`, line 25), an unnamed element as its escaped description. */
export function mention(m: Mention): string {
    const what = m.name !== null ? `\`${m.name}\`` : escapeMarkdown(m.description);
    const where = [m.line !== null ? `line ${m.line}` : null, m.detail ?? null].filter(x => x !== null);
    return where.length > 0 ? `${what} (${where.join(', ')})` : what;
}

/** At most ten, then how many more: a map with 60 uncited evidence needs the point, not the whole list. */
function list(mentions: readonly Mention[]): string {
    const shown = mentions.slice(0, 10).map(mention);
    if (mentions.length > 10) shown.push(`and ${mentions.length - 10} more`);
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')}${mentions.length > 10 ? ' ' : ' and '}${shown.at(-1)}`;
}

/** `1 objection`, `3 objections`, and `no objections` rather than a cold `0`. */
function count(n: number, one: string, many: string): string {
    return `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;
}
