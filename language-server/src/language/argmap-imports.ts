import { UriUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { URI } from 'vscode-uri';
import type { Document } from '../generated/ast.js';

/** An import path is relative to the importing file (an absolute path stays as it is). */
export function resolveImport(from: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(from), path);
}

const importsOfRoot = new WeakMap<Document, URI[]>();

/**
 * The URIs a document's `import` lines name, in order. Cached per parse: name resolution asks for
 * every imported name, and a walk of the members each time made linking quadratic.
 */
export function importedUris(document: LangiumDocument<Document>): URI[] {
    const root = document.parseResult?.value;
    if (!root?.members) return [];
    let uris = importsOfRoot.get(root);
    if (!uris) {
        uris = [];
        for (const member of root.members) {
            if (member.$type === 'Import' && member.path) uris.push(resolveImport(document.uri, member.path));
        }
        importsOfRoot.set(root, uris);
    }
    return uris;
}

/**
 * The loaded documents a document imports, directly or transitively, each once, itself excluded
 * (import cycles are fine). Breadth first, so nearer files come first.
 */
export function importClosure(document: LangiumDocument<Document>, documents: LangiumDocuments): LangiumDocument<Document>[] {
    const seen = new Set<string>([document.uri.toString()]);
    const result: LangiumDocument<Document>[] = [];
    const queue: LangiumDocument<Document>[] = [document];
    for (let i = 0; i < queue.length; i++) {
        for (const uri of importedUris(queue[i])) {
            const key = uri.toString();
            if (seen.has(key)) continue;
            seen.add(key);
            const imported = documents.getDocument(uri) as LangiumDocument<Document> | undefined;
            if (imported) {
                result.push(imported);
                queue.push(imported);
            }
        }
    }
    return result;
}
