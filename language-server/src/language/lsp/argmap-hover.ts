import { AstUtils, UriUtils, type CstNode, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import {
    isArgument, isCitation, isDeclaration, isFraming, isQuestionAttribute, isSchemeAttribute, isSource, isStatement,
    type Argument, type Declaration, type Document, type Framing, type QuestionAttribute, type Source, type Statement,
} from '../../generated/ast.js';
import type { Citation, GraphArgument, GraphStatement } from '../../model/argument-graph.js';
import type { ArgmapModel } from '../../model/build-graph.js';
import { capitalise, challengersOf, indexOf, type GraphIndex } from '../../model/graph-index.js';
import { criticalQuestions, isKnownScheme, schemeNames } from '../../model/schemes.js';
import type { ArgmapServices } from '../argmap-module.js';
import type { GraphCache } from '../graph-cache.js';
import { targetedArguments } from '../../model/graph-index.js';
import { count, graphElementOf, graphIdOf, leafAt, shorten, tallyOf } from './graph-lookup.js';
import { escapeMarkdown, webLink } from '../../interop/markdown.js';

/**
 * What a student wants to know about the thing under the cursor: a statement's text, kind, framings,
 * full citations, what backs and challenges it and whether it stands (from the graph of the file
 * being edited, so an imported statement shows this file's view); a scheme's critical questions; the
 * question a `question N` raises.
 */
export class ArgmapHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly graphs: GraphCache;

    constructor(services: ArgmapServices) {
        this.references = services.references.References;
        this.graphs = services.validation.GraphCache;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const leaf = leafAt(document, params.position);
        const value = leaf && this.markdownFor(document as LangiumDocument<Document>, leaf);
        return value ? { contents: { kind: MarkupKind.Markdown, value }, range: leaf.range } : undefined;
    }

    private markdownFor(document: LangiumDocument<Document>, leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        if (isSchemeAttribute(node)) return schemeMarkdown(node.name);
        const model = this.graphs.get(document);
        if (isQuestionAttribute(node)) return questionMarkdown(node, model);
        // A name under the cursor means its declaration; unresolved names mean nothing yet.
        const declared: Declaration | undefined = this.references.findDeclarations(leaf).find(isDeclaration)
            ?? (isCitation(node) ? node.source?.ref : isDeclaration(node) ? node : undefined);
        if (isSource(declared)) return sourceMarkdown(declared, model);
        if (isFraming(declared)) return framingMarkdown(declared, model);
        if (isStatement(declared) || isArgument(declared)) {
            const home = graphIdOf(model, declared) !== undefined ? model : this.graphs.get(AstUtils.getDocument(declared));
            return elementMarkdown(declared, home, document);
        }
        return undefined;
    }
}

function elementMarkdown(node: Statement | Argument, model: ArgmapModel, hovered: LangiumDocument): string | undefined {
    const element = graphElementOf(model, node);
    if (!element) return undefined;
    const index = indexOf(model.graph);
    const statement = 'text' in element ? element : undefined;
    const reason = rejectionReason(element, index);
    const sections = [`**${statement ? statement.kind : 'argument'}**${element.name ? ` \`${element.name}\`` : ''} · *${element.status}*${reason ? ` (${reason})` : ''}`];
    if (statement) sections.push(escape(statement.text), ...statementFacts(statement, model, index));
    else sections.push(...argumentFacts(element as GraphArgument, index));
    sections.push(...attributeFacts(element, model));
    const file = AstUtils.getDocument(node);
    if (file.uri.toString() !== hovered.uri.toString()) sections.push(`Declared in \`${UriUtils.basename(file.uri)}\``);
    return sections.join('\n\n');
}

function statementFacts(statement: GraphStatement, model: ArgmapModel, index: GraphIndex): string[] {
    const roles: string[] = [];
    for (const argument of index.premiseOf.get(statement.id) ?? []) {
        // A one-premise shorthand is the statement supporting its conclusion itself.
        const conclusion = argument.conclusion === null ? undefined : index.statements.get(argument.conclusion);
        if (model.implicit.has(argument.id) && conclusion) roles.push(`supports ${nameOf(conclusion, index)}`);
        else roles.push(`premise of ${nameOf(argument, index)}`);
    }
    for (const relation of index.relationsFrom.get(statement.id) ?? []) roles.push(`${relation.kind} ${nameOf(lookup(index, relation.to), index)}`);
    const tally = tallyOf(index, statement.id);
    const answers = statement.kind === 'objection' || statement.kind === 'rebuttal';
    const standing = [count(tally.supporters, 'argument'), count(tally.challengers, answers ? 'answer' : 'objection')];
    if (tally.undercuts > 0) standing.push(`${count(tally.undercuts, 'undercut')} of its arguments`);
    return [...(roles.length ? [capitalise(roles.join(' · '))] : []), standing.join(' · ')];
}

function argumentFacts(argument: GraphArgument, index: GraphIndex): string[] {
    const facts: string[] = [];
    const conclusion = argument.conclusion === null ? undefined : index.statements.get(argument.conclusion);
    const roles = conclusion ? [`supports ${nameOf(conclusion, index)}`] : [];
    for (const relation of index.relationsFrom.get(argument.id) ?? []) roles.push(`${relation.kind} ${nameOf(lookup(index, relation.to), index)}`);
    if (roles.length) facts.push(capitalise(roles.join(' · ')));
    const premises = argument.premises.map(p => nameOf(lookup(index, p), index));
    facts.push(premises.length ? `Premises: ${premises.join(', ')}` : 'No premises');
    if (argument.scheme !== null) {
        const questions = criticalQuestions(argument.scheme);
        facts.push(`Scheme: \`${argument.scheme}\` (${isKnownScheme(argument.scheme) ? count(questions.length, 'critical question') : 'not in the catalogue'})`);
    }
    const undercuts = (index.relationsTo.get(argument.id) ?? []).filter(r => r.kind === 'undercuts').length;
    if (undercuts > 0) facts.push(`Undercut by ${count(undercuts, 'objection')}`);
    return facts;
}

