import { execFile, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder, type CliResult } from '../../helpers/cli.js';

/**
 * `argmap` under bad conditions (issue 10, item 5): every command, every place it reads or writes a
 * file. Each case runs the built executable in a fresh folder and asserts the exit code (DESIGN.md,
 * "The command line": 2 the command could not run, 1 the input's fault), a stderr of one clear
 * line (never a stack trace or Node's `ECODE: ...` wording), an empty stdout when the command failed,
 * and outputs that are whole or absent, with no temp file left behind.
 */

const cli = path.resolve(__dirname, '../../../out/cli.cjs');

const map = 'source s "S"\nthesis t "T" {\n  argument { claim c "C" cite s }\n  objection o "O" { rebuttal "R" cite s }\n}\n';
const warning = 'source s "S"\nthesis t "T" {\n  argument { claim c "C" cite s }\n}\nobjection o attacks t "Unanswered."\n';
const rubric = JSON.stringify({ title: 'Essay', criteria: [{ id: 'args', rule: 'min-arguments', min: 1, points: 2 }] });
const binary = Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x80, 0x0a]);
/** Every case's folder holds these, plus its own files. */
const common = { 'a.argmap': map, 'rubric.json': rubric, 'empty/readme.txt': 'no maps here' };

const linux = process.platform === 'linux';
const asRoot = process.getuid?.() === 0;
/** chmod can't make a file unreadable or a folder unwritable for root (tests may run in a container as root), nor on Windows. */
const noChmod = process.platform === 'win32' ? 'Windows has no chmod' : asRoot ? 'running as root, whom chmod does not stop' : false;

/**
 * Preloaded into the CLI's process (`node --require`) to reproduce a race deterministically: a file
 * that a folder listing finds is deleted before it is read, as when a student's file is removed
 * while the instructor's run is under way. The bundle calls fs's functions through the module
 * object, so patching them here reaches it.
 */
const deleteAfterListing = `
const fs = require('node:fs');
const path = require('node:path');
const readdirSync = fs.readdirSync;
fs.readdirSync = function (folder, ...rest) {
    const entries = readdirSync.call(this, folder, ...rest);
    const victim = path.join(String(folder), 'vanishing.argmap');
    if (fs.existsSync(victim)) fs.unlinkSync(victim);
    return entries;
};
`;

/** Preloaded: the disk fills up halfway through writing a temp file (ENOSPC after half the bytes). */
const diskFullWhileWriting = `
const fs = require('node:fs');
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (file, data, options) {
    if (String(file).endsWith('.tmp')) {
        writeFileSync.call(this, file, data.slice(0, Math.floor(data.length / 2)), options);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    }
    return writeFileSync.apply(this, arguments);
};
`;

interface Case {
    name: string;
    args: string[];
    files?: Record<string, string | Buffer>;
    /** Links, permissions and the like, after the files are written. */
    setup?: (dir: string) => void;
    /** A script for `node --require` (above). */
    preload?: string;
    status: number;
    /** All of stderr, without its final line break: one line unless the case says otherwise. */
    stderr: RegExp;
    /** Default: nothing at all (a command that could not run prints nothing half-way). */
    stdout?: RegExp;
    /** Paths that must not exist afterwards (nothing written, no folder created). */
    absent?: string[];
    /** Files whose content must be what the case's `files` gave them (an old output kept whole). */
    unchanged?: string[];
    /** Further checks on the folder afterwards. */
    after?: (dir: string, r: CliResult) => void;
    /** Why the case can't run here, or false. */
    skip?: string | false;
}

