import { DocumentState, type LangiumDocument } from 'langium';
import { formatJson } from '../../language-server/src/cli/formats/json.js';
import { formatJunit } from '../../language-server/src/cli/formats/junit.js';
import { formatSarif } from '../../language-server/src/cli/formats/sarif.js';
import { formatText } from '../../language-server/src/cli/formats/text.js';
import { toFileDiagnostic } from '../../language-server/src/cli/load.js';
import type { Document } from '../../language-server/src/generated/ast.js';
import { feedbackMarkdown } from '../../language-server/src/grading/feedback.js';
import { gradeFile } from '../../language-server/src/grading/grade.js';
import { parseRubric, ruleNames, ruleParameters, type Rubric } from '../../language-server/src/grading/rubric.js';
import { createArgmapServices } from '../../language-server/src/language/argmap-module.js';
import { graphToAifJson } from '../../language-server/src/interop/aif-export.js';
import { graphToDot } from '../../language-server/src/interop/dot.js';
import { framingsToMarkdown } from '../../language-server/src/interop/framings.js';
import { graphToMermaid } from '../../language-server/src/interop/mermaid.js';
import { graphToOutline } from '../../language-server/src/interop/outline.js';
import { printArgmap } from '../../language-server/src/interop/printer.js';
import { computeStatus } from '../../language-server/src/model/status.js';
import { layoutMap } from '../../language-server/src/render/layout.js';
import { sceneToSvg } from '../../language-server/src/render/svg.js';
import { OracleFailure, runStages, type FuzzResult } from './fuzz-result.js';
import { fuzzUri, MemoryFileSystemProvider } from './memory-file-system.js';
import { seeds } from './seeds.js';

/**
 * One `.argmap` input through everything the CLI and the server do with a file: decode and parse
 * (the CLI's file reading), link and check (Langium's DocumentBuilder with Argmap's services),
 * build the graph, compute the status, lay out and draw the SVG, print it back to `.argmap` text
 * and parse that again, the exports, the check report formats and grading with every rubric rule.
 * Nothing may throw, nothing may be logged (a swallowed exception), and the printed text must
 * parse without a `syntax` error.
 *
 * The input is `main.argmap`; beside it lies the example `framings.argmap`, so generated
 * `import` lines have a library to resolve against (and `main.argmap` can import itself).
 */
export async function fuzzArgmap(input: Uint8Array): Promise<FuzzResult> {
    return runStages(async (enter, facts) => {
        enter('parse');
        const files = new Map<string, Uint8Array>([
            [fuzzUri('main.argmap').toString(), input],
            [fuzzUri('framings.argmap').toString(), libraryBytes()],
        ]);
        const { shared, Argmap } = createArgmapServices(MemoryFileSystemProvider.context(files));
        Argmap.validation.GraphCache.fileName = document => document.uri.path.split('/').pop() ?? '';
        const builder = shared.workspace.DocumentBuilder;
        let prefix = '';
        builder.onBuildPhase(DocumentState.IndexedContent, () => enter(`${prefix}link`));
        builder.onBuildPhase(DocumentState.Linked, () => enter(`${prefix}check`));
        const load = async (name: string) => {
            const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(fuzzUri(name)) as LangiumDocument<Document>;
            await builder.build([document], { validation: true });
            return document;
        };
        const document = await load('main.argmap');
        const diagnostics = document.diagnostics ?? [];
        for (const d of diagnostics) {
            // Langium turns an exception in a check or in the linker into a diagnostic like this.
            if (/error occurred/i.test(String(d.message))) throw new OracleFailure(`a check threw: ${d.message}`);
        }
        facts.push(...diagnostics.map(d => `${String(d.code)}: ${String(d.message)}`));

        enter('graph');
        const graph = Argmap.validation.GraphCache.get(document).graph;
        enter('status');
        computeStatus(graph);
        enter('layout');
        const scene = layoutMap(graph);
        const firstFraming = graph.framings[0]?.name;
        const filtered = layoutMap(graph, { framings: firstFraming ? [firstFraming] : [], framingMode: 'hide', maxNodes: 40 });
        enter('svg');
        sceneToSvg(scene);
        sceneToSvg(filtered, { theme: 'dark' });

        enter('print');
        const printed = printArgmap(graph);
        enter('reparse');
        prefix = 'reparse: ';
        files.set(fuzzUri('printed.argmap').toString(), new TextEncoder().encode(printed));
        const reparsed = await load('printed.argmap');
        const syntax = (reparsed.diagnostics ?? []).filter(d => d.code === 'syntax');
        if (syntax.length > 0) {
            const d = syntax[0];
            throw new OracleFailure(`the printed text does not parse: ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}\n`
                + `line: ${printed.split(/\r\n?|\n/)[d.range.start.line]?.slice(0, 300)}`);
        }

        enter('export');
        JSON.stringify(graph);
        graphToOutline(graph, 'main');
        framingsToMarkdown(graph, 'main');
        graphToAifJson(graph);
        graphToDot(graph);
        graphToMermaid(graph);

        enter('report');
        const reported = diagnostics.map(d => toFileDiagnostic('main.argmap', d));
        formatText(reported, 1);
        formatJson(reported);
        formatJunit(reported, ['main.argmap']);
        formatSarif(reported, '0.0.0');

        enter('grade');
        const rubric = everyRule();
        feedbackMarkdown(rubric, gradeFile(rubric, { file: 'main.argmap', graph, diagnostics: reported }));
    });
}

/** A rubric with a criterion for every rule, so grading measures every hostile graph in every way. */
function everyRule(): Rubric {
    const parameters = { min: { min: 2 }, max: { max: 40 }, share: { share: 0.5 }, framings: { framings: ['realist', 'liberal'] } };
    return parseRubric({
        criteria: ruleNames.map(rule => ({ id: rule, rule, points: 1, ...(ruleParameters[rule] ? parameters[ruleParameters[rule]] : {}) })),
    }, 'every rule');
}

let library: Uint8Array | undefined;

function libraryBytes(): Uint8Array {
    library ??= seeds().argmap.find(f => f.name === 'framings.argmap')?.bytes ?? new Uint8Array();
    return library;
}