function attributeFacts(element: GraphStatement | GraphArgument, model: ArgmapModel): string[] {
    const facts: string[] = [];
    if (element.framings.length) {
        const labels = element.framings.map(name => {
            const label = model.graph.framings.find(f => f.name === name)?.label;
            return `\`#${name}\`${label ? ` ${escape(label)}` : ''}`;
        });
        facts.push(`Framings: ${labels.join(', ')}`);
    }
    if (element.citations.length) facts.push(['Cites:', ...element.citations.map(c => `- ${citationText(c, model)}`)].join('\n'));
    return facts;
}

function citationText(citation: Citation, model: ArgmapModel): string {
    const source = model.graph.sources.find(s => s.name === citation.source);
    const parts = [source ? escape(source.text) : `\`${citation.source}\``];
    if (citation.locator) parts.push(escape(citation.locator));
    return parts.join(', ') + (source?.url ? ` ${webLink(source.url)}` : '');
}

/** Why a rejected element fell: what defeats it, read off the graph's labels. */
function rejectionReason(element: GraphStatement | GraphArgument, index: GraphIndex): string | undefined {
    if (element.status !== 'rejected') return undefined;
    const winners = challengersOf(index, element.id)
        .concat((index.relationsTo.get(element.id) ?? []).filter(r => r.kind === 'undercuts'))
        .map(r => lookup(index, r.from === element.id ? r.to : r.from))
        .filter(e => e?.status === 'accepted');
    if (winners.length) return `defeated by ${winners.map(e => nameOf(e, index)).join(', ')}`;
    if ('premises' in element) {
        const fallen = element.premises.map(p => lookup(index, p)).filter(p => p?.status === 'rejected');
        if (fallen.length) return `its premise ${nameOf(fallen[0], index)} is rejected`;
        return element.premises.length === 0 ? 'it has no premises' : undefined;
    }
    return 'every argument for it is rejected';
}

function sourceMarkdown(source: Source, model: ArgmapModel): string {
    const cited = [...model.graph.statements, ...model.graph.arguments]
        .filter(e => model.local.has(e.id))
        .reduce((n, e) => n + e.citations.filter(c => c.source === source.name).length, 0);
    const sections = [`**source** \`${source.name}\``, escape(source.text ?? '')];
    if (source.url) sections.push(webLink(source.url));
    sections.push(`Cited ${cited === 1 ? 'once' : `${cited} times`} in this file`);
    return sections.join('\n\n');
}

function framingMarkdown(framing: Framing, model: ArgmapModel): string {
    const tagged = [...model.graph.statements, ...model.graph.arguments]
        .filter(e => model.local.has(e.id) && e.framings.includes(framing.name)).length;
    const sections = [`**framing** \`${framing.name}\` · ${escape(framing.label ?? '')}`];
    if (framing.description) sections.push(escape(framing.description));
    sections.push(`Tags ${count(tagged, 'element')} in this file`);
    return sections.join('\n\n');
}

function schemeMarkdown(scheme: string | undefined): string | undefined {
    if (!scheme) return undefined;
    if (!isKnownScheme(scheme)) return `\`${scheme}\` is not in the scheme catalogue. Known schemes: ${schemeNames.map(s => `\`${s}\``).join(', ')}.`;
    const questions = criticalQuestions(scheme).map((q, i) => `${i + 1}. ${q}`);
    return [`**scheme** \`${scheme}\`: its critical questions`, questions.join('\n')].join('\n\n');
}

/** `question N` on an objection: the question of each scheme it targets, as the unknown-question check reads it. */
function questionMarkdown(question: QuestionAttribute, model: ArgmapModel): string | undefined {
    const objection = question.$container;
    const id = isStatement(objection) ? graphIdOf(model, objection) : undefined;
    const index = indexOf(model.graph);
    const schemes = new Set(id === undefined ? [] : targetedArguments(index, id).map(a => index.arguments.get(a)?.scheme ?? null));
    const lines: string[] = [];
    for (const scheme of schemes) {
        const text = criticalQuestions(scheme)[question.number - 1];
        if (scheme !== null && text) lines.push(`**question ${question.number}** of \`${scheme}\`: ${text}`);
    }
    return lines.length ? lines.join('\n\n') : `**question ${question.number}**: no argument this objection targets has a scheme with that question.`;
}

function lookup(index: GraphIndex, id: string): GraphStatement | GraphArgument | undefined {
    return index.statements.get(id) ?? index.arguments.get(id);
}

function nameOf(element: GraphStatement | GraphArgument | undefined, index: GraphIndex): string {
    if (!element) return 'an element';
    if (element.name !== null) return `\`${element.name}\``;
    if ('text' in element) return `"${escape(shorten(element.text))}"`;
    const first = index.statements.get(element.premises[0] ?? '');
    return first ? `the argument from "${escape(shorten(first.text))}"` : 'an unnamed argument';
}

/** Statement text is the student's, never Markdown: show it as written (and a map can plant no link). */
function escape(text: string): string {
    return escapeMarkdown(text).replace(/\n/g, '  \n');
}
