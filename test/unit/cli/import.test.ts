import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../../helpers/cli.js';

const corpus = path.resolve(__dirname, '../../fixtures/corpora/aif');
const fixture = (name: string) => readFileSync(path.join(corpus, name));

describe('argmap import', () => {
    it('prints the .argmap text on stdout and what it skipped in one note on stderr', () => {
        const r = runCli(['import', 'debate.json'], tempFolder({ 'debate.json': fixture('arguebuf-6064-original.json') }));
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^\/\/ Imported from debate\.json \(AIF\) by argmap import\.\n\nthesis i29054 "and therefore the only way forward/);
        expect(r.stderr).toBe('argmap: note: skipped 16 L, 14 YA and 8 TA nodes (dialogue layer)\n');
    });

    it('writes -o atomically, and the file checks without errors', () => {
        const dir = tempFolder({ 'map.json': fixture('araucaria-nodeset137.json') });
        const r = runCli(['import', 'map.json', '-o', 'map.argmap'], dir);
        expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
        expect(readdirSync(dir).sort()).toEqual(['map.argmap', 'map.json']);
        expect(readFileSync(path.join(dir, 'map.argmap'), 'utf8')).toContain('scheme expert-opinion');
        expect(runCli(['check', 'map.argmap'], dir).status).toBe(0);
    });

    it('exits 1 for malformed input, a line per problem naming the node or edge, and writes nothing', () => {
        const bad = JSON.stringify({
            nodes: [{ nodeID: '1', type: 'I', text: 'A' }, { nodeID: '2', type: 'CA', text: 'CA' }, { nodeID: '3', type: 'I' }],
            edges: [{ edgeID: '10', fromID: '1', toID: '2' }, { edgeID: '11', fromID: '2', toID: '2' }, { edgeID: '12', fromID: '2', toID: '99' }],
        });
        const dir = tempFolder({ 'bad.json': bad, 'broken.json': '{"nodes": [', 'latin1.json': Buffer.from([0x7b, 0xe9, 0x7d]) });
        expect(runCli(['import', 'bad.json', '-o', 'out.argmap'], dir)).toMatchObject({
            status: 1, stdout: '',
            stderr: 'bad.json: node 3 (I) has no text\nbad.json: edge 11: node 2 (CA) targets itself\nbad.json: edge 12: toID "99" names no node\n',
        });
        expect(runCli(['import', 'broken.json'], dir)).toMatchObject({ status: 1, stdout: '', stderr: expect.stringMatching(/^broken\.json: not JSON: .+\n$/) });
        expect(runCli(['import', 'latin1.json'], dir)).toMatchObject({ status: 1, stderr: 'latin1.json: not JSON: the file is not UTF-8 text\n' });
        expect(readdirSync(dir).sort()).toEqual(['bad.json', 'broken.json', 'latin1.json']);
    });

    it('exits 2 for Argdown (not available yet), a missing or unreadable path and an unwritable output', () => {
        const dir = tempFolder({ 'map.argdown': '# A\n\n[T]: T.\n', 'map.json': fixture('araucaria-nodeset10.json'), 'sub/x.txt': '' });
        expect(runCli(['import', 'map.argdown'], dir)).toMatchObject({
            status: 2, stdout: '', stderr: 'argmap: cannot import map.argdown: Argdown import is not available yet; import takes AIF JSON (AIFdb, OVA)\n',
        });
        expect(runCli(['import', 'none.json'], dir)).toMatchObject({ status: 2, stderr: 'argmap: cannot read none.json: no such file or folder\n' });
        expect(runCli(['import', 'sub'], dir)).toMatchObject({ status: 2, stderr: 'argmap: cannot read sub: it is a folder\n' });
        expect(runCli(['import', 'map.json', '-o', 'no/such/dir/out.argmap'], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^argmap: cannot write no\/such\/dir\/out\.argmap: /) });
        expect(runCli(['import'], dir).status).toBe(2);
    });
});

describe('argmap export --format aif, then import', () => {
    it('gives back a map that checks without errors', () => {
        const map = 'thesis t "T" {\n  argument a { claim p "P" claim q "Q" }\n  objection o "O" { rebuttal r "R" }\n}\n';
        const dir = tempFolder({ 'a.argmap': map });
        expect(runCli(['export', 'a.argmap', '--format', 'aif', '-o', 'a.json'], dir)).toMatchObject({ status: 0, stdout: '', stderr: '' });
        expect(JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')).nodes).toHaveLength(8);
        expect(runCli(['import', 'a.json', '-o', 'back.argmap'], dir)).toMatchObject({ status: 0, stderr: '' });
        expect(readFileSync(path.join(dir, 'back.argmap'), 'utf8')).toBe(`// Imported from a.json (AIF) by argmap import.

thesis i1 "T" {
  argument ra6 {
    claim i2 "P"
    claim i3 "Q"
  }
}

argument ca7 attacks i1 {
  claim i4 "O"
}

argument ca8 attacks i4 {
  claim i5 "R"
}
`);
        expect(runCli(['check', 'back.argmap'], dir).status).toBe(0);
    });
});
