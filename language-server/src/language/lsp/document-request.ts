import { DocumentState, isOperationCancelled, ReadPriority, URI, type LangiumDocument } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Document } from '../../generated/ast.js';
import type { ArgmapServices, ArgmapSharedServices } from '../argmap-module.js';

/**
 * Runs `answer` on the document once it is ready: checked, for a file open in the editor (so the
 * error count is this version's), else linked (a closed file is checked only with workspace
 * diagnostics, and its graph is all the map needs). A newer edit cancels the wait (the map
 * preview asks again when `argmap/mapChanged` says so).
 */
export function documentRequest<P extends { textDocument: { uri: string } }, R>(
    shared: ArgmapSharedServices,
    answer: (services: ArgmapServices, document: LangiumDocument<Document>, params: P) => R,
): (params: P, token: CancellationToken) => Promise<R | ResponseError> {
    const { WorkspaceManager, DocumentBuilder, LangiumDocuments, TextDocuments, WorkspaceLock } = shared.workspace;
    return async (params, token) => {
        try {
            const uri = URI.parse(params.textDocument.uri);
            await WorkspaceManager.ready;
            const open = TextDocuments?.get(uri.toString()) !== undefined;
            const required = open ? DocumentState.Validated : DocumentState.Linked;
            await DocumentBuilder.waitUntil(required, uri, token);
            return await WorkspaceLock.read(() => {
                const document = LangiumDocuments.getDocument(uri);
                if (!document || !shared.ServiceRegistry.hasServices(uri)) {
                    return new ResponseError(ErrorCodes.InvalidParams, `${uri.toString()} is not an .argmap file the server knows`);
                }
                // Changed again since: its map follows the next `argmap/mapChanged`.
                if (document.state < required) return new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer version of the document is being checked.');
                const services = shared.ServiceRegistry.getServices(uri) as ArgmapServices;
                return answer(services, document as LangiumDocument<Document>, params);
            }, ReadPriority.Immediate);
        } catch (error) {
            if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer version of the document is being checked.');
            if (error instanceof ResponseError) return error;
            throw error;
        }
    };
}
