import { DefaultIndexManager, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream, type URI } from 'langium';
import type { ArgmapReferenceDescriptionProvider } from './argmap-references.js';

/**
 * Langium's index, with the reference index built when something asks for it (find references,
 * highlights, rename) rather than on every build. Langium reads it after each change to decide what
 * to relink; Argmap decides that from imports instead (ArgmapDocumentBuilder), so describing every
 * reference of a document on each keystroke only fed a query that is rarely made.
 */
export class ArgmapIndexManager extends DefaultIndexManager {
    /** Documents linked since their references were last described, by URI. */
    private readonly unindexed = new Map<string, LangiumDocument>();

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.unindexed.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.unindexed.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const [uri, document] of this.unindexed) {
            const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider as ArgmapReferenceDescriptionProvider;
            this.referenceIndex.set(uri, provider.describeReferences(document));
        }
        this.unindexed.clear();
        return super.findAllReferences(targetNode, astNodePath);
    }
}
