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

    it('--scale sets the PNG\'s pixels per map unit', () => {
        const dir = tempFolder({ 'a.argmap': map });
        const size = (file: string) => {
            const bytes = readFileSync(path.join(dir, file));
            return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]; // the IHDR chunk's width and height
        };
        expect(runCli(['render', 'a.argmap', '-o', 'two.png'], dir).status).toBe(0);
        expect(runCli(['render', 'a.argmap', '-o', 'one.png', '--scale', '1'], dir).status).toBe(0);
        const [w2, h2] = size('two.png');
        const [w1, h1] = size('one.png');
        expect(Math.abs(w2 - 2 * w1)).toBeLessThanOrEqual(1);
        expect(Math.abs(h2 - 2 * h1)).toBeLessThanOrEqual(1);
    });

    it('says which characters the PNG\'s font lacks (they show as boxes there), and writes the PNG anyway', () => {
        const dir = tempFolder({ 'a.argmap': 'thesis t "集体安全值得保留 🚀 and plain text"\n' });
        const r = runCli(['render', 'a.argmap', '-o', 'map.png'], dir);
        expect(r.status).toBe(0);
        expect(r.stderr).toMatch(/^argmap: note: the PNG's font \(DejaVu Sans\) has no glyph for 9 of this map's characters \(集 体 安 全 值 …\)/);
        expect(runCli(['render', 'a.argmap', '-o', 'map.svg'], dir)).toMatchObject({ status: 0, stderr: '' });
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

    it('exits 2 for an unknown theme or framing, a bad --scale, another extension, a missing -o, an unreadable input or an unwritable output', () => {
        const dir = tempFolder({ 'a.argmap': map });
        const cases: Array<[string[], RegExp]> = [
            [['render', 'a.argmap', '-o', 'm.svg', '--theme', 'sepia'], /^argmap: unknown --theme "sepia" \(available: light, dark\)/],
            [['render', 'a.argmap', '-o', 'm.svg', '--framing', 'marxist'], /^argmap: unknown --framing "marxist" \(this map's framings: realist\)/],
            [['render', 'a.argmap', '-o', 'm.png', '--scale', '9'], /^argmap: --scale takes a number from 0\.5 to 4, not "9"/],
            [['render', 'a.argmap', '-o', 'm.png', '--scale', 'big'], /^argmap: --scale takes a number/],
            [['render', 'a.argmap', '-o', 'm.svg', '--scale', '1'], /^argmap: --scale is for PNG images/],
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
