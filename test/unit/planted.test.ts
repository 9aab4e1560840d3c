import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCodes } from '../../language-server/src/language/validation/codes.js';
import { expectMarkedDiagnostics, loadFixtureFolder } from '../helpers/fixtures.js';

/** Issue "language core", done means: a file with planted faults gets every planted code at the right line. */
describe('planted faults', () => {
    it('every check code is planted once and found exactly where it was planted', async () => {
        const files = await loadFixtureFolder(path.resolve(__dirname, '../fixtures/planted'));
        const planted = [files.get('faults.argmap')!, files.get('no-thesis.argmap')!];
        for (const file of planted) expectMarkedDiagnostics(file, checkCodes.filter(c => c !== 'critical-questions'));
        const codes = new Set(planted.flatMap(f => f.expectations.map(e => e.code)));
        expect(checkCodes.filter(c => !codes.has(c) && c !== 'critical-questions')).toEqual([]);
    });
});
