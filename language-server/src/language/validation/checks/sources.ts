import { selectionOf } from '../../../model/ast-spans.js';
import type { GraphCheck } from '../report.js';

export const checkUnusedSource: GraphCheck = (model, report) => {
    if (model.isLibrary) return;
    for (const [name, source] of model.declaredSources) {
        if (model.usedSources.has(name)) continue;
        report({
            code: 'unused-source',
            range: selectionOf(source),
            message: `The source \`${name}\` is declared but never cited. Cite it where you rely on it (\`cite ${name}\`), or remove it.`,
        });
    }
};
