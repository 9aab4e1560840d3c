import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Forgets a document that exists only in the editor (an untitled "New Argument Map", or any other
 * non-file document) once the editor closes it: nothing on disk can bring it back, so it must not
 * stay in the workspace, be checked again, or keep its problems in the Problems panel. Without this
 * Langium keeps it, and the next change anywhere looks up its services by a file extension it
 * doesn't have and the server crashes.
 */
export function forgetClosedUnsavedDocuments(shared: LangiumSharedServices): void {
    const { TextDocuments, WorkspaceManager, WorkspaceLock, DocumentBuilder } = shared.workspace;
    TextDocuments?.onDidClose(event => {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'file') return; // closed files stay part of the workspace
        void WorkspaceManager.ready.then(() => WorkspaceLock.write(token => DocumentBuilder.update([], [uri], token)));
    });
}