const cases: Case[] = [
    // Usage: unknown flags and commands, missing arguments.
    { name: 'check: an unknown flag', args: ['check', 'a.argmap', '--bogus'], status: 2, stderr: /^argmap: unknown option '--bogus'$/ },
    { name: 'check: a mistyped flag gets its suggestion on the same line', args: ['check', 'a.argmap', '--strit'], status: 2, stderr: /^argmap: unknown option '--strit' \(Did you mean --strict\?\)$/ },
    { name: 'render: an unknown flag', args: ['render', 'a.argmap', '-o', 'm.svg', '--bogus'], status: 2, stderr: /^argmap: unknown option '--bogus'$/, absent: ['m.svg'] },
    { name: 'export: an unknown flag', args: ['export', 'a.argmap', '--format', 'json', '--bogus'], status: 2, stderr: /^argmap: unknown option '--bogus'$/ },
    { name: 'import: an unknown flag', args: ['import', 'x.json', '--bogus'], files: { 'x.json': '{}' }, status: 2, stderr: /^argmap: unknown option '--bogus'$/ },
    { name: 'grade: an unknown flag', args: ['grade', '--rubric', 'rubric.json', 'a.argmap', '--bogus'], status: 2, stderr: /^argmap: unknown option '--bogus'$/ },
    { name: 'lsp: an unknown flag (the transport flags are known)', args: ['lsp', '--bogus'], status: 2, stderr: /^argmap: unknown option '--bogus'$/ },
    { name: 'lsp: a socket that is not a port number', args: ['lsp', '--socket', 'abc'], status: 2, stderr: /^argmap: --socket takes a port number, not "abc"$/ },
    { name: 'an unknown command', args: ['bogus'], status: 2, stderr: /^argmap: unknown command 'bogus'$/ },
    { name: 'a mistyped command', args: ['chek', 'a.argmap'], status: 2, stderr: /^argmap: unknown command 'chek' \(Did you mean check\?\)$/ },
    { name: 'no command: the help, on stderr', args: [], status: 2, stderr: /^Usage: argmap \[options\] \[command\]\n[^]*\bcheck\b[^]*$/ },
    { name: 'check: no path', args: ['check'], status: 2, stderr: /^argmap: missing required argument 'paths'$/ },
    { name: 'grade: no rubric', args: ['grade', 'a.argmap'], status: 2, stderr: /^argmap: required option '--rubric <file>' not specified$/ },

    // Missing paths.
    { name: 'check: a missing path', args: ['check', 'a.argmap', 'missing.argmap'], status: 2, stderr: /^argmap: cannot read missing\.argmap: no such file or folder$/ },
    { name: 'check: a missing path whose name holds a line break', args: ['check', 'two\nlines.argmap'], status: 2, stderr: /^argmap: cannot read two lines\.argmap: no such file or folder$/ },
    { name: 'render: a missing input', args: ['render', 'missing.argmap', '-o', 'm.svg'], status: 2, stderr: /^argmap: cannot read missing\.argmap: no such file or folder$/, absent: ['m.svg'] },
    { name: 'export: a missing input', args: ['export', 'missing.argmap', '--format', 'json', '-o', 'x.json'], status: 2, stderr: /^argmap: cannot read missing\.argmap: no such file or folder$/, absent: ['x.json'] },
    { name: 'import: a missing input', args: ['import', 'missing.json', '-o', 'x.argmap'], status: 2, stderr: /^argmap: cannot read missing\.json: no such file or folder$/, absent: ['x.argmap'] },
    { name: 'grade: a missing path', args: ['grade', '--rubric', 'rubric.json', 'missing.argmap', '--feedback', 'fb'], status: 2, stderr: /^argmap: cannot read missing\.argmap: no such file or folder$/, absent: ['fb'] },
    { name: 'grade: a missing rubric', args: ['grade', '--rubric', 'missing.json', 'a.argmap'], status: 2, stderr: /^argmap: cannot read rubric missing\.json: no such file or folder$/ },
    { name: 'check: a missing --config', args: ['check', 'a.argmap', '--config', 'missing.json'], status: 2, stderr: /^argmap: cannot read config missing\.json: no such file or folder$/ },
    { name: 'grade: a folder as the rubric', args: ['grade', '--rubric', 'empty', 'a.argmap'], status: 2, stderr: /^argmap: cannot read rubric empty: it is a folder$/ },
    { name: 'check: a folder as --config', args: ['check', 'a.argmap', '--config', 'empty'], status: 2, stderr: /^argmap: cannot read config empty: it is a folder$/ },
    { name: 'import: a folder as input', args: ['import', 'empty'], status: 2, stderr: /^argmap: cannot read empty: it is a folder$/ },
    { name: 'check: a file that is not an .argmap file', args: ['check', 'rubric.json'], status: 2, stderr: /^argmap: rubric\.json is not an \.argmap file \(its name must end in \.argmap\)$/ },
    { name: 'render: a file that is not an .argmap file', args: ['render', 'rubric.json', '-o', 'm.svg'], status: 2, stderr: /^argmap: rubric\.json is not an \.argmap file \(its name must end in \.argmap\)$/, absent: ['m.svg'] },
    {
        name: 'check: a device is not a file (reading /dev/zero would never end)', args: ['check', '/dev/zero'], status: 2,
        stderr: /^argmap: cannot read \/dev\/zero: it is not a file$/, skip: !linux && 'no /dev/zero here',
    },
    {
        name: 'grade: a device as the rubric', args: ['grade', '--rubric', '/dev/zero', 'a.argmap'], status: 2,
        stderr: /^argmap: cannot read rubric \/dev\/zero: it is not a file$/, skip: !linux && 'no /dev/zero here',
    },

    // Folders without maps.
    { name: 'check: a folder without .argmap files', args: ['check', 'empty'], status: 2, stderr: /^argmap: no \.argmap files in empty$/ },
    { name: 'grade: a folder without .argmap files', args: ['grade', '--rubric', 'rubric.json', 'empty'], status: 2, stderr: /^argmap: no \.argmap files in empty$/ },
    { name: 'render: a folder', args: ['render', 'empty', '-o', 'm.svg'], status: 2, stderr: /^argmap: render takes one \.argmap file, but empty is a folder$/ },
    { name: 'export: a folder', args: ['export', 'empty', '--format', 'json'], status: 2, stderr: /^argmap: export takes one \.argmap file, but empty is a folder$/ },

    // Unreadable files and folders.
    ...(['check', 'render', 'export', 'grade'] as const).map((command): Case => ({
        name: `${command}: an unreadable file (chmod 000)`,
        args: {
            check: ['check', 'secret.argmap'],
            render: ['render', 'secret.argmap', '-o', 'm.svg'],
            export: ['export', 'secret.argmap', '--format', 'json'],
            grade: ['grade', '--rubric', 'rubric.json', 'secret.argmap'],
        }[command],
        files: { 'secret.argmap': map },
        setup: dir => chmodSync(path.join(dir, 'secret.argmap'), 0o000),
        status: 2, stderr: /^argmap: cannot read secret\.argmap: permission denied$/, absent: ['m.svg'], skip: noChmod,
    })),
    {
        name: 'check: an unreadable folder inside the folder', args: ['check', '.'], files: { 'locked/b.argmap': map },
        setup: dir => chmodSync(path.join(dir, 'locked'), 0o000),
        status: 2, stderr: /^argmap: cannot read locked: permission denied$/, skip: noChmod,
    },
    {
        name: 'import: an unreadable input', args: ['import', 'secret.json'], files: { 'secret.json': '{}' },
        setup: dir => chmodSync(path.join(dir, 'secret.json'), 0o000),
        status: 2, stderr: /^argmap: cannot read secret\.json: permission denied$/, skip: noChmod,
    },
    {
        name: 'grade: an unreadable rubric', args: ['grade', '--rubric', 'rubric.json', 'a.argmap'],
        setup: dir => chmodSync(path.join(dir, 'rubric.json'), 0o000),
        status: 2, stderr: /^argmap: cannot read rubric rubric\.json: permission denied$/, skip: noChmod,
    },
    {
        name: 'check: an unreadable --config', args: ['check', 'a.argmap', '--config', 'cfg.json'], files: { 'cfg.json': '{}' },
        setup: dir => chmodSync(path.join(dir, 'cfg.json'), 0o000),
        status: 2, stderr: /^argmap: cannot read config cfg\.json: permission denied$/, skip: noChmod,
    },

    // Symbolic links: loops and links to nothing.
    {
        name: 'check: a link loop inside a folder is skipped, with a note, and the run ends',
        args: ['check', 'class'], files: { 'class/a.argmap': warning },
        setup: dir => {
            symlinkSync('..', path.join(dir, 'class', 'self')); // class/self/self/self/...
            symlinkSync('loop.argmap', path.join(dir, 'class', 'loop.argmap')); // a link to itself
        },
        status: 0, stdout: /^class\/a\.argmap:5:1 warning unanswered-objection: .*\n.* in 1 file\n$/,
        stderr: /^argmap: note: skipped 2 symbolic links in class \(links inside folders are not followed; name a link as a path to include it\)$/,
    },
    {
        name: 'grade: a link loop inside a folder is skipped, with a note',
        args: ['grade', '--rubric', 'rubric.json', 'class', '--format', 'csv'], files: { 'class/a.argmap': map },
        setup: dir => symlinkSync('..', path.join(dir, 'class', 'self')),
        status: 0, stdout: /^file,args,score,max\nclass\/a\.argmap,2,2,2\n$/,
        stderr: /^argmap: note: skipped 1 symbolic link in class \(links inside folders are not followed; name a link as a path to include it\)$/,
    },
    {
        name: 'check: a link to itself given as a path', args: ['check', 'loop.argmap'],
        setup: dir => symlinkSync('loop.argmap', path.join(dir, 'loop.argmap')),
        status: 2, stderr: /^argmap: cannot read loop\.argmap: too many symbolic links \(a link that leads back to itself\?\)$/,
    },
    {
        name: 'check: a link to a missing file given as a path', args: ['check', 'gone.argmap'],
        setup: dir => symlinkSync('nowhere.argmap', path.join(dir, 'gone.argmap')),
        status: 2, stderr: /^argmap: cannot read gone\.argmap: it is a symbolic link to a missing file$/,
    },
    {
        name: 'grade: a rubric that is a link to a missing file', args: ['grade', '--rubric', 'r.json', 'a.argmap'],
        setup: dir => symlinkSync('nowhere.json', path.join(dir, 'r.json')),
        status: 2, stderr: /^argmap: cannot read rubric r\.json: it is a symbolic link to a missing file$/,
    },
    {
        name: 'check: a folder whose only map is a link to a missing file', args: ['check', 'links'],
        setup: dir => {
            mkdirSync(path.join(dir, 'links'));
            symlinkSync('../nowhere.argmap', path.join(dir, 'links', 'x.argmap'));
        },
        status: 2, stderr: /^argmap: no \.argmap files in links \(skipped 1 symbolic link: links inside folders are not followed\)$/,
    },

    // A file deleted between the folder listing and its reading.
    {
        name: 'check: a file deleted after the folder was listed', args: ['check', 'class'], preload: deleteAfterListing,
        files: { 'class/a.argmap': map, 'class/vanishing.argmap': map },
        status: 2, stderr: /^argmap: cannot read class\/vanishing\.argmap: no such file or folder$/,
    },
    {
        name: 'grade: a file deleted after the folder was listed (no feedback written)', preload: deleteAfterListing,
        args: ['grade', '--rubric', 'rubric.json', 'class', '--feedback', 'fb'], files: { 'class/a.argmap': map, 'class/vanishing.argmap': map },
        status: 2, stderr: /^argmap: cannot read class\/vanishing\.argmap: no such file or folder$/,
        after: dir => expect(readdirSync(path.join(dir, 'fb'))).toEqual([]),
    },

    // A binary file named .argmap: the input's fault (one syntax error), never a crash.
    {
        name: 'check: a binary .argmap file', args: ['check', 'junk.argmap'], files: { 'junk.argmap': binary },
        status: 1, stderr: /^$/, stdout: /^junk\.argmap:1:2 error syntax: This file is not valid UTF-8 text from here on\. .*\n1 problem \(1 error, 0 warnings, 0 infos\) in 1 file\n$/,
    },
    {
        name: 'render: a binary .argmap file (nothing written)', args: ['render', 'junk.argmap', '-o', 'm.svg'], files: { 'junk.argmap': binary },
        status: 1, stderr: /^junk\.argmap:1:2 error syntax: .*\n1 problem \(1 error, 0 warnings, 0 infos\) in 1 file$/, absent: ['m.svg'],
    },
    {
        name: 'export: a binary .argmap file (nothing written)', args: ['export', 'junk.argmap', '--format', 'json', '-o', 'x.json'], files: { 'junk.argmap': binary },
        status: 1, stderr: /^junk\.argmap:1:2 error syntax: .*\n1 problem \(1 error, 0 warnings, 0 infos\) in 1 file$/, absent: ['x.json'],
    },
    {
        name: 'grade: a binary .argmap file is graded (it scores what it can)', args: ['grade', '--rubric', 'rubric.json', 'junk.argmap', '--format', 'csv'],
        files: { 'junk.argmap': binary }, status: 0, stderr: /^$/, stdout: /^file,args,score,max\njunk\.argmap,0,0,2\n$/,
    },
    {
        name: 'import: a binary file (malformed input: exit 1, nothing written)', args: ['import', 'junk.json', '-o', 'x.argmap'], files: { 'junk.json': binary },
        status: 1, stderr: /^junk\.json: not JSON: the file is not UTF-8 text$/, absent: ['x.argmap'],
    },

    // Rubrics and configs that are not JSON or not valid.
    {
        name: 'grade: a rubric that is not JSON (the parser\'s excerpt of it on the same line)', args: ['grade', '--rubric', 'r.json', 'a.argmap', '--feedback', 'fb'],
        files: { 'r.json': 'title: Essay\ncriteria:\n  - id: args\n' }, status: 2, stderr: /^argmap: rubric r\.json is not valid JSON: .+$/, absent: ['fb'],
    },
    {
        name: 'grade: a rubric that is not JSON, with control characters in the excerpt (a terminal must not act on them)', args: ['grade', '--rubric', 'r.json', 'a.argmap'],
        files: { 'r.json': '\u001b[2J\u001b]0;owned\u0007{' }, status: 2, stderr: /^argmap: rubric r\.json is not valid JSON: [^\u0000-\u001f\u007f]+$/,
    },
    {
        name: 'grade: an empty rubric file', args: ['grade', '--rubric', 'r.json', 'a.argmap'], files: { 'r.json': '' },
        status: 2, stderr: /^argmap: rubric r\.json is not valid JSON: Unexpected end of JSON input$/,
    },
    {
        name: 'grade: a rubric with an unknown rule names the criterion', args: ['grade', '--rubric', 'r.json', 'a.argmap'],
        files: { 'r.json': JSON.stringify({ criteria: [{ id: 'depth', rule: 'deep-enough', points: 1 }] }) },
        status: 2, stderr: /^argmap: rubric r\.json: criterion "depth" has an unknown rule "deep-enough"; the rules are one-thesis, .*$/,
    },
    {
        name: 'grade: a rubric missing a field names the criterion and the field', args: ['grade', '--rubric', 'r.json', 'a.argmap'],
        files: { 'r.json': JSON.stringify({ criteria: [{ id: 'args', rule: 'min-arguments', points: 2 }] }) },
        status: 2, stderr: /^argmap: rubric r\.json: criterion "args" \(min-arguments\) needs "min": a whole number of 1 or more$/,
    },
    {
        name: 'grade: a rubric with a value of the wrong type', args: ['grade', '--rubric', 'r.json', 'a.argmap'],
        files: { 'r.json': JSON.stringify({ criteria: [{ id: 'one', rule: 'one-thesis', points: '2' }] }) },
        status: 2, stderr: /^argmap: rubric r\.json: criterion "one" \(one-thesis\): "points" must be a number of 0 or more, not "2"$/,
    },
    {
        name: 'grade: a rubric that is a JSON list', args: ['grade', '--rubric', 'r.json', 'a.argmap'], files: { 'r.json': '[]' },
        status: 2, stderr: /^argmap: rubric r\.json: a rubric is an object: .*$/,
    },
    {
        name: 'check: a --config that is not JSON, on one line', args: ['check', 'a.argmap', '--config', 'cfg.json'],
        files: { 'cfg.json': 'checks:\n  one-sided: off\n' }, status: 2, stderr: /^argmap: config cfg\.json is not valid JSON: .+$/,
    },
    {
        name: 'check: a --config saved with a BOM is read (as rubrics are)', args: ['check', 'a.argmap', '--config', 'cfg.json', '--format', 'json'],
        files: { 'cfg.json': '\uFEFF{"checks": {"one-sided": "off"}}' }, status: 0, stderr: /^$/, stdout: /^\[\]\n$/,
    },

    // Outputs: a missing folder, a folder, a file in the way, links.
    ...([
        ['render', ['render', 'a.argmap', '-o', 'no/such/m.svg'], 'no/such/m.svg'],
        ['export', ['export', 'a.argmap', '--format', 'json', '-o', 'no/such/x.json'], 'no/such/x.json'],
        ['import', ['import', 'x.json', '-o', 'no/such/x.argmap'], 'no/such/x.argmap'],
    ] as const).map(([command, args, target]): Case => ({
        name: `${command}: -o in a missing folder is refused (no folder is created)`, args: [...args],
        files: { 'x.json': JSON.stringify({ nodes: [{ nodeID: '1', type: 'I', text: 'T' }], edges: [] }) },
        status: 2, stderr: new RegExp(`^argmap: cannot write ${target.replace(/\./g, '\\.')}: the folder no/such does not exist$`), absent: ['no'],
    })),
    {
        name: 'export: -o ending in a slash', args: ['export', 'a.argmap', '--format', 'json', '-o', 'out/'],
        status: 2, stderr: /^argmap: cannot write out\/: that names a folder; give a file name$/, absent: ['out'],
    },
    {
        name: 'render: -o is a folder', args: ['render', 'a.argmap', '-o', 'pictures.svg'], setup: dir => mkdirSync(path.join(dir, 'pictures.svg')),
        status: 2, stderr: /^argmap: cannot write pictures\.svg: it is a folder$/, after: dir => expect(readdirSync(path.join(dir, 'pictures.svg'))).toEqual([]),
    },
    { name: 'export: -o is a folder', args: ['export', 'a.argmap', '--format', 'outline', '-o', 'empty'], status: 2, stderr: /^argmap: cannot write empty: it is a folder$/ },
    {
        name: 'export: -o inside a file', args: ['export', 'a.argmap', '--format', 'json', '-o', 'a.argmap/x.json'],
        status: 2, stderr: /^argmap: cannot write a\.argmap\/x\.json: a\.argmap is not a folder$/, unchanged: ['a.argmap'],
    },
    {
        name: 'export: -o is a link to itself', args: ['export', 'a.argmap', '--format', 'json', '-o', 'loop.json'],
        setup: dir => symlinkSync('loop.json', path.join(dir, 'loop.json')),
        status: 2, stderr: /^argmap: cannot write loop\.json: too many symbolic links \(a link that leads back to itself\?\)$/,
        after: dir => expect(lstatSync(path.join(dir, 'loop.json')).isSymbolicLink()).toBe(true),
    },
    {
        name: 'export: -o is a link to a missing file', args: ['export', 'a.argmap', '--format', 'json', '-o', 'gone.json'],
        setup: dir => symlinkSync('no/such/x.json', path.join(dir, 'gone.json')),
        status: 2, stderr: /^argmap: cannot write gone\.json: it is a symbolic link to a missing file$/,
        after: dir => expect(lstatSync(path.join(dir, 'gone.json')).isSymbolicLink()).toBe(true),
    },
    {
        name: 'export: -o through a link writes the file it points to, and keeps the link', args: ['export', 'a.argmap', '--format', 'outline', '-o', 'link.md'],
        files: { 'real/essay.md': 'old' }, setup: dir => symlinkSync('real/essay.md', path.join(dir, 'link.md')),
        status: 0, stderr: /^$/,
        after: dir => {
            expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
            expect(readFileSync(path.join(dir, 'real/essay.md'), 'utf8')).toMatch(/^# a\n/);
        },
    },
    {
        name: 'export: replacing an output keeps its permissions', args: ['export', 'a.argmap', '--format', 'json', '-o', 'private.json'],
        files: { 'private.json': 'old' }, setup: dir => chmodSync(path.join(dir, 'private.json'), 0o600),
        status: 0, stderr: /^$/, skip: process.platform === 'win32' && 'Windows has no file modes',
        after: dir => {
            expect(statSync(path.join(dir, 'private.json')).mode & 0o777).toBe(0o600);
            expect(JSON.parse(readFileSync(path.join(dir, 'private.json'), 'utf8')).statements.length).toBe(4);
        },
    },

    // Read-only outputs.
    {
        name: 'export: a read-only output folder', args: ['export', 'a.argmap', '--format', 'json', '-o', 'ro/x.json'],
        files: { 'ro/keep.txt': 'kept' }, setup: dir => chmodSync(path.join(dir, 'ro'), 0o555),
        status: 2, stderr: /^argmap: cannot write ro\/x\.json: no permission to write in ro$/, absent: ['ro/x.json'], skip: noChmod,
    },
    {
        name: 'render: a read-only output file is not replaced', args: ['render', 'a.argmap', '-o', 'm.svg'],
        files: { 'm.svg': 'old' }, setup: dir => chmodSync(path.join(dir, 'm.svg'), 0o444),
        status: 2, stderr: /^argmap: cannot write m\.svg: the file is read-only$/, unchanged: ['m.svg'], skip: noChmod,
    },
    {
        name: 'grade: a read-only --feedback folder fails before grading', args: ['grade', '--rubric', 'rubric.json', 'a.argmap', '--feedback', 'fb'],
        setup: dir => {
            mkdirSync(path.join(dir, 'fb'));
            chmodSync(path.join(dir, 'fb'), 0o555);
        },
        status: 2, stderr: /^argmap: cannot write in the feedback folder fb: permission denied$/, skip: noChmod,
    },
    {
        name: 'grade: --feedback is a file', args: ['grade', '--rubric', 'rubric.json', 'a.argmap', '--feedback', 'a.argmap'],
        status: 2, stderr: /^argmap: cannot create the feedback folder a\.argmap: a file is in the way$/, unchanged: ['a.argmap'],
    },
    {
        name: 'grade: --feedback inside a file', args: ['grade', '--rubric', 'rubric.json', 'a.argmap', '--feedback', 'a.argmap/fb'],
        status: 2, stderr: /^argmap: cannot create the feedback folder a\.argmap\/fb: a file is in the way$/, unchanged: ['a.argmap'],
    },
    {
        name: 'grade: a feedback file\'s name is taken by a folder', args: ['grade', '--rubric', 'rubric.json', 'a.argmap', '--feedback', 'fb'],
        setup: dir => mkdirSync(path.join(dir, 'fb', 'a.md'), { recursive: true }),
        status: 2, stderr: /^argmap: cannot write fb\/a\.md: it is a folder$/,
    },

    // A write that fails halfway: the old output stays whole, no temp file is left.
    {
        name: 'export: the disk fills up while writing -o', args: ['export', 'a.argmap', '--format', 'json', '-o', 'x.json'], preload: diskFullWhileWriting,
        files: { 'x.json': 'old' }, status: 2, stderr: /^argmap: cannot write x\.json: no space left on the device$/, unchanged: ['x.json'],
    },
    {
        name: 'render: the disk fills up while writing -o', args: ['render', 'a.argmap', '-o', 'm.svg'], preload: diskFullWhileWriting,
        status: 2, stderr: /^argmap: cannot write m\.svg: no space left on the device$/, absent: ['m.svg'],
    },
    {
        name: 'import: the disk fills up while writing -o', args: ['import', 'x.json', '-o', 'x.argmap'], preload: diskFullWhileWriting,
        files: { 'x.json': JSON.stringify({ nodes: [{ nodeID: '1', type: 'I', text: 'T' }], edges: [] }) },
        status: 2, stderr: /^argmap: cannot write x\.argmap: no space left on the device$/, absent: ['x.argmap'],
    },
    {
        name: 'grade: the disk fills up while writing feedback', args: ['grade', '--rubric', 'rubric.json', 'a.argmap', '--feedback', 'fb'], preload: diskFullWhileWriting,
        status: 2, stderr: /^argmap: cannot write fb\/a\.md: no space left on the device$/, after: dir => expect(readdirSync(path.join(dir, 'fb'))).toEqual([]),
    },
];

describe('argmap under bad conditions', () => {
    // Concurrently (each case has its own folder): a process per case, most of its time spent starting.
    for (const c of cases) {
        (c.skip ? it.skip : it.concurrent)(`${c.name}${c.skip ? ` (skipped: ${c.skip})` : ''}`, async () => {
            const files = { ...common, ...c.files };
            const dir = tempFolder(files);
            const preload = c.preload !== undefined ? path.join(tempFolder({ 'preload.cjs': c.preload }), 'preload.cjs') : undefined;
            try {
                c.setup?.(dir);
                const r = await run(c.args, dir, { preload });
                const what = `argmap ${c.args.join(' ')}`;
                expect(r.status, `${what}\n${r.stderr}`).toBe(c.status);
                expectCleanStderr(r.stderr, what);
                expect(r.stderr.replace(/\n$/, ''), what).toMatch(c.stderr);
                if (c.stdout) expect(r.stdout, what).toMatch(c.stdout);
                else expect(r.stdout, what).toBe('');
                for (const absent of c.absent ?? []) expect(existsSync(path.join(dir, absent)), `${what}: ${absent} exists`).toBe(false);
                for (const file of c.unchanged ?? []) expect(readFileSync(path.join(dir, file)), `${what}: ${file} changed`).toEqual(Buffer.from(files[file as keyof typeof files]));
                c.after?.(dir, r);
            } finally {
                unlock(dir);
            }
            expect(tempFiles(dir), 'temp files left').toEqual([]);
        });
    }

    it.skipIf(!existsSync('/dev/full'))('a full disk behind stdout (> /dev/full) is one line and exit 2, never a stack trace', () => {
        const dir = tempFolder(common);
        for (const args of [['check', 'a.argmap'], ['export', 'a.argmap', '--format', 'json'], ['grade', '--rubric', 'rubric.json', 'a.argmap']]) {
            const full = openSync('/dev/full', 'w');
            try {
                const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', full, 'pipe'] });
                expect(r.status, args.join(' ')).toBe(2);
                expect(r.stderr, args.join(' ')).toBe('argmap: cannot write the output: no space left on the device\n');
            } finally {
                closeSync(full);
            }
        }
    });

    it('a reader that stops early (`argmap check class | head -1`, EPIPE) ends the run quietly, with the exit code of the whole run', async () => {
        // More than a pipe's buffer (64 KiB), so the CLI is still writing when the reader is gone.
        const students = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`class/s${i}.argmap`, warning]));
        const dir = tempFolder({ ...students, 'class/z-broken.argmap': 'thesis t "T" {\n  argument { ghost }\n}\n', 'rubric.json': rubric });
        const runs: Array<[string[], number]> = [
            [['check', 'class', '--format', 'sarif'], 1],
            [['check', 'class'], 1],
            [['grade', '--rubric', 'rubric.json', 'class', '--format', 'json'], 0],
        ];
        for (const [args, expected] of runs) {
            const child = spawn(process.execPath, [cli, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
            let stdout = '';
            let stderr = '';
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
                stdout += chunk;
                child.stdout.destroy(); // as `head -1` does once it has its line
            });
            const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
            expect(stdout.length, args.join(' ')).toBeGreaterThan(0);
            expect(stderr, args.join(' ')).toBe('');
            expect(status, args.join(' ')).toBe(expected);
        }
    }, 120_000);

    it.skipIf(!linux)('-o /dev/stdout into a pipe writes to the pipe (a device or pipe is written, never renamed over)', () => {
        const dir = tempFolder(common);
        // Through a shell, so stdout is a real pipe (spawnSync's own is a socket, which /dev/stdout can't open).
        const r = spawnSync('sh', ['-c', '"$0" "$1" export a.argmap --format mermaid -o /dev/stdout | cat', process.execPath, cli], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^flowchart BT\n/);
        expect(tempFiles(dir)).toEqual([]);
    });

    it('lsp accepts the flags language clients add (--clientProcessId) and defaults to stdio', () => {
        const dir = tempFolder({});
        for (const args of [['lsp', '--stdio', `--clientProcessId=${process.pid}`], ['lsp', '--clientProcessId', String(process.pid)], ['lsp']]) {
            // stdin ends at once: the server stops as LSP says for an exit without shutdown (1), with nothing on stderr.
            const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, input: '' });
            expect(r.stderr, args.join(' ')).toBe('');
            expect(r.status, args.join(' ')).toBe(1);
        }
    });
});

