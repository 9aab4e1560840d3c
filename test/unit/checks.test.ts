import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCodes } from '../../language-server/src/language/validation/codes.js';
import { loadFixtureFolder, showRange, toRange } from '../helpers/fixtures.js';

const root = path.resolve(__dirname, '../fixtures/checks');
const folders = readdirSync(root).filter(name => !name.startsWith('.')).sort();

/** `fails.argmap` plus any `fails-*.argmap` (a case that needs a file of its own, such as invalid UTF-8). */
const failingFiles = (code: string) => readdirSync(path.join(root, code)).filter(n => /^fails(-.+)?\.argmap$/.test(n)).sort();

describe('check fixtures', () => {
    it('has a folder with fails.argmap and passes.argmap for every check code', () => {
        for (const code of checkCodes) {
            expect(existsSync(path.join(root, code, 'fails.argmap')), `${code}/fails.argmap`).toBe(true);
            expect(existsSync(path.join(root, code, 'passes.argmap')), `${code}/passes.argmap`).toBe(true);
        }
    });

    describe.each(folders)('%s', code => {
        it.each(failingFiles(code))('%s raises it exactly where marked, and nowhere else', async name => {
            const files = await loadFixtureFolder(path.join(root, code));
            const fails = files.get(name)!;
            const present = fails.expectations.filter(e => e.kind === 'present');
            expect(present.some(e => e.code === code), `${name} marks at least one diagnostic of its code`).toBe(true);
            const shown = fails.diagnostics.map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code}`);
            for (const e of present) {
                const match = fails.diagnostics.find(d => d.code === e.code && d.severity === e.severity && showRange(toRange(d)) === showRange(e.range!));
                expect(match, `expected ${e.severity} ${e.code} at ${showRange(e.range!)} (marker on line ${e.markerLine}); got:\n${shown.join('\n')}`).toBeDefined();
            }
            for (const e of fails.expectations.filter(x => x.kind === 'absent')) {
                const found = fails.diagnostics.find(d => d.code === e.code && d.line === e.line! + 1);
                expect(found, `no ${e.code} expected on line ${e.line! + 1} (marker on line ${e.markerLine})`).toBeUndefined();
            }
            const unexpected = fails.diagnostics.filter(d => d.code === code
                && !present.some(e => e.code === code && showRange(e.range!) === showRange(toRange(d))));
            expect(unexpected.map(d => `${d.line}:${d.column} ${d.message}`), `unmarked ${code} diagnostics`).toEqual([]);
        });

        it('passes.argmap does not raise it', async () => {
            const files = await loadFixtureFolder(path.join(root, code));
            const passes = files.get('passes.argmap')!;
            const found = passes.diagnostics.filter(d => d.code === code);
            expect(found.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
            if (code !== 'syntax') expect(passes.diagnostics.filter(d => d.code === 'syntax').map(d => d.message)).toEqual([]);
        });
    });
});
