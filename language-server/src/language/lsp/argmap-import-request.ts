import { URI } from 'langium';
import { importInterchange } from '../../interop/interchange-import.js';
import { ImportRequests } from '../../protocol.js';
import type { ArgmapSharedServices } from '../argmap-module.js';

/**
 * `argmap/import`: an AIF or Argdown file as `.argmap` text, for the editor's "Import from
 * AIF/Argdown…" (the same text `argmap import` writes). The file is read through the server's file
 * system service, so in a web worker the client reads it (vscode.dev's virtual files too). The
 * answer touches no document, so it needs neither the workspace lock nor a build.
 */
export function registerImportRequests(shared: ArgmapSharedServices): void {
    shared.lsp.Connection?.onRequest(ImportRequests.importFile, async (params: ImportRequests.ImportParams): Promise<ImportRequests.ImportResult> => {
        const uri = URI.parse(params.uri);
        const fileName = decodeURIComponent(uri.path.substring(uri.path.lastIndexOf('/') + 1));
        let bytes: Uint8Array;
        try {
            bytes = await shared.workspace.FileSystemProvider.readBinary(uri);
        } catch (error) {
            return { text: null, notes: [], warnings: [], problems: [`cannot read ${fileName}: ${readFailure(error)}`] };
        }
        const imported = importInterchange(fileName, bytes);
        return {
            text: imported.argmap,
            notes: imported.note === null ? [] : [imported.note],
            warnings: imported.warnings.map(w => (w.line === null ? w.message : `line ${w.line}: ${w.message}`)),
            problems: imported.problems,
        };
    });
}

/** Why a file could not be read, in a few words (Node's messages carry the whole path, the client's are its own). */
function readFailure(error: unknown): string {
    switch ((error as { code?: unknown })?.code) {
        case 'ENOENT': return 'no such file';
        case 'EISDIR': return 'it is a folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        default: return error instanceof Error ? error.message : String(error);
    }
}
