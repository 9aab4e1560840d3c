import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCodes, isCheckCode, type CheckCode } from '../../language-server/src/language/validation/codes.js';
import { expectMarkedDiagnostics, loadFixtureFolder } from '../helpers/fixtures.js';

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
            expect(fails.expectations.some(e => e.kind === 'present' && e.code === code), `${name} marks at least one diagnostic of its code`).toBe(true);
            expect(isCheckCode(code), `${code} is a check code`).toBe(true);
            expectMarkedDiagnostics(fails, [code as CheckCode]);
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
