import { DocumentState, type LangiumDocument } from 'langium';
import type { Document } from '../generated/ast.js';
import { buildGraph, type ArgmapModel } from '../model/build-graph.js';
import type { ArgmapServices } from './argmap-module.js';
import type { NameResolver } from './argmap-scope.js';

/**
 * Builds each document's ArgumentGraph once per link: the checks, and later the hover, the map and
 * the exports, all read the same model. An entry is dropped whenever its document is linked again.
 */
export class GraphCache {
    private readonly models = new Map<string, ArgmapModel>();
    private readonly resolver: NameResolver;
    /** How `range.file` names a document; the CLI replaces it with the path as the user gave it. */
    fileName: (document: LangiumDocument) => string = document => document.uri.toString();

    constructor(services: ArgmapServices) {
        this.resolver = services.references.NameResolver;
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onBuildPhase(DocumentState.Linked, documents => {
            for (const document of documents) this.models.delete(document.uri.toString());
        });
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.models.delete(uri.toString());
        });
    }

    get(document: LangiumDocument<Document>): ArgmapModel {
        const key = document.uri.toString();
        let model = this.models.get(key);
        if (!model || model.root !== document.parseResult.value) {
            model = buildGraph(document, { fileName: this.fileName, imports: this.resolver.imports(document) });
            this.models.set(key, model);
        }
        return model;
    }
}
