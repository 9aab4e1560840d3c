import type { ReferenceInfo } from 'langium';
import type { BlockItem, Document, Element } from '../generated/ast.js';

/**
 * Every statement, argument and premise reference of a document, depth first in document order:
 * the nodes that carry names, relations and checks.
 *
 * Hand-written rather than `AstUtils.streamAst`: the generic stream visits every node through
 * reflection and an iterator object per level, and the linker, the name index, the checks and the
 * graph builder each walked the whole tree with it; at 5,000 elements those walks cost more than
 * the checks themselves. Recursion is safe: the lexer stops nesting at 64 blocks (argmap-lexer.ts).
 */
export function forEachBlockNode(root: Document, visit: (node: BlockItem) => void): void {
    for (const member of root.members) {
        if (member.$type === 'Statement' || member.$type === 'Argument') forEachInBlockItem(member, visit);
    }
}

/** A block item, then everything nested in its block, in document order. */
export function forEachInBlockItem(node: BlockItem, visit: (node: BlockItem) => void): void {
    visit(node);
    if (node.$type === 'PremiseRef') return;
    const items = node.$type === 'Statement' ? node.children : node.items;
    for (const item of items) forEachInBlockItem(item, visit);
}

/** The statements and arguments of a document in document order (premise references left out). */
export function elementsOf(root: Document): Element[] {
    const elements: Element[] = [];
    forEachBlockNode(root, node => {
        if (node.$type !== 'PremiseRef') elements.push(node);
    });
    return elements;
}

/** Every cross-reference a block node writes, as Langium describes one (the linker's unit of work). */
export function forEachReference(node: BlockItem, visit: (info: ReferenceInfo) => void): void {
    if (node.$type === 'PremiseRef') {
        if (node.premise) visit({ reference: node.premise, container: node, property: 'premise' });
        return;
    }
    if (node.target) visit({ reference: node.target, container: node, property: 'target' });
    // A reference the parser could not finish (error recovery) is missing, not undefined-valued.
    for (const tag of node.framings) if (tag.framing) visit({ reference: tag.framing, container: tag, property: 'framing' });
    for (const citation of node.citations) if (citation.source) visit({ reference: citation.source, container: citation, property: 'source' });
}
