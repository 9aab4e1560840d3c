import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { isArgument, isFraming, isPremiseRef, isSource, isStatement } from '../../generated/ast.js';

type ElementKind = 'thesis' | 'claim' | 'evidence' | 'objection' | 'rebuttal' | 'argument' | 'source' | 'framing';

/**
 * One icon per kind of element, the same in the outline, workspace symbols and completion, so a
 * student learns them once. The choices borrow meaning where they can: an argument is an inference
 * (a function), an objection an event that happens to a statement, a framing a lens (an interface).
 */
const kinds: Record<ElementKind, { symbol: SymbolKind; completion: CompletionItemKind }> = {
    thesis: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class },
    claim: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property },
    evidence: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant },
    objection: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event },
    rebuttal: { symbol: SymbolKind.Operator, completion: CompletionItemKind.Operator },
    argument: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function },
    source: { symbol: SymbolKind.File, completion: CompletionItemKind.File },
    framing: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
};

export function elementKindOf(node: AstNode | undefined): ElementKind | undefined {
    if (isStatement(node)) return node.kind as ElementKind;
    if (isPremiseRef(node)) return elementKindOf(node.premise?.ref);
    if (isArgument(node)) return 'argument';
    if (isSource(node)) return 'source';
    if (isFraming(node)) return 'framing';
    return undefined;
}

export class ArgmapNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const kind = elementKindOf(nodeOf(node));
        return kind ? kinds[kind].symbol : SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        const kind = elementKindOf(nodeOf(node));
        return kind ? kinds[kind].completion : CompletionItemKind.Reference;
    }
}

function nodeOf(node: AstNode | AstNodeDescription): AstNode | undefined {
    return '$type' in node ? node : node.node;
}
