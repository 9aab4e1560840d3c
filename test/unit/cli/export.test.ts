import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../../helpers/cli.js';

const map = 'map "M" by "Me"\nsource s "S"\nthesis t "T" { argument { claim c "C" cite s } }\nobjection o attacks t "Unanswered."\n';

describe('argmap export --format json', () => {
    it('prints the ArgumentGraph, even with warnings', () => {
        const r = runCli(['export', 'a.argmap', '--format', 'json'], tempFolder({ 'a.argmap': map }));
        expect(r.status).toBe(0);
        const graph = JSON.parse(r.stdout);
        expect(graph).toMatchObject({ title: 'M', author: 'Me' });
        expect(graph.statements.map((s: { id: string; status: string }) => `${s.id}:${s.status}`)).toEqual(['t:rejected', 'c:accepted', 'o:accepted']);
    });

    it('writes -o atomically and nothing else', () => {
        const dir = tempFolder({ 'a.argmap': map });
        expect(runCli(['export', 'a.argmap', '--format', 'json', '-o', 'out.json'], dir).status).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['a.argmap', 'out.json']);
        expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).statements).toHaveLength(3);
    });

    it('exits 1 and writes nothing when the file has errors, printing its diagnostics on stderr', () => {
        const dir = tempFolder({ 'a.argmap': 'thesis t "T" cite nowhere' });
        const r = runCli(['export', 'a.argmap', '--format', 'json', '-o', 'out.json'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/^a\.argmap:1:19 error unresolved-reference: /m);
        expect(readdirSync(dir)).toEqual(['a.argmap']);
    });

    it('exits 2 for an unknown format, a missing file or an unwritable output', () => {
        const dir = tempFolder({ 'a.argmap': map });
        expect(runCli(['export', 'a.argmap', '--format', 'pdf'], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^argmap: unknown --format "pdf"/) });
        expect(runCli(['export', 'b.argmap', '--format', 'json'], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^argmap: cannot read b\.argmap/) });
        expect(runCli(['export', 'a.argmap', '--format', 'json', '-o', 'no/such/dir/out.json'], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^argmap: cannot write/) });
    });
});

describe('argmap export --format outline|framings', () => {
    it('prints the essay outline, named after the file when the map has no title', () => {
        const dir = tempFolder({ 'essay-1.argmap': 'thesis t "T" { argument { claim c "C" } }\n' });
        const r = runCli(['export', 'essay-1.argmap', '--format', 'outline'], dir);
        expect(r).toMatchObject({ status: 0, stderr: '' });
        expect(r.stdout).toMatch(/^# essay-1\n\n## Thesis\n\nT\n\n## Arguments\n\n### C\n\n- C\n$/);
    });

    it('writes the framing analysis with -o', () => {
        const dir = tempFolder({ 'a.argmap': 'framing r "Realism"\nthesis t "T" #r\n' });
        expect(runCli(['export', 'a.argmap', '--format', 'framings', '-o', 'framings.md'], dir).status).toBe(0);
        expect(readFileSync(path.join(dir, 'framings.md'), 'utf8')).toContain('| #r (Realism) | 0 | 0 | 0 | – |');
    });

    it('names the formats it has when one is unknown', () => {
        expect(runCli(['export', 'a.argmap', '--format', 'svg'], tempFolder({ 'a.argmap': map }))).toMatchObject({
            status: 2, stderr: 'argmap: unknown --format "svg" (available: json, outline, framings, aif, dot, mermaid)\n',
        });
    });
});

describe('argmap export --format aif|dot|mermaid', () => {
    it('writes AIF JSON, a Graphviz digraph and a Mermaid flowchart', () => {
        const dir = tempFolder({ 'a.argmap': map });
        const aif = runCli(['export', 'a.argmap', '--format', 'aif'], dir);
        expect(aif).toMatchObject({ status: 0, stderr: '' });
        expect(JSON.parse(aif.stdout).nodes.map((n: { type: string }) => n.type)).toEqual(['I', 'I', 'I', 'RA', 'CA']);
        expect(runCli(['export', 'a.argmap', '--format', 'dot'], dir).stdout).toMatch(/^digraph argmap \{\n[^]*"o" -> "t" \[[^\]]*\];  \/\/ attacks\n\}\n$/);
        expect(runCli(['export', 'a.argmap', '--format', 'mermaid', '-o', 'a.mmd'], dir)).toMatchObject({ status: 0, stdout: '' });
        expect(readFileSync(path.join(dir, 'a.mmd'), 'utf8')).toMatch(/^---\ntitle: "M"\n---\nflowchart BT\n/);
    });
});
