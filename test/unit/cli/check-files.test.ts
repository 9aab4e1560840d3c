import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitForThreads } from '../../../language-server/src/cli/check-files.js';
import { expandPaths } from '../../../language-server/src/cli/files.js';
import { runCli, tempFolder } from '../../helpers/cli.js';

/** A small map with a warning or two; `broken` adds an error. */
const map = (i: number, broken = false) => [
    `source s${i} "Source ${i}"`,
    `thesis t "Thesis ${i}" {`,
    `  argument { claim c "Claim ${i}" cite s${i}\n    evidence e "Evidence ${i}." }`,
    '}',
    `objection o attacks t "Unanswered ${i}."`,
    broken ? 'argument supports t { ghost }' : `claim lonely "Orphan ${i}."`,
].join('\n') + '\n';

/**
 * A class folder: independent files, a pair where one imports the other, two files that import
 * the same file outside the folder, and a pair whose import the text scan cannot see (a comment
 * between `import` and its path). That pair holds the two largest files, so on two threads or more
 * they are split, and the check finds the import after parsing and checks every file again at once.
 */
function classFolder(): string {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`class/s${i}.argmap`] = map(i, i % 3 === 0);
    files['class/pair/main.argmap'] = 'import "lib.argmap"\nthesis t "T" {\n  argument { fromLib, other }\n}\n';
    files['class/pair/lib.argmap'] = 'claim fromLib "From the library."\nclaim other "Another." cite nowhere\n';
    files['outside/common.argmap'] = 'source shared "A shared source."\nclaim common "Common ground." cite shared\n';
    files['class/shared/x.argmap'] = 'import "../../outside/common.argmap"\nthesis t "X" {\n  argument { common }\n}\n';
    files['class/shared/y.argmap'] = 'import "../../outside/common.argmap"\nthesis t "Y" {\n  argument { common, missing }\n}\n';
    const padding = `/*\n${'A long note to myself.\n'.repeat(100)}*/\n`;
    files['class/sneaky/p.argmap'] = `import /* the scan misses this one */ "q.argmap"\n${padding}thesis t "P" {\n  argument { fromQ }\n}\n`;
    files['class/sneaky/q.argmap'] = `${padding}claim fromQ "From q."\nobjection o attacks fromQ "Q is wrong."\n`;
    return tempFolder(files);
}

describe('argmap check on several threads', () => {
    it('keeps files that import each other, or the same file, on one thread', () => {
        const dir = classFolder();
        const files = expandPaths([path.join(dir, 'class')]);
        const shares = splitForThreads(files, files.length)!;
        const shareOf = (name: string) => shares.findIndex(s => s.some(i => files[i].display.endsWith(name)));
        expect(shares.length).toBeGreaterThan(2);
        expect(shares.flat().sort((a, b) => a - b)).toEqual(files.map((_, i) => i)); // each file once
        expect(shareOf('pair/main.argmap')).toBe(shareOf('pair/lib.argmap'));
        expect(shareOf('shared/x.argmap')).toBe(shareOf('shared/y.argmap'));
        // The scan misses this import: the check finds it after parsing and checks every file at once.
        expect(shareOf('sneaky/p.argmap')).not.toBe(shareOf('sneaky/q.argmap'));
        const two = splitForThreads(files, 2)!;
        expect(two.findIndex(s => s.some(i => files[i].display.endsWith('sneaky/p.argmap'))))
            .not.toBe(two.findIndex(s => s.some(i => files[i].display.endsWith('sneaky/q.argmap'))));
        // Without --jobs, a folder this small stays on one thread.
        expect(splitForThreads(files)).toBeUndefined();
    });

    it('prints exactly what one thread prints', () => {
        const dir = classFolder();
        const check = (format: string, jobs: string, paths = ['class']) => runCli(['check', ...paths, '--format', format, '--jobs', jobs], dir);
        const json = check('json', '1');
        expect(json.status).toBe(1);
        expect(json.stderr).toBe('');
        expect(check('json', '2')).toEqual(json);
        expect(check('json', '3')).toEqual(json);
        expect(check('text', '2')).toEqual(check('text', '1'));
        // Without the pair the scan misses, no share has to be checked again on one thread.
        const simple = ['class/pair', 'class/shared', 'class/s0.argmap', 'class/s1.argmap', 'class/s2.argmap'];
        expect(check('json', '2', simple)).toEqual(check('json', '1', simple));
        // Imports resolve on any thread: only the names that are nowhere are unresolved.
        const rows = JSON.parse(json.stdout) as Array<{ file: string; code: string }>;
        expect(rows.filter(d => d.code === 'unresolved-reference').map(d => d.file))
            .toEqual(['class/pair/lib.argmap', 'class/s0.argmap', 'class/s3.argmap', 'class/s6.argmap', 'class/shared/y.argmap']);
    }, 180_000);

    it('takes --jobs as a whole number from 1', () => {
        const dir = tempFolder({ 'a.argmap': map(1) });
        for (const jobs of ['0', 'two', '1.5', '-1']) {
            const r = runCli(['check', 'a.argmap', '--jobs', jobs], dir);
            expect(r.status, jobs).toBe(2);
            expect(r.stderr, jobs).toBe(`argmap: --jobs takes a number of threads (1 or more), not "${jobs}"\n`);
        }
        expect(runCli(['check', 'a.argmap', '--jobs', '4'], dir).status).toBe(0);
    });
});
