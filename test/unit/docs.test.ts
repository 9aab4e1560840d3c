import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCodes, type CheckCode } from '../../language-server/src/language/validation/codes.js';
import { buildOne } from '../helpers/workspace.js';

/** docs/checks.md: a `## \`CODE\`` section per code, each with a `Fails:` and a `Passes:` argmap block (typescript-eslint's docs test). */
function sections(markdown: string): Map<string, { fails?: string; passes?: string }> {
    const result = new Map<string, { fails?: string; passes?: string }>();
    const parts = markdown.split(/^## `([a-z-]+)`\s*$/m);
    for (let i = 1; i < parts.length; i += 2) {
        const body = parts[i + 1];
        const block = (label: string) => new RegExp(`^${label}:\\s*\\n+\`\`\`argmap\\n([\\s\\S]*?)\`\`\``, 'm').exec(body)?.[1];
        result.set(parts[i], { fails: block('Fails'), passes: block('Passes') });
    }
    return result;
}

const docs = sections(readFileSync(path.resolve(__dirname, '../../docs/checks.md'), 'utf8'));

describe('docs/checks.md', () => {
    it('has a section for every check code, in the order of codes.ts', () => {
        expect([...docs.keys()]).toEqual(checkCodes);
    });

    describe.each(checkCodes)('%s', (code: CheckCode) => {
        it('its Fails example raises it', async () => {
            const example = docs.get(code)?.fails;
            expect(example, 'a Fails: block').toBeDefined();
            const { codes } = await buildOne(example!);
            expect(codes.map(c => c.split('@')[0])).toContain(code);
        });

        it('its Passes example does not, and has no syntax errors', async () => {
            const example = docs.get(code)?.passes;
            expect(example, 'a Passes: block').toBeDefined();
            const { codes } = await buildOne(example!);
            expect(codes.filter(c => c.startsWith(`${code}@`) || c.startsWith('syntax@'))).toEqual([]);
        });
    });
});
