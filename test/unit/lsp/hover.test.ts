import { describe, expect, it } from 'vitest';
import { lspWorkspace } from '../../helpers/lsp.js';

const lib = [
    'source charter "Charter of the United Nations (1945)" url "https://www.un.org/en/about-us/un-charter"',
    'framing liberal "Liberal institutionalism" "Institutions make cooperation easier."',
    'claim veto "The veto lets a permanent member block any response." cite charter "Art. 27(3)"',
].join('\n');

const main = [
    'import "./lib.argmap"',
    'framing realist "Realism"',
    'thesis ne<|>ed "The world needs collective security." #liberal cite char<|>ter "Art. 1" {',
    '  argument fail<|>ure scheme conse<|>quences { v<|>eto }',
    '  objection selfHelp "States *will not* risk soldiers." #real<|>ist {',
    '    rebuttal identities "Interests are constructed."',
    '  }',
    '}',
    'obj<|>ection noEnforcer undercuts failure "No body can make states act." question <|>1',
    'argument lonely supports need scheme astrology { claim a "Stars say so." }',
    '// a com<|>ment',
    'claim x supports need "X" cite nowh<|>ere',
    'argument <|>lonely2 supports need scheme astro<|>logy { }',
].join('\n');

/** Hover shows what the graph of the file under the cursor says about the element under it. */
describe('hover', () => {
    it('shows a statement: kind, name, status, text, what backs and challenges it, framings, full citations', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.hover('main.argmap', 0)).toBe([
            '**thesis** `need` · *accepted*',
            'The world needs collective security.',
            '4 arguments · 1 objection · 1 undercut of its arguments',
            'Framings: `#liberal` Liberal institutionalism',
            'Cites:\n- Charter of the United Nations (1945), Art. 1 <https://www.un.org/en/about-us/un-charter>',
        ].join('\n\n'));
    });

    it('shows an imported statement as this file sees it, and says where it is declared', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.hover('main.argmap', 4)).toBe([
            '**claim** `veto` · *accepted*',
            'The veto lets a permanent member block any response.',
            'Premise of `failure`',
            'no arguments · no objections',
            'Cites:\n- Charter of the United Nations (1945), Art. 27(3) <https://www.un.org/en/about-us/un-charter>',
            'Declared in `lib.argmap`',
        ].join('\n\n'));
    });

    it('shows an argument with its conclusion, premises and scheme, and why it is rejected', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.hover('main.argmap', 2)).toBe([
            '**argument** `failure` · *rejected* (defeated by `noEnforcer`)',
            'Supports `need`',
            'Premises: `veto`',
            'Scheme: `consequences` (2 critical questions)',
            'Undercut by 1 objection',
        ].join('\n\n'));
        const empty = await ws.hover('main.argmap', 10);
        expect(empty).toContain('**argument** `lonely2` · *rejected* (it has no premises)');
        expect(empty).toContain('Scheme: `astrology` (not in the catalogue)');
    });

    it('shows an objection from its keyword, with what it attacks and how many answers it has', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        const hover = await ws.hover('main.argmap', 6);
        expect(hover).toContain('**objection** `noEnforcer` · *accepted*');
        expect(hover).toContain('Undercuts `failure`');
        expect(hover).toContain('no arguments · no answers');
    });

    it('shows a source in full with its url, and a framing with its label and description', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.hover('main.argmap', 1)).toBe([
            '**source** `charter`', 'Charter of the United Nations (1945)', '<https://www.un.org/en/about-us/un-charter>', 'Cited once in this file',
        ].join('\n\n'));
        expect(await ws.hover('main.argmap', 5)).toBe(['**framing** `realist` · Realism', 'Tags 1 element in this file'].join('\n\n'));
    });

    it("lists a scheme's critical questions, and the text of the question an objection raises", async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.hover('main.argmap', 3)).toBe([
            '**scheme** `consequences`: its critical questions',
            '1. How likely are the consequences?\n2. Are there other consequences, on the other side?',
        ].join('\n\n'));
        expect(await ws.hover('main.argmap', 7)).toBe('**question 1** of `consequences`: How likely are the consequences?');
        expect(await ws.hover('main.argmap', 11)).toMatch(/^`astrology` is not in the scheme catalogue\. Known schemes: `expert-opinion`/);
    });

    it('shows statement text as written, not as Markdown', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main.replace('objection selfHelp', 'objection self<|>Help') });
        expect(await ws.hover('main.argmap', 5)).toContain('States \\*will not\\* risk soldiers.');
    });

    it('shows nothing on comments or on names that do not resolve', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.hover('main.argmap', 8)).toBeUndefined();
        expect(await ws.hover('main.argmap', 9)).toBeUndefined();
    });
});
