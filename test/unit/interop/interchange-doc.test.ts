import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../../helpers/cli.js';

const doc = readFileSync(path.resolve(__dirname, '../../../docs/interchange.md'), 'utf8');

describe('docs/interchange.md', () => {
    it('shows what `argmap import` really prints for its example', () => {
        const json = /For example, `council\.json`:\n\n```json\n([\s\S]*?)```/.exec(doc)![1];
        const argmap = /`argmap import council\.json` prints\n\n```argmap\n([\s\S]*?)```/.exec(doc)![1];
        const note = /and says on stderr: `([^`]*)`/.exec(doc)![1];
        const result = runCli(['import', 'council.json'], tempFolder({ 'council.json': json }));
        expect(result).toEqual({ status: 0, stdout: argmap, stderr: `${note}\n` });
    });

    it('shows what `argmap import` really prints for its Argdown example', () => {
        const argdown = /For example, `taxes\.argdown`:\n\n```argdown\n([\s\S]*?)```/.exec(doc)![1];
        const argmap = /`argmap import taxes\.argdown` prints\n\n```argmap\n([\s\S]*?)```/.exec(doc)![1];
        const note = /`argmap import taxes\.argdown` prints[\s\S]*?and says on stderr: `([^`]*)`/.exec(doc)![1];
        const result = runCli(['import', 'taxes.argdown'], tempFolder({ 'taxes.argdown': argdown }));
        expect(result).toEqual({ status: 0, stdout: argmap, stderr: `${note}\n` });
    });
});
