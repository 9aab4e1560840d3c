import { describe } from '../../../model/graph-index.js';
import type { GraphCheck } from '../report.js';
import { localStatements, spanOf } from './spans.js';

/** Words are runs of non-whitespace (DESIGN.md, "Strings"). */
export function countWords(text: string): number {
    const words = text.match(/\S+/g);
    return words ? words.length : 0;
}

export const checkLongStatement: GraphCheck = (model, report, options) => {
    for (const statement of localStatements(model)) {
        const words = countWords(statement.text);
        if (words <= options.maxStatementWords) continue;
        report({
            code: 'long-statement',
            range: spanOf(model, statement.id),
            message: `${describe(statement)} has ${words} words (the limit is ${options.maxStatementWords}). A statement in a map should make one point: `
                + 'split it into a claim and the premises that support it.',
        });
    }
};
