import {
    AstUtils, DefaultScopeComputation, EMPTY_STREAM, MultiMap, stream,
    type AstNodeDescription, type AstNodeDescriptionProvider, type AstReflection, type LangiumDocument,
    type LangiumDocuments, type LocalSymbols, type ReferenceInfo, type Scope, type ScopeProvider, type Stream,
} from 'langium';
import type { Declaration, Document } from '../generated/ast.js';
import type { ArgmapServices } from './argmap-module.js';
import { importClosure } from './argmap-imports.js';
import { nameIndexOf } from './argmap-name-index.js';

/**
 * Nothing goes into Langium's global index: a name is visible only in its own file and in the files
 * that import it (DESIGN.md, "Scope"), so 300 student files that each declare `thesis main` never
 * meet. Every lookup goes through `NameResolver` instead.
 */
export class ArgmapScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap();
    }
}

export type Resolution =
    | { kind: 'found'; declaration: Declaration }
    | { kind: 'ambiguous'; documents: LangiumDocument[] }
    | { kind: 'missing' };

/** What a name means in a document: a local declaration wins; else it must come from exactly one imported file. */
export class NameResolver {
    private readonly documents: LangiumDocuments;

    constructor(services: ArgmapServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    imports(document: LangiumDocument<Document>): LangiumDocument<Document>[] {
        return importClosure(document, this.documents);
    }

    resolve(document: LangiumDocument<Document>, name: string): Resolution {
        const local = nameIndexOf(document.parseResult.value).get(name);
        if (local?.length) return { kind: 'found', declaration: local[0] };
        const found: Declaration[] = [];
        const from: LangiumDocument[] = [];
        for (const imported of this.imports(document)) {
            const declarations = nameIndexOf(imported.parseResult.value).get(name);
            if (declarations?.length) {
                found.push(declarations[0]);
                from.push(imported);
            }
        }
        if (found.length === 1) return { kind: 'found', declaration: found[0] };
        if (found.length > 1) return { kind: 'ambiguous', documents: from };
        return { kind: 'missing' };
    }

    /** Every name visible in a document, each once (for completion). */
    *visible(document: LangiumDocument<Document>): Iterable<Declaration> {
        const seen = new Set<string>();
        for (const doc of [document, ...this.imports(document)]) {
            for (const [name, declarations] of nameIndexOf(doc.parseResult.value)) {
                if (seen.has(name)) continue;
                seen.add(name);
                const resolution = this.resolve(document, name);
                if (resolution.kind === 'found') yield resolution.declaration;
                else if (doc !== document) yield declarations[0];
            }
        }
    }
}

export class ArgmapScopeProvider implements ScopeProvider {
    private readonly resolver: NameResolver;
    private readonly reflection: AstReflection;
    private readonly descriptions: AstNodeDescriptionProvider;

    constructor(services: ArgmapServices) {
        this.resolver = services.references.NameResolver;
        this.reflection = services.shared.AstReflection;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
    }

    getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container) as LangiumDocument<Document>;
        return new ResolvingScope(this.resolver, document, this.reflection.getReferenceType(context), this.reflection, this.descriptions);
    }
}

/** A scope that answers one name at a time from the name indexes, without listing everything visible. */
class ResolvingScope implements Scope {
    constructor(
        private readonly resolver: NameResolver,
        private readonly document: LangiumDocument<Document>,
        private readonly type: string,
        private readonly reflection: AstReflection,
        private readonly descriptions: AstNodeDescriptionProvider,
    ) { }

    getElement(name: string): AstNodeDescription | undefined {
        const resolution = this.resolver.resolve(this.document, name);
        if (resolution.kind !== 'found' || !this.reflection.isInstance(resolution.declaration, this.type)) return undefined;
        return this.describe(resolution.declaration);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.resolver.visible(this.document))
            .filter(declaration => this.reflection.isInstance(declaration, this.type))
            .map(declaration => this.describe(declaration));
    }

    private describe(declaration: Declaration): AstNodeDescription {
        return this.descriptions.createDescription(declaration, declaration.name, AstUtils.getDocument(declaration));
    }
}
