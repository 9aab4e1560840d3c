import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../language-server/src/generated/ast.js';
import { createArgmapServices, type ArgmapServices, type ArgmapSharedServices } from '../../language-server/src/language/argmap-module.js';
import type { ArgmapModel } from '../../language-server/src/model/build-graph.js';

export interface TestWorkspace {
    document(name: string): LangiumDocument<Document>;
    diagnostics(name: string): Diagnostic[];
    /** `code@line:column` for each diagnostic (1-based), in order: compact enough to assert whole lists. */
    codes(name: string): string[];
    model(name: string): ArgmapModel;
    /** The services the workspace was built with, for calling LSP providers directly. */
    services: ArgmapServices;
    shared: ArgmapSharedServices;
}

/**
 * Builds in-memory files (`{"a.argmap": "..."}`) as one workspace under file:///w/, with validation;
 * imports resolve among them. The one place unit tests create documents.
 */
export async function buildWorkspace(files: Record<string, string>): Promise<TestWorkspace> {
    const { shared, Argmap } = createArgmapServices(EmptyFileSystem);
    Argmap.validation.GraphCache.fileName = document => document.uri.path.replace(/^\/w\//, '');
    const documents = new Map<string, LangiumDocument<Document>>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`file:///w/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const document = (name: string) => {
        const d = documents.get(name);
        if (!d) throw new Error(`no file ${name} in the test workspace`);
        return d;
    };
    return {
        document,
        diagnostics: name => document(name).diagnostics ?? [],
        codes: name => (document(name).diagnostics ?? []).map(d => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`),
        model: name => Argmap.validation.GraphCache.get(document(name)),
        services: Argmap,
        shared,
    };
}

/** One file: its model and diagnostics. */
export async function buildOne(text: string) {
    const workspace = await buildWorkspace({ 'main.argmap': text });
    return { model: workspace.model('main.argmap'), diagnostics: workspace.diagnostics('main.argmap'), codes: workspace.codes('main.argmap') };
}
