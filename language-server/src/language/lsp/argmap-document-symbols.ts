import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import {
    isArgument, isFraming, isPremiseRef, isSource, isStatement,
    type Argument, type BlockItem, type Document, type Member, type Statement,
} from '../../generated/ast.js';
import { rangeOf, selectionOf } from '../../model/ast-spans.js';
import type { ArgmapModel } from '../../model/build-graph.js';
import type { ArgmapServices } from '../argmap-module.js';
import type { GraphCache } from '../graph-cache.js';
import { graphElementOf, shorten } from './graph-lookup.js';

/**
 * The outline follows the blocks as written: a thesis holds its arguments and objections, an
 * argument its premises (bare names too, so its structure shows) and undercutters. Unnamed
 * elements are shown by the start of their text; the detail gives kind and status.
 */
export class ArgmapDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly graphs: GraphCache;
    private readonly kinds: NodeKindProvider;

    constructor(services: ArgmapServices) {
        this.graphs = services.validation.GraphCache;
        this.kinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = (document as LangiumDocument<Document>).parseResult.value;
        const model = this.graphs.get(document as LangiumDocument<Document>);
        return root.members.flatMap(member => this.symbolOf(member, model));
    }

    private symbolOf(node: Member | BlockItem, model: ArgmapModel): DocumentSymbol[] {
        if (!node.$cstNode) return [];
        if (isStatement(node) || isArgument(node)) {
            const items: BlockItem[] = isStatement(node) ? node.children : node.items;
            return [this.symbol(node, nameOf(node), detailOf(node, model), items.flatMap(item => this.symbolOf(item, model)))];
        }
        if (isPremiseRef(node)) {
            return node.premise?.$refText ? [this.symbol(node, node.premise.$refText, 'premise')] : [];
        }
        if (isSource(node) && node.name) return [this.symbol(node, node.name, shorten(node.text ?? ''))];
        if (isFraming(node) && node.name) return [this.symbol(node, node.name, node.label ?? '')];
        return [];
    }

    private symbol(node: AstNode, name: string, detail: string, children?: DocumentSymbol[]): DocumentSymbol {
        const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        return {
            name,
            detail,
            kind: this.kinds.getSymbolKind(node),
            range: rangeOf(node),
            selectionRange: nameNode?.range ?? (isPremiseRef(node) ? rangeOf(node) : selectionOf(node)),
            children: children?.length ? children : undefined,
        };
    }
}

function nameOf(node: Statement | Argument): string {
    if (node.name) return node.name;
    if (isStatement(node)) return shorten(node.text ?? node.kind) || node.kind;
    if (node.relation && node.target?.$refText) return `argument ${node.relation} ${node.target.$refText}`;
    const first = node.items.find(isStatement);
    return first?.text ? `argument: ${shorten(first.text)}` : 'argument';
}

function detailOf(node: Statement | Argument, model: ArgmapModel): string {
    const kind = isStatement(node) ? node.kind : 'argument';
    const status = graphElementOf(model, node)?.status;
    return status ? `${kind} · ${status}` : kind;
}
