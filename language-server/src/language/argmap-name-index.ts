import type { Declaration, Document } from '../generated/ast.js';
import { forEachInBlockItem } from '../model/ast-walk.js';

/**
 * Every name a file declares, at any depth, in document order: one namespace for statements,
 * arguments, sources and framings (DESIGN.md, "Scope"). Built once per parse and reused by every
 * reference, which keeps linking linear where Langium's default scoping was quadratic.
 */
export type NameIndex = ReadonlyMap<string, readonly Declaration[]>;

const indexes = new WeakMap<Document, NameIndex>();

export function nameIndexOf(root: Document): NameIndex {
    let index = indexes.get(root);
    if (!index) {
        index = buildNameIndex(root);
        indexes.set(root, index);
    }
    return index;
}

function buildNameIndex(root: Document): NameIndex {
    const index = new Map<string, Declaration[]>();
    const add = (declaration: Declaration) => {
        if (declaration.name === undefined) return;
        const list = index.get(declaration.name);
        if (list) list.push(declaration); else index.set(declaration.name, [declaration]);
    };
    // Document order: sources and framings are top-level members, elements nest.
    for (const member of root.members) {
        if (member.$type === 'Source' || member.$type === 'Framing') add(member);
        else if (member.$type === 'Statement' || member.$type === 'Argument') {
            forEachInBlockItem(member, node => {
                if (node.$type !== 'PremiseRef') add(node);
            });
        }
    }
    return index;
}
