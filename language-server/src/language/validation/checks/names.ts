import type { Document } from '../../../generated/ast.js';
import { selectionOf } from '../../../model/ast-spans.js';
import { nameIndexOf } from '../../argmap-name-index.js';
import type { Report } from '../report.js';

/** One namespace per file: each later declaration of a name is a duplicate. */
export function checkDuplicateNames(root: Document, report: Report): void {
    for (const [name, declarations] of nameIndexOf(root)) {
        if (declarations.length < 2) continue;
        const first = declarations[0];
        const firstLine = selectionOf(first).start.line + 1;
        for (const duplicate of declarations.slice(1)) {
            report({
                code: 'duplicate-name', range: selectionOf(duplicate),
                message: `The name \`${name}\` is already used on line ${firstLine}; every name in a file must be unique so that references are unambiguous. `
                    + 'Rename one of them.',
            });
        }
    }
}
