import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInterchange } from '../../../language-server/src/interop/interchange-import.js';
import { runCli, tempFolder } from '../../helpers/cli.js';

const corpus = path.resolve(__dirname, '../../fixtures/corpora/aif');
const fixture = (name: string) => readFileSync(path.join(corpus, name));
const argdownCorpus = path.resolve(__dirname, '../../fixtures/corpora/argdown');
const argdownFiles = readdirSync(argdownCorpus).filter(f => f.endsWith('.argdown')).sort();
const argdownFixture = (name: string) => readFileSync(path.join(argdownCorpus, name));

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

    it('exits 2 for a missing or unreadable path and an unwritable output', () => {
        const dir = tempFolder({ 'map.json': fixture('araucaria-nodeset10.json'), 'sub/x.txt': '' });
        expect(runCli(['import', 'none.json'], dir)).toMatchObject({ status: 2, stderr: 'argmap: cannot read none.json: no such file or folder\n' });
        expect(runCli(['import', 'none.argdown'], dir)).toMatchObject({ status: 2, stderr: 'argmap: cannot read none.argdown: no such file or folder\n' });
        expect(runCli(['import', 'sub'], dir)).toMatchObject({ status: 2, stderr: 'argmap: cannot read sub: it is a folder\n' });
        expect(runCli(['import', 'map.json', '-o', 'no/such/dir/out.argmap'], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^argmap: cannot write no\/such\/dir\/out\.argmap: /) });
        expect(runCli(['import'], dir).status).toBe(2);
    });
});

describe('argmap import FILE.argdown', () => {
    it('prints the .argmap text on stdout and what it left out in one note on stderr', () => {
        const r = runCli(['import', 'debate.argdown'], tempFolder({ 'debate.argdown': argdownFixture('legalisation-softdrugs.argdown') }));
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^\/\/ Imported from debate\.argdown \(Argdown\) by argmap import\.\nmap "Pros and Cons Legalisation of Soft Drugs" by "Gregor Betz \(adaptation to Argdown\)"\n\nframing pro "pro"\n/);
        expect(r.stderr).toBe('argmap: note: left out the front matter\'s subTitle, date and color\n');
    });

    it('writes Argdown\'s parser errors as warnings with their line, and imports what Argdown\'s model holds (exit 0)', () => {
        const dir = tempFolder({ 'docs.argdown': argdownFixture('docs-undercut-inference.argdown') });
        expect(runCli(['import', 'docs.argdown', '-o', 'docs.argmap'], dir)).toEqual({
            status: 0, stdout: '',
            stderr: 'docs.argdown:6:1 warning: Expecting --> {linebreak}{linebreak} (Empty Line) <-- but found --> \'<a>\' <--\n'
                + 'argmap: note: left out the front matter\'s explanation and sourceHighlighter\n',
        });
        expect(readFileSync(path.join(dir, 'docs.argmap'), 'utf8')).toContain('objection t1 "s6" {');
        expect(runCli(['check', 'docs.argmap'], dir).status).toBe(0);
    });

    it('gives what the import gives in process, for every file of the corpus (the bundle holds Argdown\'s parser and model whole)', () => {
        const dir = tempFolder(Object.fromEntries(argdownFiles.map(f => [f, argdownFixture(f)])));
        for (const file of argdownFiles) {
            const expected = importInterchange(file, argdownFixture(file));
            const r = runCli(['import', file], dir);
            expect(r.status, file).toBe(0);
            expect(r.stdout, file).toBe(expected.argmap);
            if (expected.note === null) expect(r.stderr, file).not.toContain('argmap: note:');
            else expect(r.stderr, file).toContain(`argmap: note: ${expected.note}\n`);
        }
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
