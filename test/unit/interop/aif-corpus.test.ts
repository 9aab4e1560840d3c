import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAif } from '../../../language-server/src/interop/aif-document.js';
import { graphToAifJson } from '../../../language-server/src/interop/aif-export.js';
import { importAif, type AifImport } from '../../../language-server/src/interop/aif-import.js';
import { printArgmap } from '../../../language-server/src/interop/printer.js';
import { aifShape, countAif } from '../../helpers/aif.js';
import { arguesInACircle, gitBlobId } from '../../helpers/corpus.js';
import { graphShape } from '../../helpers/graph-shape.js';
import { buildOne } from '../../helpers/workspace.js';

/** Real AIF maps by other people (test/fixtures/corpora/aif/NOTICE says where from). */
const corpus = path.resolve(__dirname, '../../fixtures/corpora/aif');
const files = readdirSync(corpus).filter(f => f.endsWith('.json')).sort();
const notice = readFileSync(path.join(corpus, 'NOTICE'), 'utf8');

function importFile(file: string): AifImport {
    const read = readAif(readFileSync(path.join(corpus, file), 'utf8'));
    expect(read.problems).toEqual([]);
    return importAif(read.document!, file);
}

describe('the AIF corpus', () => {
    it('holds every file of the shared corpus, byte-identical to its source (git blob ids as in NOTICE)', () => {
        expect(files).toHaveLength(9);
        for (const file of files) {
            const bytes = readFileSync(path.join(corpus, file));
            const blob = gitBlobId(bytes);
            expect(notice, file).toContain(`| ${file} |`);
            expect(notice.split('\n').find(l => l.startsWith(`| ${file} |`)), file).toContain(`| ${blob.substring(0, 12)} |`);
        }
    });

    it('has the node counts its NOTICE records', () => {
        const recorded = Object.fromEntries(files.map(f => [f, countAif(JSON.parse(readFileSync(path.join(corpus, f), 'utf8'))).byType]));
        expect(recorded).toEqual({
            'araucaria-nodeset10.json': { I: 4, RA: 1 },
            'araucaria-nodeset105.json': { I: 6, RA: 1, CA: 1 },
            'araucaria-nodeset127.json': { I: 6, RA: 4, CA: 1, L: 6, YA: 6 },
            'araucaria-nodeset137.json': { I: 7, RA: 2, CA: 2 },
            'araucaria-nodeset178.json': { I: 18, RA: 12 },
            'araucaria-nodeset664.json': { I: 26, RA: 22, CA: 3 },
            'arguebuf-6064-original.json': { I: 9, RA: 5, L: 16, YA: 14, TA: 8 },
            'arguebuf-6064-reconstructed.json': { I: 9, RA: 5, MA: 3 },
            'xaif-ova3-sample.json': { I: 2, RA: 1, L: 4, YA: 5, TA: 1 },
        });
    });

    describe.each(files)('%s', file => {
        const json = JSON.parse(readFileSync(path.join(corpus, file), 'utf8'));

        it('imports with the counts the JSON gives: statements = I, arguments = kept RA + CA + MA, attacks, undercuts, skipped by type', () => {
            const expected = countAif(json);
            const { graph, skipped } = importFile(file);
            const relations = (kind: string) => graph.relations.filter(r => r.kind === kind).length;
            expect({
                statements: graph.statements.length, arguments: graph.arguments.length,
                attacks: relations('attacks'), undercuts: relations('undercuts'), skipped: Object.fromEntries(skipped),
            }).toEqual({
                statements: expected.statements, arguments: expected.arguments,
                attacks: expected.attacks, undercuts: expected.undercuts, skipped: expected.skipped,
            });
            expect(graph.statements.filter(s => s.kind === 'thesis').length).toBeLessThanOrEqual(1);
        });

        it('prints text that checks without errors (unless the map argues in a circle) and parses back to the same graph', async () => {
            const imported = importFile(file);
            const text = printArgmap(imported.graph, { comments: imported.comments });
            const { model, diagnostics } = await buildOne(text);
            const errors = diagnostics.filter(d => d.severity === 1).map(d => d.code);
            if (arguesInACircle(imported.graph)) expect(new Set(errors)).toEqual(new Set(['circular-support']));
            else expect(errors).toEqual([]);
            expect(graphShape(model.graph, { anonymous: () => false, content: ({ range: _r, ...rest }) => rest }))
                .toEqual(graphShape(imported.graph, { anonymous: () => false, content: ({ range: _r, ...rest }) => rest }));
        });

        it('keeps its graph through export and import again (isomorphic ignoring names and ranges)', () => {
            const { graph } = importFile(file);
            const again = readAif(graphToAifJson(graph));
            expect(again.problems).toEqual([]);
            const reimported = importAif(again.document!, 'again.json');
            expect(reimported.note).toBeNull();
            expect(aifShape(reimported.graph)).toEqual(aifShape(graph));
        });
    });

    it('says in one note what it skipped', () => {
        const notes = Object.fromEntries(files.map(f => [f, importFile(f).note]));
        expect(notes).toEqual({
            'araucaria-nodeset10.json': null,
            'araucaria-nodeset105.json': null,
            'araucaria-nodeset127.json': 'skipped 6 L and 6 YA nodes (dialogue layer)',
            'araucaria-nodeset137.json': null,
            'araucaria-nodeset178.json': null,
            'araucaria-nodeset664.json': null,
            'arguebuf-6064-original.json': 'skipped 16 L, 14 YA and 8 TA nodes (dialogue layer)',
            'arguebuf-6064-reconstructed.json': null,
            'xaif-ova3-sample.json': 'skipped 4 L, 5 YA and 1 TA nodes (dialogue layer)',
        });
    });

    it('maps the schemes the catalogue has and comments the others', () => {
        const schemes = (file: string) => {
            const { graph, comments } = importFile(file);
            return { schemes: graph.arguments.map(a => a.scheme).filter(s => s !== null), comments: [...comments.values()].flat() };
        };
        expect(schemes('araucaria-nodeset137.json')).toEqual({ schemes: ['expert-opinion'], comments: ['scheme: ExceptionalCase (not in Argmap\'s catalogue)'] });
        expect(schemes('araucaria-nodeset127.json').comments).toContain('scheme: PositionToKnow (not in Argmap\'s catalogue)');
        expect(new Set(schemes('araucaria-nodeset178.json').schemes)).toEqual(new Set(['example', 'expert-opinion', 'cause-to-effect']));
        expect(schemes('arguebuf-6064-reconstructed.json').comments).toEqual(['rephrase', 'rephrase', 'rephrase']);
    });
});
