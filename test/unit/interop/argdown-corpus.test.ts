import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArgdown, type ArgdownImport } from '../../../language-server/src/interop/argdown-import.js';
import { parseArgdown } from '../../../language-server/src/interop/argdown-parse.js';
import { printArgmap } from '../../../language-server/src/interop/printer.js';
import type { ArgumentGraph, GraphArgument, GraphStatement } from '../../../language-server/src/model/argument-graph.js';
import { countArgdown, expectedImport } from '../../helpers/argdown.js';
import { arguesInACircle, gitBlobId } from '../../helpers/corpus.js';
import { graphShape } from '../../helpers/graph-shape.js';
import { buildOne } from '../../helpers/workspace.js';

/** Real Argdown documents by other people (test/fixtures/corpora/argdown/NOTICE says where from). */
const corpus = path.resolve(__dirname, '../../fixtures/corpora/argdown');
const files = readdirSync(corpus).filter(f => f.endsWith('.argdown')).sort();
const notice = readFileSync(path.join(corpus, 'NOTICE'), 'utf8');
const textOf = (file: string) => readFileSync(path.join(corpus, file), 'utf8');

function importFile(file: string): ArgdownImport {
    return importArgdown(parseArgdown(textOf(file)), file);
}

describe('the Argdown corpus', () => {
    it('holds every file of the shared corpus, byte-identical to its source (git blob ids as in NOTICE)', () => {
        expect(files).toHaveLength(9);
        for (const file of files) {
            const bytes = readFileSync(path.join(corpus, file));
            const blob = gitBlobId(bytes);
            const row = notice.split('\n').find(l => l.startsWith(`| ${file} |`));
            expect(row, file).toBeDefined();
            // The row's fourth column is this copy's blob.
            expect(row!.split('|').map(c => c.trim())[4], file).toBe(blob.substring(0, 12));
        }
    });

    it('has the counts its NOTICE records, in Argdown\'s own model', () => {
        const counts = Object.fromEntries(files.map(f => [f.replace(/\.argdown$/, ''), countArgdown(textOf(f))]));
        expect(counts).toEqual({
            'argdown-primer': { statements: 17, arguments: 4, argumentsWithPcs: 1, relations: { support: 5, attack: 5 }, parserErrors: 0 },
            'docs-relation-colors': {
                statements: 4, arguments: 4, argumentsWithPcs: 0, parserErrors: 0,
                relations: { support: 1, attack: 1, undercut: 1, contradictory: 1, contrary: 1, entails: 1 },
            },
            'docs-undercut-inference': { statements: 6, arguments: 2, argumentsWithPcs: 2, relations: { undercut: 1 }, parserErrors: 1 },
            'greenspan-schefczyk_hardwrap': { statements: 36, arguments: 6, argumentsWithPcs: 4, relations: { support: 4, contradictory: 1 }, parserErrors: 0 },
            'intro': { statements: 12, arguments: 5, argumentsWithPcs: 1, relations: { support: 2, attack: 5 }, parserErrors: 0 },
            'legalisation-softdrugs': { statements: 1, arguments: 17, argumentsWithPcs: 0, relations: { support: 9, attack: 8, undercut: 2 }, parserErrors: 0 },
            'lexer-comment': { statements: 4, arguments: 1, argumentsWithPcs: 0, relations: { support: 1 }, parserErrors: 0 },
            'parser-mix': { statements: 29, arguments: 2, argumentsWithPcs: 2, relations: { support: 7, attack: 8 }, parserErrors: 0 },
            'veggie_debate': { statements: 25, arguments: 22, argumentsWithPcs: 0, relations: { support: 35, attack: 23 }, parserErrors: 0 },
        });
    });

    describe.each(files)('%s', file => {
        it('imports with the counts DESIGN.md gives: statements = classes + PCS-less arguments, supporting arguments = inferences + supports + entails, a relation per attack, undercut and contradiction', () => {
            const expected = expectedImport(textOf(file));
            const { graph } = importFile(file);
            const relations = (kind: string) => graph.relations.filter(r => r.kind === kind).length;
            const contradicts = relations('contradicts');
            // A contradiction neither side can carry is two one-premise attacking arguments.
            const split = expected.contradictions - contradicts;
            expect({
                statements: graph.statements.length,
                supportingArguments: graph.arguments.filter(a => a.conclusion !== null).length,
                attacks: relations('attacks') - 2 * split,
                undercuts: relations('undercuts'),
                contradictions: contradicts + split,
            }).toEqual(expected);
            expect(split).toBeGreaterThanOrEqual(0);
            // Every attacking argument carries exactly one relation: its own.
            const attacking = graph.arguments.filter(a => a.conclusion === null).map(a => a.id);
            for (const id of attacking) expect(graph.relations.filter(r => r.from === id), id).toHaveLength(1);
        });

        it('prints text that checks without errors (unless the map argues in a circle) and parses back to the same graph', async () => {
            const imported = importFile(file);
            const text = printArgmap(imported.graph, { comments: imported.comments, epilogue: imported.epilogue });
            const { model, diagnostics } = await buildOne(text);
            const errors = diagnostics.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
            if (arguesInACircle(imported.graph)) expect(new Set(errors.map(e => e.split(' ')[1]))).toEqual(new Set(['circular-support']));
            else expect(errors).toEqual([]);
            // Names the printer had to invent (for unnamed elements something refers to) are not the import's.
            const importedNames = new Set([...imported.graph.statements, ...imported.graph.arguments].map(e => e.name).filter(n => n !== null));
            const content = ({ id: _id, range: _range, name: _name, ...rest }: GraphStatement | GraphArgument) => rest;
            const shape = (graph: ArgumentGraph) => graphShape(graph, { anonymous: e => e.name === null || !importedNames.has(e.name), content });
            expect(shape(model.graph)).toEqual(shape(imported.graph));
        });
    });

    it('says in one note what it left out, and warns with its line where Argdown\'s parser did', () => {
        const results = Object.fromEntries(files.map(f => {
            const { note, warnings } = importFile(f);
            return [f.replace(/\.argdown$/, ''), { note, warnings: warnings.map(w => `${w.line}:${w.column} ${w.message}`) }];
        }));
        const wordings = (n: number) => `${n} other wording${n === 1 ? '' : 's'} of a statement or argument (Argdown holds them as equivalent; the map keeps the one Argdown shows)`;
        expect(results).toEqual({
            'argdown-primer': { note: `left out ${wordings(1)}; 2 link URLs (the link text is kept); 9 bold or italic spans (the text is kept); 1 data block {...}`, warnings: [] },
            'docs-relation-colors': {
                note: 'left out the front matter\'s model and color; 1 undercut became an attack: its target is statements in the map, and undercuts needs an argument (<a4> undercuts <a1>)',
                warnings: [],
            },
            'docs-undercut-inference': {
                note: 'left out the front matter\'s explanation and sourceHighlighter',
                warnings: ['6:1 Expecting --> {linebreak}{linebreak} (Empty Line) <-- but found --> \'<a>\' <--'],
            },
            'greenspan-schefczyk_hardwrap': { note: 'left out 4 data blocks {...}; the front matter\'s subTitle, date, group, dot and color', warnings: [] },
            'intro': { note: `left out ${wordings(1)}; 1 link URL (the link text is kept); 5 bold or italic spans (the text is kept)`, warnings: [] },
            'legalisation-softdrugs': { note: 'left out the front matter\'s subTitle, date and color', warnings: [] },
            'lexer-comment': { note: null, warnings: [] },
            'parser-mix': { note: 'left out 1 link URL (the link text is kept); 4 bold or italic spans (the text is kept)', warnings: [] },
            'veggie_debate': { note: `left out ${wordings(1)}`, warnings: [] },
        });
    });

    it('imports every cut-off start of every file (what an editor holds mid-typing, parser errors and all) without failing, and a sample checks without errors', async () => {
        let variants = 0;
        for (const file of files) {
            const lines = textOf(file).split('\n');
            for (let k = 1; k < lines.length; k++, variants++) {
                const imported = importArgdown(parseArgdown(lines.slice(0, k).join('\n')), file);
                if (variants % 10 !== 0) continue;
                const { diagnostics } = await buildOne(printArgmap(imported.graph, { comments: imported.comments, epilogue: imported.epilogue }));
                expect(diagnostics.filter(d => d.severity === 1).map(d => d.code), `${file}, its first ${k} lines`).toEqual([]);
            }
        }
        expect(variants).toBeGreaterThan(800);
    });

    it('takes the map\'s title and author from the front matter, names from Argdown\'s titles, framings from tags', () => {
        const { graph } = importFile('greenspan-schefczyk_hardwrap.argdown');
        expect(graph.title).toBe('Why the Fed didn\'t Intervene to Prevent the 2008 Financial Crisis');
        expect(graph.author).toBe('Michael Schefczyk (argument analysis), Gregor Betz (adaptation to Argdown)');
        expect(graph.framings.map(f => [f.name, f.label])).toEqual([['basic', 'basic'], ['concession', 'concession']]);
        expect(graph.arguments.filter(a => a.name !== null).map(a => a.name)).toEqual([
            'No_bubbles__no_preemption', 'Harmless_bubbles__no_preemption', 'Turnover_Argument', 'Spatial_Fragmentation_Argument',
            'Speculative_Conflagration_Argument', 'Diversification_Argument',
        ]);
        const veggie = importFile('veggie_debate.argdown').graph;
        expect(veggie.statements.filter(s => s.name !== null).map(s => s.name)).toContain('Fleisch-OK');
        expect(veggie.framings.map(f => [f.name, f.label])).toEqual([['test', 'test'], ['test_test', 'test test']]);
    });
});
