import { AstUtils } from 'langium';
import { isArgument, isStatement, type Declaration, type Document } from '../generated/ast.js';

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
    for (const node of AstUtils.streamAst(root)) {
        if (isStatement(node) || isArgument(node) || node.$type === 'Source' || node.$type === 'Framing') add(node as Declaration);
    }
    return index;
}
