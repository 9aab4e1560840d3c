import { DefaultDocumentBuilder, inject, type LangiumDocument, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import type { Document } from '../generated/ast.js';
import { ArgmapGeneratedModule, ArgmapGeneratedSharedModule } from '../generated/module.js';
import { ArgmapDocumentValidator } from './argmap-document-validator.js';
import { ArgmapAstNodeDescriptionProvider } from './argmap-node-descriptions.js';
import { importClosure, importedUris } from './argmap-imports.js';
import { ArgmapLexer } from './argmap-lexer.js';
import { ArgmapIndexManager } from './argmap-index-manager.js';
import { ArgmapLinker } from './argmap-linker.js';
import { ArgmapParserErrorMessageProvider } from './argmap-parser-messages.js';
import { ArgmapScopeComputation, ArgmapScopeProvider, NameResolver } from './argmap-scope.js';
import { ArgmapSettings } from './argmap-settings.js';
import { ArgmapValueConverter } from './argmap-value-converter.js';
import { DecodingProblems } from './decoding-problems.js';
import { GraphCache } from './graph-cache.js';
import { ArgmapReferenceDescriptionProvider, createArgmapGrammarConfig } from './argmap-references.js';
import { ArgmapCodeLensProvider } from './lsp/argmap-code-lens.js';
import { ArgmapCompletionProvider } from './lsp/argmap-completion.js';
import { ArgmapDocumentLinkProvider } from './lsp/argmap-document-links.js';
import { ArgmapDocumentSymbolProvider } from './lsp/argmap-document-symbols.js';
import { ArgmapFoldingRangeProvider } from './lsp/argmap-folding.js';
import { ArgmapFormatter } from './lsp/argmap-formatter.js';
import { ArgmapHoverProvider } from './lsp/argmap-hover.js';
import { ArgmapNodeKindProvider } from './lsp/argmap-node-kinds.js';
import { ArgmapRenameProvider } from './lsp/argmap-rename.js';
import { ArgmapSemanticTokenProvider } from './lsp/argmap-semantic-tokens.js';
import { ArgmapWorkspaceSymbolProvider } from './lsp/argmap-workspace-symbols.js';
import { ArgmapCodeActionProvider } from './lsp/argmap-code-actions.js';
import { ArgmapMapProvider } from './lsp/argmap-map-request.js';
import { loadImportsBeforeLinking } from './import-loader.js';
import { registerValidationChecks } from './validation/argmap-validator.js';

/** Services Argmap adds to Langium's, grouped as Langium groups its own. */
export type ArgmapAddedServices = {
    references: { NameResolver: NameResolver };
    validation: { GraphCache: GraphCache; ArgmapSettings: ArgmapSettings; DocumentValidator: ArgmapDocumentValidator };
    lsp: { MapProvider: ArgmapMapProvider };
};
export type ArgmapServices = LangiumServices & ArgmapAddedServices & { shared: ArgmapSharedServices };

export type ArgmapAddedSharedServices = {
    workspace: { DecodingProblems: DecodingProblems };
};
export type ArgmapSharedServices = LangiumSharedServices & ArgmapAddedSharedServices;

export const ArgmapModule: Module<ArgmapServices, PartialLangiumServices & ArgmapAddedServices> = {
    parser: {
        Lexer: services => new ArgmapLexer(services),
        ValueConverter: () => new ArgmapValueConverter(),
        ParserErrorMessageProvider: () => new ArgmapParserErrorMessageProvider(),
        GrammarConfig: services => createArgmapGrammarConfig(services),
    },
    references: {
        Linker: services => new ArgmapLinker(services),
        ScopeComputation: services => new ArgmapScopeComputation(services),
        ScopeProvider: services => new ArgmapScopeProvider(services),
        NameResolver: services => new NameResolver(services),
    },
    workspace: {
        AstNodeDescriptionProvider: services => new ArgmapAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new ArgmapReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new ArgmapDocumentValidator(services),
        GraphCache: services => new GraphCache(services),
        ArgmapSettings: () => new ArgmapSettings(),
    },
    lsp: {
        // Editor features; each provider lives in lsp/argmap-<feature>.ts.
        CompletionProvider: services => new ArgmapCompletionProvider(services),
        HoverProvider: services => new ArgmapHoverProvider(services),
        CodeLensProvider: services => new ArgmapCodeLensProvider(services),
        SemanticTokenProvider: services => new ArgmapSemanticTokenProvider(services),
        Formatter: services => new ArgmapFormatter(services),
        DocumentSymbolProvider: services => new ArgmapDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new ArgmapFoldingRangeProvider(services),
        RenameProvider: services => new ArgmapRenameProvider(services),
        DocumentLinkProvider: () => new ArgmapDocumentLinkProvider(),
        CodeActionProvider: services => new ArgmapCodeActionProvider(services),
        // Not an LSP feature: the map preview's `argmap/map` request (registerMapRequests).
        MapProvider: services => new ArgmapMapProvider(services),
    },
};

/**
 * Relinks a document when a file it imports (directly or transitively) changed, and never just
 * because it has errors: Langium's default relinks every document with an unresolved name on every
 * change, which in a class folder means every student file on every keystroke.
 */
export class ArgmapDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const argmap = document as LangiumDocument<Document>;
        if (importedUris(argmap).some(uri => changedUris.has(uri.toString()))) return true;
        return importClosure(argmap, this.langiumDocuments).some(imported =>
            changedUris.has(imported.uri.toString()) || importedUris(imported).some(uri => changedUris.has(uri.toString())));
    }
}

export const ArgmapSharedModule: Module<ArgmapSharedServices, PartialLangiumSharedServices & ArgmapAddedSharedServices> = {
    workspace: {
        DecodingProblems: () => new DecodingProblems(),
        DocumentBuilder: services => new ArgmapDocumentBuilder(services),
        IndexManager: services => new ArgmapIndexManager(services),
    },
    lsp: {
        NodeKindProvider: () => new ArgmapNodeKindProvider(),
        WorkspaceSymbolProvider: services => new ArgmapWorkspaceSymbolProvider(services),
    },
};

/**
 * Creates the shared services and Argmap's language services. The language server, the CLI and
 * every test call this; nothing else calls `inject`.
 */
export function createArgmapServices(context: DefaultSharedModuleContext): { shared: ArgmapSharedServices; Argmap: ArgmapServices } {
    const shared = inject(
        createDefaultSharedModule(context),
        ArgmapGeneratedSharedModule,
        ArgmapSharedModule,
    );
    const Argmap = inject(
        createDefaultModule({ shared }),
        ArgmapGeneratedModule,
        ArgmapModule,
    );
    shared.ServiceRegistry.register(Argmap);
    registerValidationChecks(Argmap);
    loadImportsBeforeLinking(shared);
    if (!context.connection) {
        // Outside a language server (CLI, tests) nobody sends a configuration: start from the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Argmap };
}
