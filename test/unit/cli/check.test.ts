import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../../helpers/cli.js';

const clean = 'source s "S"\nthesis t "T" {\n  argument { claim c "C" cite s }\n  objection o "O" { rebuttal "R" cite s }\n}\n';
const warning = 'source s "S"\nthesis t "T" {\n  argument { claim c "C" cite s }\n}\nobjection o attacks t "Unanswered."\n';
const broken = 'thesis t "T" {\n  argument { ghost }\n}\n';

describe('argmap check', () => {
    it('exits 0 on clean files and prints the summary', () => {
        const dir = tempFolder({ 'a.argmap': clean });
        const r = runCli(['check', 'a.argmap'], dir);
        expect(r).toMatchObject({ status: 0, stderr: '' });
        expect(r.stdout).toMatch(/^\d+ problems? \(0 errors, 0 warnings, \d+ infos?\) in 1 file\n$/);
    });

    it('prints file:line:column severity code: message and exits 1 on errors', () => {
        const dir = tempFolder({ 'sub/b.argmap': broken, 'sub/a.argmap': warning });
        const r = runCli(['check', '.'], dir);
        expect(r.status).toBe(1);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^sub\/a\.argmap:5:1 warning unanswered-objection: /);
        expect(lines).toContain('sub/b.argmap:2:14 error unresolved-reference: Nothing named `ghost` is declared in this file or in the files it imports. Check the spelling, or declare it: `claim ghost "..."`.');
        expect(lines.at(-1)).toMatch(/ in 2 files$/);
    });

    it('exits 0 with warnings, 1 with --strict; never fails on infos alone', () => {
        const dir = tempFolder({ 'a.argmap': warning });
        expect(runCli(['check', 'a.argmap'], dir).status).toBe(0);
        expect(runCli(['check', '--strict', 'a.argmap'], dir).status).toBe(1);
        expect(runCli(['check', '--strict', 'c.argmap'], tempFolder({ 'c.argmap': clean })).status).toBe(0);
    });

    it('--format json: one array, 1-based positions, sorted by file, line, column', () => {
        const dir = tempFolder({ 'z.argmap': broken, 'a.argmap': warning });
        const r = runCli(['check', 'z.argmap', 'a.argmap', '--format', 'json'], dir);
        const rows = JSON.parse(r.stdout);
        expect(rows[0]).toEqual({
            file: 'a.argmap', line: 5, column: 1, endLine: 5, endColumn: 12, severity: 'warning', code: 'unanswered-objection',
            message: expect.stringContaining('nothing answers it'),
        });
        expect(rows.map((d: { file: string }) => d.file)).toEqual([...rows.map((d: { file: string }) => d.file)].sort());
        expect(JSON.parse(runCli(['check', 'a.argmap', '--format', 'json'], tempFolder({ 'a.argmap': '' })).stdout)).toEqual([]);
    });

    it('--format junit: a failing testcase per error or warning, a passing "clean" one per clean file', () => {
        const dir = tempFolder({ 'a.argmap': warning, 'b.argmap': clean });
        const r = runCli(['check', '.', '--format', 'junit'], dir);
        expect(r.stdout).toContain('<testsuite name="a.argmap" tests="1" failures="1"><testcase classname="a.argmap" name="5:1 unanswered-objection"><failure type="warning" message="');
        expect(r.stdout).toContain('<testsuite name="b.argmap" tests="1" failures="0"><testcase classname="b.argmap" name="clean"/></testsuite>');
    });

    it('--format sarif: SARIF 2.1.0 with a rule per code and a result per diagnostic', () => {
        const dir = tempFolder({ 'a.argmap': warning });
        const sarif = JSON.parse(runCli(['check', 'a.argmap', '--format', 'sarif'], dir).stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].tool.driver.rules.length).toBe(25);
        const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'unanswered-objection');
        expect(result).toMatchObject({ level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'a.argmap' }, region: { startLine: 5, startColumn: 1 } } }] });
        expect(sarif.runs[0].results.every((x: { level: string }) => ['error', 'warning', 'note'].includes(x.level))).toBe(true);
    });

    it('walks folders recursively, skipping node_modules, dot-folders and symbolic links', () => {
        const dir = tempFolder({ 'in/a.argmap': clean, 'in/node_modules/x.argmap': broken, 'in/.hidden/y.argmap': broken, 'other/z.argmap': broken });
        symlinkSync(path.join(dir, 'other'), path.join(dir, 'in', 'link'));
        const r = runCli(['check', 'in', '--format', 'json'], dir);
        expect(r.status).toBe(0);
        expect(runCli(['check', 'in/link/z.argmap'], dir).status).toBe(1); // a link given as a path is followed
    });

    it('exits 2 with one clear line for usage problems', () => {
        const dir = tempFolder({ 'a.argmap': clean, 'empty/readme.txt': 'x', 'bad.json': '{', 'other.json': '{"checks": {"nope": "off"}}', 'off.json': '{"checks": {"syntax": "off"}}' });
        const cases: Array<[string[], RegExp]> = [
            [['check', 'missing.argmap'], /^argmap: cannot read missing\.argmap: no such file or folder\n$/],
            [['check', 'empty'], /^argmap: no \.argmap files in empty\n$/],
            [['check', 'a.argmap', '--format', 'xml'], /^argmap: option '--format <format>' argument 'xml' is invalid/],
            [['check', 'a.argmap', '--bogus'], /^argmap: unknown option '--bogus'/],
            [['check', 'a.argmap', '--config', 'bad.json'], /^argmap: config bad\.json is not valid JSON/],
            [['check', 'a.argmap', '--config', 'other.json'], /^argmap: config other\.json: unknown check code "nope"/],
            [['check', 'a.argmap', '--config', 'off.json'], /^argmap: config off\.json: "checks\.syntax" cannot be turned off/],
            [['check', 'a.argmap', '--config', 'nothere.json'], /^argmap: cannot read config nothere\.json/],
        ];
        for (const [args, message] of cases) {
            const r = runCli(args, dir);
            expect(r.status, args.join(' ')).toBe(2);
            expect(r.stderr, args.join(' ')).toMatch(message);
            expect(r.stderr.trimEnd().split('\n').length, args.join(' ')).toBe(1);
        }
    });

    it('applies a --config file: severities, off, and maxStatementWords; editor-only keys are ignored', () => {
        const dir = tempFolder({
            'a.argmap': warning + 'claim long supports t "one two three four five six" cite s\n',
            'cfg.json': JSON.stringify({ checks: { 'unanswered-objection': 'error', 'one-sided': 'off' }, maxStatementWords: 5, workspaceDiagnostics: true }),
        });
        const r = runCli(['check', 'a.argmap', '--config', 'cfg.json', '--format', 'json'], dir);
        const rows = JSON.parse(r.stdout) as Array<{ code: string; severity: string }>;
        expect(r.status).toBe(1);
        expect(rows.find(d => d.code === 'unanswered-objection')?.severity).toBe('error');
        expect(rows.some(d => d.code === 'long-statement')).toBe(true);
    });

    it('honours argmap-ignore and argmap-ignore-file comments, never for syntax', () => {
        const dir = tempFolder({
            'a.argmap': 'source s "S"\nthesis t "T" {\n  argument { claim c "C" cite s }\n}\n// argmap-ignore unanswered-objection -- we answer it in the essay\nobjection o attacks t "Unanswered."\nobjection p attacks t "Also." // argmap-ignore unanswered-objection\n',
            'b.argmap': '// argmap-ignore-file syntax one-sided no-thesis\nthesis t "T\n',
        });
        expect(JSON.parse(runCli(['check', 'a.argmap', '--format', 'json'], dir).stdout).filter((d: { code: string }) => d.code === 'unanswered-objection')).toEqual([]);
        const b = JSON.parse(runCli(['check', 'b.argmap', '--format', 'json'], dir).stdout) as Array<{ code: string }>;
        expect(b.some(d => d.code === 'syntax')).toBe(true);
    });

    it('writes nothing beside the input', () => {
        const dir = tempFolder({ 'a.argmap': warning });
        runCli(['check', '.', '--format', 'sarif'], dir);
        expect(readdirSync(dir)).toEqual(['a.argmap']);
    });

    it('reports a binary file as one syntax error, not a crash', () => {
        const dir = tempFolder({ 'junk.argmap': Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x80, 0x0a]) });
        const r = runCli(['check', 'junk.argmap', '--format', 'json'], dir);
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ code: 'syntax', line: 1, column: 2 })]);
        expect(existsSync(path.join(dir, 'junk.argmap'))).toBe(true);
    });
});
