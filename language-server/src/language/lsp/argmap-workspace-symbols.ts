import { Cancellation, GrammarUtils, UriUtils, interruptAndCheck, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { FuzzyMatcher, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { Document } from '../../generated/ast.js';
import type { ArgmapSharedServices } from '../argmap-module.js';
import { nameIndexOf } from '../argmap-name-index.js';

/**
 * Langium's default lists the global index, which Argmap leaves empty so files never see names
 * they don't import. Workspace symbols are a search, not a scope: walk every loaded file's name
 * index instead. The container is the file, since 300 student files may each declare `main`.
 */
export class ArgmapWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly kinds: NodeKindProvider;
    private readonly matcher: FuzzyMatcher;

    constructor(services: ArgmapSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.kinds = services.lsp.NodeKindProvider;
        this.matcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = (document as LangiumDocument<Document>).parseResult.value;
            for (const [name, declarations] of nameIndexOf(root)) {
                if (!this.matcher.match(query, name)) continue;
                for (const declaration of declarations) {
                    const nameNode = GrammarUtils.findNodeForProperty(declaration.$cstNode, 'name');
                    if (!nameNode) continue;
                    symbols.push({
                        name,
                        kind: this.kinds.getSymbolKind(declaration),
                        containerName: UriUtils.basename(document.uri),
                        location: { uri: document.uri.toString(), range: nameNode.range },
                    });
                }
            }
        }
        return symbols;
    }
}
