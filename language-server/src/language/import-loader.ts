import { DocumentState, type LangiumDocument } from 'langium';
import type { Document } from '../generated/ast.js';
import type { ArgmapSharedServices } from './argmap-module.js';
import { importedUris } from './argmap-imports.js';

/**
 * Before linking, loads every file the built documents import (transitively) that is not loaded
 * yet: a file outside the workspace, or one the CLI was not given. Resolution needs only their
 * syntax trees; a file that can't be read is left to the `import-not-found` check.
 */
export function loadImportsBeforeLinking(shared: ArgmapSharedServices): void {
    const documents = shared.workspace.LangiumDocuments;
    const fileSystem = shared.workspace.FileSystemProvider;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, async built => {
        const queue: LangiumDocument[] = [...built];
        const seen = new Set(queue.map(d => d.uri.toString()));
        for (let i = 0; i < queue.length; i++) {
            for (const uri of importedUris(queue[i] as LangiumDocument<Document>)) {
                if (seen.has(uri.toString())) continue;
                seen.add(uri.toString());
                let document = documents.getDocument(uri);
                if (!document) {
                    try {
                        if (!(await fileSystem.stat(uri)).isFile) continue;
                        document = await documents.getOrCreateDocument(uri);
                    } catch {
                        continue;
                    }
                }
                queue.push(document);
            }
        }
    });
}
