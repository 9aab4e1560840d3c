import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type AstReflection, type LangiumDocument, type ParseResult, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import { DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Argument, Document, Statement } from '../generated/ast.js';
import type { ArgmapServices } from './argmap-module.js';
import { describeCharacter } from './describe-character.js';
import { NESTING_MESSAGE } from './argmap-lexer.js';
import type { NameResolver } from './argmap-scope.js';
import { severityOf, type ArgmapSettings } from './argmap-settings.js';
import type { DecodingProblems } from './decoding-problems.js';
import { withArticle } from '../model/graph-index.js';
import { isCheckCode, unnecessaryCodes, type CheckCode, type Severity } from './validation/codes.js';
import { checkSyntaxAndNames } from './validation/argmap-validator.js';
import { findIgnoreDirectives } from './validation/ignore-comments.js';
import type { DiagnosticData, ExpectedDeclaration, FixData } from './validation/report.js';

const lspSeverity: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The declaration a message suggests, and the "declare it" quick fix writes, for a missing name. */
export function declarationStub(expects: 'source' | 'framing' | 'statement', name: string): string {
    if (expects === 'source') return `source ${name} "Author (year). Title."`;
    if (expects === 'framing') return `framing ${name} "Label"`;
    return `claim ${name} "..."`;
}

/** What a reference must name, in a student's words. */
const expectedNouns: Record<ExpectedDeclaration, string> = {
    source: 'a source', framing: 'a framing', statement: 'a statement', argument: 'an argument',
};

/** What a reference of this type must name: `undercuts` needs an argument, other relations a statement. */
function expectedDeclaration(type: string, container: AstNode): ExpectedDeclaration {
    if (type === 'Source') return 'source';
    if (type === 'Framing') return 'framing';
    if (type === 'Element' && (container as Partial<Statement | Argument>).relation === 'undercuts') return 'argument';
    return 'statement';
}

export function diagnostic(code: CheckCode, range: Range, message: string, fix?: FixData): Diagnostic {
    return { code, range, message, severity: lspSeverity.error, source: 'argmap', data: { ...fix, code } satisfies DiagnosticData };
}

/**
 * Langium's validation with Argmap's codes: syntax, linking and the registered checks produce
 * diagnostics with a `code`; then `argmap-ignore` comments and the configured severities apply.
 */
export class ArgmapDocumentValidator extends DefaultDocumentValidator {
    private readonly resolver: NameResolver;
    private readonly settings: ArgmapSettings;
    private readonly decodingProblems: DecodingProblems;
    private readonly reflection: AstReflection;
    private readonly textDocuments: ArgmapServices['shared']['workspace']['TextDocuments'] | undefined;

    constructor(services: ArgmapServices) {
        super(services);
        this.resolver = services.references.NameResolver;
        this.settings = services.validation.ArgmapSettings;
        this.decodingProblems = services.shared.workspace.DecodingProblems;
        this.reflection = services.shared.AstReflection;
        this.textDocuments = services.shared.workspace.TextDocuments;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        await this.settings.ready;
        if (!this.settings.workspaceDiagnostics && !this.textDocuments?.get(document.uri.toString())) {
            return []; // only open files are checked: closed ones publish nothing
        }
        return this.checkDocument(document, options, cancelToken);
    }

    /**
     * Every diagnostic of the document under the configured severities, whether or not the editor
     * publishes it: rubric grading counts a closed file's errors with workspace diagnostics off too.
     */
    async checkDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        await this.settings.ready;
        // The editor's text of an open file is text whatever the bytes on disk were.
        const invalidAt = this.textDocuments?.get(document.uri.toString()) ? undefined : this.decodingProblems.get(document.uri);
        if (invalidAt) {
            // The bytes are not text: one clear error beats a cascade of nonsense about replacement characters.
            return [this.configure('syntax', diagnostic('syntax', { start: invalidAt, end: invalidAt },
                'This file is not valid UTF-8 text from here on. Save it as UTF-8 (most editors offer "Save with Encoding").'))!];
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return this.applyIgnoresAndSeverities(document, diagnostics);
    }

    /**
     * The problems in how a document is written, found synchronously and without the file system:
     * the lexer's and the parser's, the syntax and name checks, and the names that don't resolve
     * (resolve every reference first: this reads the linker's results). For text that is not a file,
     * such as an ```argmap block in a Markdown preview (argmap-snippet.ts). Ignore comments and the
     * configured severities apply as in `validateDocument`.
     */
    syntaxAndNameDiagnostics(document: LangiumDocument<Document>): Diagnostic[] {
        const diagnostics: Diagnostic[] = [];
        this.processLexingErrors(document.parseResult, diagnostics);
        this.processParsingErrors(document.parseResult, diagnostics);
        this.processLinkingErrors(document, diagnostics);
        checkSyntaxAndNames(document.parseResult.value, ({ code, range, message, data }) => diagnostics.push(diagnostic(code, range, message, data)));
        return this.applyIgnoresAndSeverities(document, diagnostics);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const text = (parseResult.value as Document).$document?.textDocument.getText() ?? '';
        for (const error of parseResult.lexerErrors) {
            const start = { line: (error.line ?? 1) - 1, character: (error.column ?? 1) - 1 };
            const message = error.message === NESTING_MESSAGE ? error.message : this.lexingMessage(text, error.offset);
            // A run of unreadable characters is one error; an unclosed quote or comment points at its opening only.
            const opening = text[error.offset] === '"' || text.startsWith('/*', error.offset);
            const lineEnd = text.slice(error.offset, error.offset + error.length).search(/[\r\n]/);
            const length = opening ? 1 : lineEnd >= 0 ? Math.max(1, lineEnd) : error.length;
            diagnostics.push(diagnostic('syntax', { start, end: { line: start.line, character: start.character + length } }, message));
        }
    }

