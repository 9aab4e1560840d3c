import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArgmap } from '../../language-server/src/cli/load.js';

const examples = path.resolve(__dirname, '../../examples');

describe('examples', () => {
    const files = readdirSync(examples).filter(f => f.endsWith('.argmap')).sort();

    it('are there: the two essays, the debate and the tutorial', () => {
        expect(files.length).toBeGreaterThanOrEqual(4);
    });

    it.each(files)('%s checks with no errors and no warnings, and its thesis is accepted', async file => {
        const [loaded] = await loadArgmap([{ display: file, absolute: path.join(examples, file) }]);
        const serious = loaded.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning');
        expect(serious.map(d => `${d.line}:${d.column} ${d.code}: ${d.message}`)).toEqual([]);
        const graph = loaded.model().graph;
        if (graph.statements.length > 0) {
            expect(graph.statements.filter(s => s.kind === 'thesis').map(s => s.status)).toEqual(['accepted']);
        }
    });
});