/** Runs the built CLI as helpers/cli.ts's runCli does, but without blocking, optionally with a script preloaded into its process. */
function run(args: string[], cwd: string, options: { preload?: string } = {}): Promise<CliResult> {
    const node = options.preload !== undefined ? ['--require', options.preload] : [];
    return new Promise(resolve => {
        execFile(process.execPath, [...node, cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
            resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
        });
    });
}

/** Never a stack trace, an uncaught error's banner or Node's raw error codes; always ending in a line break. */
function expectCleanStderr(stderr: string, what: string): void {
    expect(stderr, what).not.toMatch(/^\s+at /m);
    expect(stderr, what).not.toMatch(/\b(?:Error|TypeError|RangeError):|\bE[A-Z]{3,}\b|node:internal|internal error|Node\.js v/);
    if (stderr !== '') expect(stderr.endsWith('\n'), what).toBe(true);
}

function tempFiles(dir: string): string[] {
    return (readdirSync(dir, { recursive: true }) as string[]).filter(name => /\.tmp$/.test(name));
}

/** Gives permissions back so the folder can be inspected and removed. */
function unlock(dir: string): void {
    if (process.platform === 'win32') return;
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const file = path.join(folder, entry.name);
            if (entry.isSymbolicLink()) continue;
            chmodSync(file, entry.isDirectory() ? 0o755 : 0o644);
            if (entry.isDirectory()) walk(file);
        }
    };
    chmodSync(dir, 0o755);
    walk(dir);
}
