import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOne } from '../helpers/workspace.js';

/**
 * docs/semantics.md: every worked example is an argmap block followed by a `Result:` line naming
 * each node's status; the status Argmap computes must be exactly that, so the page can't drift.
 */
const markdown = readFileSync(path.resolve(__dirname, '../../docs/semantics.md'), 'utf8');
const examples = [...markdown.matchAll(/^### (.+)\n[\s\S]*?```argmap\n([\s\S]*?)```\s*\n+Result: (.+)$/gm)]
    .map(([, title, text, result]) => ({ title, text, expected: [...result.matchAll(/`(\w+)` (accepted|rejected|undecided)/g)].map(m => `${m[1]} ${m[2]}`) }));

describe('docs/semantics.md', () => {
    it('has at least 12 worked examples, each with its result', () => {
        expect(examples.length).toBeGreaterThanOrEqual(12);
        expect(markdown.match(/^### /gm)?.length).toBe(examples.length);
    });

    it.each(examples.map(e => [e.title, e] as const))('%s', async (_title, { text, expected }) => {
        const { model, codes } = await buildOne(text);
        expect(codes.filter(c => c.startsWith('syntax@') || c.startsWith('unresolved-reference@') || c.startsWith('wrong-target@'))).toEqual([]);
        const status = new Map([...model.graph.statements, ...model.graph.arguments].map(n => [n.name ?? n.id, n.status]));
        expect(expected.map(e => `${e.split(' ')[0]} ${status.get(e.split(' ')[0])}`)).toEqual(expected);
        // Every named node's status is given, so the reader sees the whole picture.
        const named = [...model.graph.statements, ...model.graph.arguments].filter(n => n.name !== null).map(n => n.name);
        expect(expected.map(e => e.split(' ')[0]).sort()).toEqual(named.sort());
    });
});
