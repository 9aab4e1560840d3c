import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../../helpers/cli.js';

const full = 'source s "S"\nthesis main "T" {\n  argument { claim a "A" cite s }\n  argument { claim b "B" cite s }\n}\n';
const thin = 'thesis main "T" {\n  argument { claim a "A" }\n}\n';
const broken = 'thesis main "T" {\n  argument { claim a "A" cite ghost }\n  claim b "B" cite s\n';
const rubric = JSON.stringify({
    title: 'Essay 1',
    criteria: [
        { id: 'thesis', rule: 'one-thesis', points: 1 },
        { id: 'args', rule: 'min-arguments', min: 2, points: 2, partial: true },
        { id: 'clean', rule: 'no-errors', points: 1 },
    ],
});

function classFolder(extra: Record<string, string> = {}): string {
    return tempFolder({ 'essay.argmap-rubric.json': rubric, 'class/a.argmap': full, 'class/b.argmap': thin, ...extra });
}

describe('argmap grade', () => {
    it('--format csv: file, a column per criterion id (points earned), score, max', () => {
        const r = runCli(['grade', '--rubric', 'essay.argmap-rubric.json', 'class', '--format', 'csv'], classFolder());
        expect(r).toEqual({
            status: 0,
            stdout: 'file,thesis,args,clean,score,max\nclass/a.argmap,1,2,1,4,4\nclass/b.argmap,1,1,1,3,4\n',
            stderr: '',
        });
    });

    it('--format json: the rubric, its max, and per file its score, counts and criteria', () => {
        const r = runCli(['grade', '--rubric', 'essay.argmap-rubric.json', 'class/b.argmap', '--format', 'json'], classFolder());
        expect(r.status).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual({
            rubric: 'Essay 1',
            max: 4,
            results: [{
                file: 'class/b.argmap', score: 3, max: 4, errors: 0, warnings: 1,
                criteria: [
                    { id: 'thesis', rule: 'one-thesis', points: 1, max: 1, actual: 1, passed: true, message: 'The map has one thesis.' },
                    { id: 'args', rule: 'min-arguments', points: 1, max: 2, actual: 1, passed: false, message: '1 argument supports the thesis directly; at least 2 are asked for.' },
                    { id: 'clean', rule: 'no-errors', points: 1, max: 1, actual: 0, passed: true, message: 'The map has no errors.' },
                ],
            }],
        });
    });

    it('--format table (the default): the title, a row per file, a column per criterion, the score, aligned', () => {
        const r = runCli(['grade', '--rubric', 'essay.argmap-rubric.json', 'class'], classFolder());
        expect(r.status).toBe(0);
        expect(r.stdout).toBe([
            'Essay 1',
            'file            thesis  args  clean  score',
            'class/a.argmap       1     2      1      4',
            'class/b.argmap       1     1      1      3',
            'out of               1     2      1      4',
            '2 files, mean score 3.5 of 4',
            '',
        ].join('\n'));
    });

    it('grades each file alone: two students who both declare `thesis main` never clash', () => {
        const dir = tempFolder({ 'r.json': rubric, 'ana.argmap': full, 'ben.argmap': full.replace('"T"', '"Another thesis"') });
        const results = JSON.parse(runCli(['grade', '--rubric', 'r.json', 'ana.argmap', 'ben.argmap', '--format', 'json'], dir).stdout).results;
        expect(results.map((x: { file: string; score: number; errors: number }) => [x.file, x.score, x.errors])).toEqual([['ana.argmap', 4, 0], ['ben.argmap', 4, 0]]);
    });

    it('grades a broken file too: it scores what it can, and the run still exits 0', () => {
        const r = runCli(['grade', '--rubric', 'essay.argmap-rubric.json', 'class', '--format', 'csv'], classFolder({ 'class/c.argmap': broken }));
        expect(r.status).toBe(0);
        expect(r.stdout.split('\n')[3]).toBe('class/c.argmap,1,2,0,3,4');
    });

    it('--feedback DIR: creates DIR and writes class__a.md per student, atomically (no temporary files left)', () => {
        const dir = classFolder({ 'class/c.argmap': broken });
        const r = runCli(['grade', '--rubric', 'essay.argmap-rubric.json', 'class', '--feedback', 'out/feedback'], dir);
        expect(r.status).toBe(0);
        const folder = path.join(dir, 'out/feedback');
        expect(readdirSync(folder).sort()).toEqual(['class__a.md', 'class__b.md', 'class__c.md']);
        expect(readFileSync(path.join(folder, 'class__a.md'), 'utf8')).toContain('Essay 1\n\nYour map earns **4 of 4 points**.\n\nEvery criterion earns full points: well done.');
        const b = readFileSync(path.join(folder, 'class__b.md'), 'utf8');
        expect(b).toMatch(/^# Feedback on class\/b\.argmap\n/);
        expect(b).toContain('### Arguments for the thesis: 1 of 2\n\nYour thesis `main` (line 1): 1 argument supports it directly, and this assignment asks for at least 2.');
        const c = readFileSync(path.join(folder, 'class__c.md'), 'utf8');
        expect(c).toContain('## Errors to fix\n\nEach error stops part of your map from being read as you meant it:\n\n- Line 2, column 31 (`unresolved-reference`): Nothing named `ghost`');
        expect(c).toContain('- Line 3, column 21 (`syntax`): Expected `}` here, but found the end of the file.');
    });

    it('exits 2 with one line naming the problem, and prints nothing on stdout', () => {
        const dir = tempFolder({
            'a.argmap': full,
            'empty/readme.txt': 'x',
            'bad.json': '{"title": "T", "criteria": [',
            'unknown.json': JSON.stringify({ criteria: [{ id: 'args', rule: 'min-argument', min: 3, points: 2 }] }),
            'nomin.json': JSON.stringify({ criteria: [{ id: 'args', rule: 'min-arguments', points: 2 }] }),
            'negative.json': JSON.stringify({ criteria: [{ id: 'thesis', rule: 'one-thesis', points: -1 }] }),
            'good.json': rubric,
        });
        const cases: Array<[string[], RegExp]> = [
            [['grade', 'a.argmap'], /^argmap: required option '--rubric <file>' not specified\n$/],
            [['grade', '--rubric', 'missing.json', 'a.argmap'], /^argmap: cannot read rubric missing\.json: no such file or folder\n$/],
            [['grade', '--rubric', 'bad.json', 'a.argmap'], /^argmap: rubric bad\.json is not valid JSON: .+\n$/],
            [['grade', '--rubric', 'unknown.json', 'a.argmap'], /^argmap: rubric unknown\.json: criterion "args" has an unknown rule "min-argument" \(did you mean "min-arguments"\?\); the rules are .+\n$/],
            [['grade', '--rubric', 'nomin.json', 'a.argmap'], /^argmap: rubric nomin\.json: criterion "args" \(min-arguments\) needs "min": a whole number of 1 or more\n$/],
            [['grade', '--rubric', 'negative.json', 'a.argmap'], /^argmap: rubric negative\.json: criterion "thesis" \(one-thesis\): "points" must be a number of 0 or more, not -1\n$/],
            [['grade', '--rubric', 'good.json', 'missing.argmap'], /^argmap: cannot read missing\.argmap: no such file or folder\n$/],
            [['grade', '--rubric', 'good.json', 'empty'], /^argmap: no \.argmap files in empty\n$/],
            [['grade', '--rubric', 'good.json', 'a.argmap', '--format', 'xml'], /^argmap: option '--format <format>' argument 'xml' is invalid/],
            [['grade', '--rubric', 'good.json', 'a.argmap', '--feedback', 'a.argmap'], /^argmap: cannot create the feedback folder a\.argmap: a file is in the way\n$/],
        ];
        for (const [args, stderr] of cases) {
            const r = runCli(args, dir);
            expect(r.status, args.join(' ')).toBe(2);
            expect(r.stderr, args.join(' ')).toMatch(stderr);
            expect(r.stderr.split('\n').filter(Boolean).length, args.join(' ')).toBe(1);
            expect(r.stdout, args.join(' ')).toBe('');
        }
    });

    it('keeps stderr quiet when it is not a terminal (no progress in logs or pipes)', () => {
        const files: Record<string, string> = { 'r.json': rubric };
        for (let i = 0; i < 60; i++) files[`class/s${String(i).padStart(2, '0')}.argmap`] = full;
        const r = runCli(['grade', '--rubric', 'r.json', 'class', '--format', 'csv'], tempFolder(files));
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout.trimEnd().split('\n')).toHaveLength(61);
    });

    it('scores the examples sensibly against the example rubric', () => {
        const root = path.resolve(__dirname, '../../..');
        const r = runCli(['grade', '--rubric', 'examples/essay.argmap-rubric.json', 'examples', '--format', 'json'], root);
        expect(r.status).toBe(0);
        const { max, results } = JSON.parse(r.stdout) as { max: number; results: Array<{ file: string; score: number; errors: number }> };
        const essays = ['ir-theory-collective-security', 'realism-vs-liberalism', 'siddiqi-collective-security', 'tutorial'];
        for (const name of essays) {
            const result = results.find(x => x.file === `examples/${name}.argmap`);
            expect(result, name).toBeDefined();
            expect(result!.errors, name).toBe(0);
            // Good maps, not perfect ones: most earn no depth or sources bonus.
            expect(result!.score / max, name).toBeGreaterThanOrEqual(0.9);
        }
    });
});
