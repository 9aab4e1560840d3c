/**
 * The Argmap side of the benchmarks: document text -> ArgumentGraph with the services the CLI and
 * the language server use (parse, link, every check), timed from the text to the graph.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Document } from '../language-server/src/generated/ast.js';
import { createArgmapServices } from '../language-server/src/language/argmap-module.js';
import type { ArgumentGraph } from '../language-server/src/model/argument-graph.js';

/** Fresh services per call (outside the timing), so no run profits from an earlier run's caches. */
export async function graphOfText(text: string, name = 'map'): Promise<{ graph: ArgumentGraph; buildMs: number; errors: number }> {
    const { shared, Argmap } = createArgmapServices(EmptyFileSystem);
    const start = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${name}.argmap`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const graph = Argmap.validation.GraphCache.get(document as LangiumDocument<Document>).graph;
    const buildMs = performance.now() - start;
    return { graph, buildMs, errors: document.diagnostics?.filter(d => d.severity === 1).length ?? 0 };
}

/**
 * One set of services for many documents, as the language server keeps them: the parser and the
 * rest stay warm between runs (Langium's parser computes its lookahead lazily, which a fresh set of
 * services pays again on its first document), while every run parses a new document of its own.
 * `forget()` removes the documents built so far; call it outside the timing.
 */
export function argmapSession() {
    const { shared, Argmap } = createArgmapServices(EmptyFileSystem);
    const built: URI[] = [];
    let count = 0;
    return {
        async graphOf(text: string): Promise<{ graph: ArgumentGraph; errors: number }> {
            const uri = URI.parse(`file:///bench/session-${count++}.argmap`);
            built.push(uri);
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            const graph = Argmap.validation.GraphCache.get(document as LangiumDocument<Document>).graph;
            return { graph, errors: document.diagnostics?.filter(d => d.severity === 1).length ?? 0 };
        },
        async forget(): Promise<void> {
            await shared.workspace.DocumentBuilder.update([], built.splice(0));
        },
    };
}
