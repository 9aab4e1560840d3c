import { challengersOf, describe, indexOf } from '../../../model/graph-index.js';
import type { GraphCheck } from '../report.js';
import { headerSpan, localTheses, spanOf } from './spans.js';

export const checkNoThesis: GraphCheck = (model, report) => {
    if (model.isLibrary || localTheses(model).length > 0) return;
    report({
        code: 'no-thesis',
        range: headerSpan(model),
        message: 'This map has no thesis. Every argument map needs one main contention that everything else supports or attacks: '
            + 'mark it with `thesis name "..."`. (A file that only declares sources and framings for others to import needs none.)',
    });
};

export const checkMultipleTheses: GraphCheck = (model, report) => {
    const theses = localTheses(model);
    for (const thesis of theses.slice(1)) {
        report({
            code: 'multiple-theses',
            range: spanOf(model, thesis.id),
            message: `This map already has a thesis (${describe(theses[0])}); a map argues for one main contention. `
                + `Make ${describe(thesis)} a \`claim\` that supports the thesis, or move it to a map of its own.`,
        });
    }
};

export const checkUnsupportedThesis: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const thesis of localTheses(model)) {
        if (index.supporters.has(thesis.id)) continue;
        report({
            code: 'unsupported-thesis',
            range: spanOf(model, thesis.id),
            message: `Nothing supports the thesis ${describe(thesis)} yet, so the map states a position without arguing for it. `
                + 'Add an `argument { ... }` with its premises inside the thesis\'s block, or `argument supports '
                + (thesis.name ?? 'thesisName') + ' { ... }`.',
        });
    }
};

export const checkOneSided: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const thesis of localTheses(model)) {
        const attacked = challengersOf(index, thesis.id).length > 0;
        const undercut = (index.supporters.get(thesis.id) ?? []).some(a => (index.relationsTo.get(a.id) ?? []).some(r => r.kind === 'undercuts'));
        if (attacked || undercut) continue;
        report({
            code: 'one-sided',
            range: spanOf(model, thesis.id),
            message: `No objection challenges the thesis ${describe(thesis)} or an argument for it. A strong essay meets the best case against it: `
                + 'add an `objection` (and your rebuttal to it).',
        });
    }
};