    private lexingMessage(text: string, offset: number): string {
        const c = text[offset];
        if (c === '"') return 'This text has no closing quote ("). Add one where the text ends.';
        if (c === '#') return 'A `#` must be followed directly by a framing name, as in `#realist` (no space).';
        if (c === '/' && text[offset + 1] === '*') return 'This comment is never closed: end it with */.';
        return `Unexpected character ${describeCharacter(text, offset)}: outside quoted text only names, keywords, braces, commas, numbers and #tags may appear.`;
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const parsing: Diagnostic[] = [];
        super.processParsingErrors(parseResult, parsing, {});
        for (const d of parsing) diagnostics.push(diagnostic('syntax', d.range, typeof d.message === 'string' ? d.message : d.message.value));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error || !reference.$refNode) continue;
            const name = reference.$refText;
            let range = reference.$refNode.range;
            if (reference.$refNode.text.startsWith('#')) range = { start: { line: range.start.line, character: range.start.character + 1 }, end: range.end };
            const type = this.reflection.getReferenceType(error.info);
            const expects = expectedDeclaration(type, error.info.container);
            const resolution = this.resolver.resolve(AstUtils.getDocument(error.info.container) as LangiumDocument<Document>, name);
            const fix: FixData = { reference: { name, expects } };
            if (resolution.kind === 'found') {
                const declaration = resolution.declaration;
                const actual = withArticle(declaration.$type === 'Statement' ? declaration.kind : declaration.$type.toLowerCase());
                diagnostics.push(diagnostic('wrong-target', range, `\`${name}\` is ${actual}, but ${expectedNouns[expects]} is needed here.`, fix));
            } else if (resolution.kind === 'ambiguous') {
                const names = resolution.documents.map(d => `"${d.uri.path.split('/').pop()}"`);
                const files = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
                diagnostics.push(diagnostic('duplicate-name', range,
                    `\`${name}\` is declared in ${files}, all imported by this file (directly or through other imports), so it is unclear which one is meant. `
                    + 'Rename one of them, or declare the one you mean in this file.', fix));
            } else {
                const declare = expects === 'argument' ? 'or name an argument that is' : `or declare it: \`${declarationStub(expects, name)}\``;
                diagnostics.push(diagnostic('unresolved-reference', range,
                    `Nothing named \`${name}\` is declared in this file or in the files it imports. Check the spelling, ${declare}.`, fix));
            }
        }
    }

    /**
     * Argmap registers its checks on the root and on imports only (validation/argmap-validator.ts
     * says why), and imports are top-level members: visiting every other node would find nothing.
     */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const nodes: AstNode[] = [root, ...(root as Document).members.filter(member => member.$type === 'Import')];
        for (const node of nodes) {
            await interruptAndCheck(cancelToken);
            for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    /** Drops what `argmap-ignore` silences or the config turns off; gives the rest their configured severity. */
    private applyIgnoresAndSeverities(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const directives = findIgnoreDirectives(document.textDocument.getText());
        for (const directive of directives) {
            if (directive.codes.length === 0) {
                diagnostics.push(diagnostic('unknown-code', directive.range,
                    `\`argmap-ignore${directive.fileWide ? '-file' : ''}\` needs the codes to silence, e.g. \`// argmap-ignore unsupported-claim -- the reason\`.`));
            }
            for (const { code, range } of directive.codes) {
                if (!isCheckCode(code)) {
                    diagnostics.push(diagnostic('unknown-code', range, `\`${code}\` is not an Argmap check code, so it silences nothing. The codes are listed in docs/checks.md.`));
                }
            }
        }
        const fileWide = new Set<string>();
        const byLine = new Map<number, Set<string>>();
        for (const directive of directives) {
            const codes = directive.fileWide ? fileWide : directive.line === undefined ? undefined : byLine.get(directive.line) ?? new Set<string>();
            if (!codes) continue;
            for (const { code } of directive.codes) codes.add(code);
            if (!directive.fileWide) byLine.set(directive.line!, codes);
        }
        const result: Diagnostic[] = [];
        for (const d of diagnostics) {
            const code = typeof d.code === 'string' && isCheckCode(d.code) ? d.code : 'syntax';
            const silenced = code !== 'syntax' && (fileWide.has(code) || byLine.get(d.range.start.line)?.has(code) === true);
            if (silenced) continue;
            const configured = this.configure(code, d);
            if (configured) result.push(configured);
        }
        return result;
    }

    private configure(code: CheckCode, d: Diagnostic): Diagnostic | undefined {
        const severity = severityOf(this.settings.config, code);
        if (!severity) return undefined;
        return {
            ...d, code, source: 'argmap', severity: lspSeverity[severity], data: { ...(d.data ?? {}), code },
            ...(unnecessaryCodes.has(code) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
        };
    }
}
