import { AstUtils, DocumentState, isReference, URI } from 'langium';
import type { Document } from '../generated/ast.js';
import { buildGraph, type ArgmapModel } from '../model/build-graph.js';
import type { ArgmapServices } from './argmap-module.js';
import type { CheckCode } from './validation/codes.js';
import type { DiagnosticData } from './validation/report.js';

/**
 * `.argmap` text that is not a file (an ```argmap block in a Markdown preview), parsed, linked and
 * built into its graph synchronously: a markdown-it rule must return its HTML at once, and
 * Langium's DocumentBuilder is asynchronous.
 */
export interface ArgmapSnippet {
    model: ArgmapModel;
    /** Syntax errors and name errors (unresolved, ambiguous, declared twice, of the wrong kind), in document order. */
    errors: SnippetError[];
    /** The paths its `import` lines name. They are not followed: a snippet has no folder to be relative to. */
    imports: string[];
    /** The names it uses that it does not declare, each once: left out of the graph. */
    unresolved: string[];
}

/** Where an error starts (1-based, counted from the snippet's first line), and what it says. */
export interface SnippetError {
    line: number;
    column: number;
    code: CheckCode;
    message: string;
}

/** Every snippet has this URI: it is never added to the workspace, so snippets can't see each other. */
const snippetUri = URI.parse('inmemory:/snippet.argmap');

export function loadSnippet(services: ArgmapServices, text: string): ArgmapSnippet {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, snippetUri);
    // Argmap computes no scopes ahead of linking (a name is looked up in the file's name index when
    // it is resolved: argmap-scope.ts), so a parsed document is as ready to link as it will get.
    // Langium's linker resolves a reference lazily when it is read; reading each one now records
    // every error for the validator.
    document.state = DocumentState.ComputedScopes;
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (isReference(reference)) void reference.ref;
        }
    }
    document.state = DocumentState.Linked;

    const errors: SnippetError[] = [];
    const unresolved = new Set<string>();
    for (const d of services.validation.DocumentValidator.syntaxAndNameDiagnostics(document)) {
        if (d.severity !== 1) continue;
        const data = d.data as DiagnosticData;
        const message = typeof d.message === 'string' ? d.message : d.message.value;
        errors.push({ line: d.range.start.line + 1, column: d.range.start.character + 1, code: data.code, message });
        if (data.code === 'unresolved-reference' && data.reference) unresolved.add(data.reference.name);
    }
    return {
        model: buildGraph(document, { fileName: () => snippetUri.toString(), imports: [] }),
        errors: errors.sort((a, b) => a.line - b.line || a.column - b.column),
        imports: document.parseResult.value.members.flatMap(member => (member.$type === 'Import' && member.path ? [member.path] : [])),
        unresolved: [...unresolved],
    };
}
