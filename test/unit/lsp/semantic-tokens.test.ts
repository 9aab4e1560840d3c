import { describe, expect, it } from 'vitest';
import { lspWorkspace } from '../../helpers/lsp.js';

const map = [
    'source charter "Charter of the United Nations (1945)"',
    'framing realist "Realism"',
    'thesis need "The world needs collective security." cite charter {',
    '  argument failure scheme consequences {',
    '    claim veto "The veto blocks any response." cite charter',
    '  }',
    '}',
    'objection noEnforcer undercuts failure "No body makes states act." #realist question 1',
    'argument trade supports need scheme astrology { veto }',
].join('\n');

/** `text type modifiers…` per token, in document order. */
async function tokens(text: string): Promise<string[]> {
    const ws = await lspWorkspace({ 'main.argmap': text });
    return (await ws.semanticTokens('main.argmap')).map(t => [t.text, t.type, ...t.modifiers].join(' '));
}

describe('semantic tokens', () => {
    it('tell kinds, declarations and references, framings, sources and schemes apart, with each status', async () => {
        expect(await tokens(map)).toEqual([
            'charter namespace declaration',
            'realist decorator declaration',
            'thesis keyword thesis',
            'need variable declaration thesis accepted',
            'charter namespace',
            'argument keyword argument',
            'failure function declaration argument rejected',
            'consequences enumMember defaultLibrary',
            'claim keyword claim',
            'veto variable declaration claim accepted',
            'charter namespace',
            'objection keyword objection',
            'noEnforcer variable declaration objection accepted',
            'failure function argument rejected',
            '#realist decorator',
            '1 number',
            'argument keyword argument',
            'trade function declaration argument accepted',
            'need variable thesis accepted',
            'astrology enumMember',
            'veto variable claim accepted',
        ]);
    });

    it('declares the Argmap modifiers in the legend after the standard ones', async () => {
        const ws = await lspWorkspace({ 'main.argmap': '' });
        const legend = ws.services.lsp.SemanticTokenProvider!.semanticTokensOptions.legend;
        expect(legend.tokenModifiers.slice(-9)).toEqual(['thesis', 'claim', 'evidence', 'objection', 'rebuttal', 'argument', 'accepted', 'rejected', 'undecided']);
        expect(legend.tokenModifiers.indexOf('thesis')).toBe(10);
    });

    it('marks an unresolved name as a plain variable', async () => {
        expect(await tokens('claim c supports nowhere "C"')).toContain('nowhere variable');
    });
});
