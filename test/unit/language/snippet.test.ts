import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createArgmapServices } from '../../../language-server/src/language/argmap-module.js';
import { loadSnippet } from '../../../language-server/src/language/argmap-snippet.js';
import type { ArgumentGraph } from '../../../language-server/src/model/argument-graph.js';
import { buildOne } from '../../helpers/workspace.js';

/**
 * loadSnippet is the synchronous path the Markdown preview takes (no DocumentBuilder): it must
 * build the graph the asynchronous one builds, and report the same syntax and name errors.
 */
const { Argmap } = createArgmapServices(EmptyFileSystem);
const examples = path.resolve(__dirname, '../../../examples');
const fixtures = path.resolve(__dirname, '../../fixtures/checks');

/** The graph with `range.file` blanked: the two paths name the text differently. */
function withoutFileNames(graph: ArgumentGraph): ArgumentGraph {
    const copy = JSON.parse(JSON.stringify(graph)) as ArgumentGraph;
    for (const element of [...copy.statements, ...copy.arguments]) if (element.range) element.range.file = '';
    return copy;
}

const nameAndSyntaxCodes = new Set(['syntax', 'unresolved-reference', 'duplicate-name']);

describe('loadSnippet: text that is not a file, parsed, linked and built synchronously', () => {
    it.each(readdirSync(examples).filter(name => name.endsWith('.argmap')))('builds the same graph as the document builder: %s', async name => {
        const text = readFileSync(path.join(examples, name), 'utf8');
        const snippet = loadSnippet(Argmap, text);
        expect(snippet.errors).toEqual([]);
        expect(withoutFileNames(snippet.model.graph)).toEqual(withoutFileNames((await buildOne(text)).model.graph));
    });

    it.each(['syntax', 'duplicate-name', 'wrong-target'])('reports the editor\'s syntax and name errors, with its messages: %s/fails.argmap', async check => {
        const text = readFileSync(path.join(fixtures, check, 'fails.argmap'), 'utf8');
        const snippet = loadSnippet(Argmap, text);
        const editor = (await buildOne(text)).diagnostics.filter(d => d.severity === 1).map(d => ({
            line: d.range.start.line + 1, column: d.range.start.character + 1, code: d.code, message: d.message,
        }));
        expect(snippet.errors.length).toBeGreaterThan(0);
        // Every error it reports is one the editor reports, and it misses none about syntax or names
        // (it leaves out the checks of the argument, such as a relation of the wrong kind).
        for (const error of snippet.errors) expect(editor).toContainEqual(error);
        for (const error of editor.filter(e => nameAndSyntaxCodes.has(String(e.code)))) expect(snippet.errors).toContainEqual(error);
    });

    it('lists its imports without following them, and the names it uses but does not declare', () => {
        const snippet = loadSnippet(Argmap, [
            'import "./sources.argmap"',
            'import "../shared/framings.argmap"',
            'thesis t "A thesis." cite mearsheimer #realist {',
            '  claim c "A claim." cite mearsheimer',
            '}',
        ].join('\n'));
        expect(snippet.imports).toEqual(['./sources.argmap', '../shared/framings.argmap']);
        expect(snippet.unresolved).toEqual(['mearsheimer', 'realist']);
        expect(snippet.errors.map(e => `${e.code}@${e.line}:${e.column}`)).toEqual([
            'unresolved-reference@3:27', 'unresolved-reference@3:40', 'unresolved-reference@4:27',
        ]);
        expect(snippet.model.graph.statements.map(s => s.id)).toEqual(['t', 'c']);
    });

    it('keeps snippets apart: a name declared in one is unknown in the next', () => {
        expect(loadSnippet(Argmap, 'thesis shared "One."').errors).toEqual([]);
        expect(loadSnippet(Argmap, 'claim c supports shared "Two."').unresolved).toEqual(['shared']);
    });
});
