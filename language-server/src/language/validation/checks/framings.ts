import { selectionOf } from '../../../model/ast-spans.js';
import type { GraphCheck } from '../report.js';
import { headerSpan } from './spans.js';

export const checkSingleFraming: GraphCheck = (model, report) => {
    if (model.visibleFramings === 0 || model.usedFramings.size !== 1) return;
    const [only] = model.usedFramings;
    report({
        code: 'single-framing',
        range: headerSpan(model),
        message: `Every tagged move in this map comes from one framing (#${only}). Arguments look stronger when they meet the objections `
            + 'another perspective would raise: consider an objection from a different framing.',
    });
};

export const checkUnusedFraming: GraphCheck = (model, report) => {
    if (model.isLibrary) return;
    for (const [name, framing] of model.declaredFramings) {
        if (model.usedFramings.has(name)) continue;
        report({
            code: 'unused-framing',
            range: selectionOf(framing),
            message: `The framing \`${name}\` is declared but no statement or argument is tagged #${name}. Tag the moves that come from it, or remove the declaration.`,
        });
    }
};
