import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../../helpers/cli.js';

const map = 'map "M" by "Me"\nsource s "S"\nframing realist "Realism"\nthesis t "T" { argument { claim c "C" cite s } }\nobjection o attacks t "Unanswered." #realist\n';
const png = [137, 80, 78, 71, 13, 10, 26, 10];

describe('argmap render', () => {
    it('writes an SVG, even with warnings, and nothing else', () => {
        const dir = tempFolder({ 'a.argmap': map });
        const r = runCli(['render', 'a.argmap', '-o', 'map.svg'], dir);
        expect(r).toMatchObject({ status: 0, stderr: '' });
        expect(readdirSync(dir).sort()).toEqual(['a.argmap', 'map.svg']);
        const svg = readFileSync(path.join(dir, 'map.svg'), 'utf8');
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toContain('data-id="o"');
        expect(svg).toContain('.argmap-background { fill: #ffffff; }');
    });

    it('writes a PNG with the bundled font, light or dark', () => {
        const dir = tempFolder({ 'a.argmap': map });
        for (const theme of ['light', 'dark']) {
            expect(runCli(['render', 'a.argmap', '-o', `${theme}.png`, '--theme', theme], dir)).toMatchObject({ status: 0, stderr: '' });
            expect([...readFileSync(path.join(dir, `${theme}.png`)).subarray(0, 8)]).toEqual(png);
        }
        expect(readFileSync(path.join(dir, 'light.png'))).not.toEqual(readFileSync(path.join(dir, 'dark.png')));
    });

    it('dims the moves outside the chosen framings', () => {
        const dir = tempFolder({ 'a.argmap': map });
        expect(runCli(['render', 'a.argmap', '-o', 'map.svg', '--framing', 'realist'], dir).status).toBe(0);
        const svg = readFileSync(path.join(dir, 'map.svg'), 'utf8');
        expect(svg).toMatch(/class="argmap-node argmap-kind-thesis argmap-status-rejected argmap-dimmed" data-id="t"/);
        expect(svg).toMatch(/class="argmap-node argmap-kind-objection argmap-status-accepted" data-id="o"/);
    });

    it('exits 1 and writes nothing when the file has errors, printing its diagnostics on stderr', () => {
        const dir = tempFolder({ 'a.argmap': 'thesis t "T" cite nowhere' });
        const r = runCli(['render', 'a.argmap', '-o', 'map.png'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/^a\.argmap:1:19 error unresolved-reference: /m);
        expect(readdirSync(dir)).toEqual(['a.argmap']);
    });

    it('exits 2 for an unknown theme or framing, another extension, a missing -o, an unreadable input or an unwritable output', () => {
        const dir = tempFolder({ 'a.argmap': map });
        const cases: Array<[string[], RegExp]> = [
            [['render', 'a.argmap', '-o', 'm.svg', '--theme', 'sepia'], /^argmap: unknown --theme "sepia" \(available: light, dark\)/],
            [['render', 'a.argmap', '-o', 'm.svg', '--framing', 'marxist'], /^argmap: unknown --framing "marxist" \(this map's framings: realist\)/],
            [['render', 'a.argmap', '-o', 'm.pdf'], /^argmap: -o must name an \.svg or \.png file/],
            [['render', 'a.argmap'], /required option '-o, --output <file>'/],
            [['render', 'b.argmap', '-o', 'm.svg'], /^argmap: cannot read b\.argmap/],
            [['render', '.', '-o', 'm.svg'], /^argmap: render takes one \.argmap file/],
            [['render', 'a.argmap', '-o', 'no/such/dir/m.svg'], /^argmap: cannot write/],
        ];
        for (const [args, stderr] of cases) expect(runCli(args, dir), args.join(' ')).toMatchObject({ status: 2, stderr: expect.stringMatching(stderr) });
        expect(readdirSync(dir)).toEqual(['a.argmap']);
    });
});
