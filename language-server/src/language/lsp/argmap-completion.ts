import {
    AstUtils, CstUtils, EMPTY_STREAM, GrammarAST, GrammarUtils,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream,
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions,
    type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind, InsertTextFormat, MarkupKind, type CancellationToken, type CompletionList, type CompletionParams,
} from 'vscode-languageserver';
import { isArgument, isFraming, isSource, isStatement, type Argument, type Document, type Statement } from '../../generated/ast.js';
import { indexOf } from '../../model/graph-index.js';
import { allowedRelationsOf, type ElementKind, type RelationWord } from '../../model/relation-rules.js';
import { criticalQuestions, schemeNames } from '../../model/schemes.js';
import { escapeMarkdown, webLink } from '../../interop/markdown.js';
import type { ArgmapServices } from '../argmap-module.js';
import type { NameResolver } from '../argmap-scope.js';
import type { GraphCache } from '../graph-cache.js';
import { targetedArguments } from '../../model/graph-index.js';
import { graphIdOf, shorten } from './graph-lookup.js';

const relationWords = new Set<string>(['supports', 'attacks', 'undercuts', 'contradicts']);

/**
 * Langium's completion (keywords and names in scope, from the grammar and the name indexes) plus
 * what the grammar can't know: framings after `#` (the TAG token holds the `#`, so the item must
 * replace it rather than add a second), the scheme catalogue, the targeted scheme's question
 * numbers, snippets for new elements, and no offers the validator would reject (a thesis in a
 * block, a relation the kind can't carry, a bare name in a statement's block).
 */
export class ArgmapCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['#'] };
    private readonly resolver: NameResolver;
    private readonly graphs: GraphCache;

    constructor(services: ArgmapServices) {
        super(services);
        this.resolver = services.references.NameResolver;
        this.graphs = services.validation.GraphCache;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        // Typing `#` in a comment or a statement's text is prose, not a tag.
        if (insideTextOrComment(document, document.textDocument.offsetAt(params.position))) return undefined;
        return super.getCompletion(document, params, cancelToken);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        if (tagStart(context) !== undefined) {
            // After `#` only a framing can follow.
            return rule === 'FramingTag' ? super.completionFor(context, next, acceptor) : undefined;
        }
        // A word typed without `#` is not a framing tag.
        if (rule === 'FramingTag' && context.offset > context.tokenOffset) return undefined;
        if (GrammarAST.isKeyword(next.feature)) return super.completionFor(context, next, acceptor);
        if (rule === 'SchemeAttribute') return this.completeSchemes(context, acceptor);
        if (rule === 'QuestionAttribute') return this.completeQuestions(context, acceptor);
        return super.completionFor(context, next, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const container = refInfo.container;
        if (refInfo.property === 'premise') {
            // A bare name is a premise in an argument's block, and `syntax` in a statement's.
            return isArgument(blockOwnerAt(context.node, context.offset)) ? candidates : EMPTY_STREAM;
        }
        if (refInfo.property === 'target' && (isStatement(container) || isArgument(container))) {
            const relation = container.relation;
            return candidates.filter(d => d.node !== container
                && (relation === undefined || isArgument(d.node) === (relation === 'undercuts')));
        }
        return candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (isFraming(node)) {
            const label = `#${node.name}`;
            const start = context.textDocument.positionAt(tagStart(context) ?? context.tokenOffset);
            return {
                ...item, label, filterText: label, detail: node.label, documentation: node.description,
                textEdit: { newText: label, range: { start, end: context.position } },
            };
        }
        if (isSource(node)) {
            const documentation = [escapeMarkdown(node.text ?? ''), node.url ? webLink(node.url) : ''].filter(Boolean).join('\n\n');
            return { ...item, detail: shorten(node.text ?? '', 60), documentation: { kind: MarkupKind.Markdown, value: documentation } };
        }
        if (isStatement(node)) return { ...item, detail: node.kind, documentation: node.text };
        if (isArgument(node)) return { ...item, detail: 'argument' };
        return item;
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        const word = keyword.value;
        if (word === 'thesis' || word === 'argument') {
            const owner = blockOwnerAt(context.node, context.offset);
            return word === 'thesis' ? owner === undefined : !isArgument(owner);
        }
        if (relationWords.has(word)) {
            const element = AstUtils.getContainerOfType(context.node, (n): n is Statement | Argument => isStatement(n) || isArgument(n));
            if (!element) return true;
            if (isStatement(element.$container) || isArgument(element.$container)) return false; // nested: the place gives the relation
            const kind = (isStatement(element) ? element.kind : 'argument') as ElementKind;
            return allowedRelationsOf(kind).includes(word as RelationWord);
        }
        return true;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        super.completionForKeyword(context, keyword, acceptor);
        const snippets = !this.clientCapabilities || this.clientCapabilities.completionItem?.snippetSupport;
        if (!snippets || !this.filterKeyword(context, keyword)) return;
        const owner = blockOwnerAt(context.node, context.offset);
        const place = owner === undefined ? 'top' : isArgument(owner) ? 'argument' : 'statement';
        const snippet = snippetFor(keyword.value, place, () => this.targetChoices(context.document as LangiumDocument<Document>));
        if (snippet) {
            acceptor(context, {
                label: keyword.value, kind: CompletionItemKind.Snippet, detail: snippet.detail, sortText: '2',
                insertText: snippet.text, insertTextFormat: InsertTextFormat.Snippet,
            });
        }
    }

    private completeSchemes(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const scheme of schemeNames) {
            const questions = criticalQuestions(scheme);
            acceptor(context, {
                label: scheme, kind: CompletionItemKind.EnumMember, sortText: '0',
                detail: `${questions.length} critical questions`,
                documentation: { kind: MarkupKind.Markdown, value: questions.map((q, i) => `${i + 1}. ${q}`).join('\n') },
            });
        }
    }

    /** The numbers of the critical questions of the arguments this objection targets, as the graph has them. */
    private completeQuestions(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const objection = AstUtils.getContainerOfType(context.node, isStatement);
        if (!objection) return;
        const model = this.graphs.get(context.document as LangiumDocument<Document>);
        const id = graphIdOf(model, objection);
        if (id === undefined) return;
        const index = indexOf(model.graph);
        const schemes = new Set(targetedArguments(index, id).map(a => index.arguments.get(a)?.scheme ?? null));
        for (const scheme of schemes) {
            criticalQuestions(scheme).forEach((question, i) => acceptor(context, {
                label: String(i + 1), kind: CompletionItemKind.EnumMember, sortText: `0${i + 1}`,
                detail: question, documentation: `${scheme}: ${question}`,
            }));
        }
    }

    /** Statement names a new top-level argument or objection could point at, theses first. */
    private targetChoices(document: LangiumDocument<Document>): string[] {
        const statements = [...this.resolver.visible(document)].filter(isStatement).filter(s => s.name !== undefined);
        statements.sort((a, b) => Number(b.kind === 'thesis') - Number(a.kind === 'thesis'));
        return statements.slice(0, 12).map(s => s.name!);
    }
}

