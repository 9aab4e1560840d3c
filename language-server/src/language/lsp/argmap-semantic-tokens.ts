import type { AstNode, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import {
    isArgument, isCitation, isFraming, isFramingTag, isPremiseRef, isQuestionAttribute, isSchemeAttribute, isSource, isStatement,
    type Argument, type Document, type Element, type Statement,
} from '../../generated/ast.js';
import type { ArgmapModel } from '../../model/build-graph.js';
import { isKnownScheme } from '../../model/schemes.js';
import type { ArgmapServices } from '../argmap-module.js';
import type { GraphCache } from '../graph-cache.js';
import { graphElementOf } from './graph-lookup.js';

/**
 * Modifiers beyond LSP's: the kind of element a keyword or name belongs to, and its dialectical
 * status, so a theme can colour objections apart from claims or strike rejected statements through
 * (`"*.rejected": { "strikethrough": true }` in `editor.semanticTokenColorCustomizations`).
 */
const elementKinds = ['thesis', 'claim', 'evidence', 'objection', 'rebuttal', 'argument'] as const;
const statuses = ['accepted', 'rejected', 'undecided'] as const;
const tokenModifiers: Record<string, number> = {
    ...AllSemanticTokenModifiers,
    ...Object.fromEntries([...elementKinds, ...statuses].map((name, i) => [name, 1 << (Object.keys(AllSemanticTokenModifiers).length + i)])),
};

/**
 * Statements are variables and arguments functions (an inference maps premises to a conclusion),
 * each with its kind as a modifier and `declaration` where it is declared; framings are decorators
 * (`#realist` reads like one), sources namespaces, catalogue schemes library enum members.
 */
export class ArgmapSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly graphs: GraphCache;
    private model?: ArgmapModel;

    constructor(services: ArgmapServices) {
        super(services);
        this.graphs = services.validation.GraphCache;
    }

    override get tokenModifiers(): Record<string, number> {
        return tokenModifiers;
    }

    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        this.model = this.graphs.get(document as LangiumDocument<Document>);
        await super.computeHighlighting(document, acceptor, cancelToken);
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isStatement(node)) {
            acceptor({ node, property: 'kind', type: 'keyword', modifier: node.kind });
            if (node.name !== undefined) acceptor({ node, property: 'name', type: 'variable', modifier: ['declaration', ...this.modifiersOf(node)] });
            this.highlightReference(node, 'target', node.target?.ref, acceptor);
        } else if (isArgument(node)) {
            acceptor({ node, keyword: 'argument', type: 'keyword', modifier: 'argument' });
            if (node.name !== undefined) acceptor({ node, property: 'name', type: 'function', modifier: ['declaration', ...this.modifiersOf(node)] });
            this.highlightReference(node, 'target', node.target?.ref, acceptor);
        } else if (isPremiseRef(node)) {
            this.highlightReference(node, 'premise', node.premise?.ref, acceptor);
        } else if (isFramingTag(node)) {
            acceptor({ node, property: 'framing', type: 'decorator' });
        } else if (isCitation(node)) {
            acceptor({ node, property: 'source', type: 'namespace' });
        } else if (isSource(node)) {
            acceptor({ node, property: 'name', type: 'namespace', modifier: 'declaration' });
        } else if (isFraming(node)) {
            acceptor({ node, property: 'name', type: 'decorator', modifier: 'declaration' });
        } else if (isSchemeAttribute(node)) {
            acceptor({ node, property: 'name', type: 'enumMember', modifier: isKnownScheme(node.name) ? 'defaultLibrary' : [] });
        } else if (isQuestionAttribute(node)) {
            acceptor({ node, property: 'number', type: 'number' });
        }
    }

    private highlightReference(node: AstNode, property: 'target' | 'premise', target: Element | undefined, acceptor: SemanticTokenAcceptor): void {
        const type = isArgument(target) ? 'function' : 'variable';
        acceptor({ node, property, type, modifier: target ? this.modifiersOf(target) : [] });
    }

    private modifiersOf(element: Statement | Argument): string[] {
        const kind = isStatement(element) ? element.kind : 'argument';
        const status = this.model && graphElementOf(this.model, element)?.status;
        return status ? [kind, status] : [kind];
    }
}