interface Snippet {
    text: string;
    detail: string;
}

/** Snippets for the elements people add most, shaped for where they go: the top level or a block. */
function snippetFor(keyword: string, place: 'top' | 'statement' | 'argument', targets: () => string[]): Snippet | undefined {
    const target = (n: number) => {
        const names = targets();
        return names.length ? `\${${n}|${names.join(',')}|}` : `\${${n}:target}`;
    };
    switch (keyword) {
        case 'thesis':
            return { detail: 'New thesis with a block', text: 'thesis ${1:name} "${2:The main contention.}" {\n\t$0\n}' };
        case 'argument':
            return place !== 'top'
                ? { detail: 'New argument for this statement', text: 'argument ${1:name} {\n\tclaim ${2:premise} "${3:A premise.}"$0\n}' }
                : { detail: 'New argument for a statement', text: `argument \${1:name} supports ${target(2)} {\n\tclaim \${3:premise} "\${4:A premise.}"$0\n}` };
        case 'objection':
            return place !== 'top'
                ? { detail: `New objection to this ${place}`, text: 'objection ${1:name} "${2:Why it may be wrong.}"$0' }
                : { detail: 'New objection to a statement', text: `objection \${1:name} attacks ${target(2)} "\${3:Why it may be wrong.}"$0` };
        default:
            return undefined;
    }
}

/** Whether the offset lies inside a string or a comment (a line comment runs to the end of its line). */
function insideTextOrComment(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined;
    if (!leaf || leaf.offset >= offset || leaf.end < offset) return false;
    const type = leaf.tokenType.name;
    if (type === 'SL_COMMENT') return true;
    return (type === 'ML_COMMENT' || type === 'STRING') && offset < leaf.end;
}

/** Where a `#` starts the name being typed (`#`, `#lib`), if one does. */
function tagStart(context: CompletionContext): number | undefined {
    const text = context.textDocument.getText();
    let i = context.offset;
    while (i > 0 && /[A-Za-z0-9_-]/.test(text[i - 1])) i--;
    return text[i - 1] === '#' ? i - 1 : undefined;
}

/** The statement or argument whose `{ }` block holds the offset, if any. */
function blockOwnerAt(node: AstNode | undefined, offset: number): Statement | Argument | undefined {
    for (let n = node; n; n = n.$container) {
        if (!isStatement(n) && !isArgument(n)) continue;
        const open = GrammarUtils.findNodeForKeyword(n.$cstNode, '{');
        const close = GrammarUtils.findNodeForKeyword(n.$cstNode, '}');
        if (open && open.end <= offset && (!close || close.offset >= offset)) return n;
    }
    return undefined;
}
