import { describe, expect, it } from 'vitest';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { lspWorkspace } from '../../helpers/lsp.js';

const map = [
    'source charter "Charter of the United Nations (1945)"',         // 1
    'framing liberal "Liberal institutionalism"',                    // 2
    '// Why the world still needs it:',                              // 3
    '// two arguments',                                              // 4
    '// and an answered objection.',                                 // 5
    'thesis need "The world needs collective security." {',          // 6
    '  argument failure {',                                          // 7
    '    evidence aggression "A permanent member invaded a neighbour." cite charter', // 8
    '    claim veto "The veto blocks any response." cite charter',   // 9
    '  }',                                                           // 10
    '  objection selfHelp "States will not risk their soldiers." {', // 11
    '    rebuttal "Sanctions risk no soldiers."',                    // 12
    '  }',                                                           // 13
    '}',                                                             // 14
    'claim trade "Trade makes distant wars everyone\'s concern." cite charter', // 15
    'argument supports need { trade, veto }',                        // 16
    'objection noEnforcer undercuts failure "No body makes states act."', // 17
    '/* An unanswered undercut,',                                    // 18
    '   left for the reader',                                        // 19
    '   to answer. */',                                              // 20
    '// A comment run too short',                                    // 21
    '// to fold.',                                                   // 22
    'evidence stray "An orphan."',                                   // 23
].join('\n');

const kindNames = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

/** `kind name (detail)` with children indented: the outline as the editor shows it. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(s => [
        `${'  '.repeat(depth)}${kindNames.get(s.kind)} ${s.name} (${s.detail})`,
        ...outline(s.children, depth + 1),
    ]);
}

describe('document symbols', () => {
    it('outline the blocks as written: thesis, its arguments with their premises, objections with rebuttals', async () => {
        const ws = await lspWorkspace({ 'main.argmap': map });
        const symbols = await ws.symbols('main.argmap');
        expect(outline(symbols)).toEqual([
            'File charter (Charter of the United Nations (1945))',
            'Interface liberal (Liberal institutionalism)',
            'Class need (thesis · accepted)',
            '  Function failure (argument · rejected)',
            '    Constant aggression (evidence · accepted)',
            '    Property veto (claim · accepted)',
            '  Event selfHelp (objection · rejected)',
            '    Operator Sanctions risk no soldiers. (rebuttal · accepted)',
            'Property trade (claim · accepted)',
            'Function argument supports need (argument · accepted)',
            '  Property trade (premise)',
            '  Property veto (premise)',
            'Event noEnforcer (objection · accepted)',
            'Constant stray (evidence · accepted)',
        ]);
        const need = symbols[2];
        expect(ws.show('file:///w/main.argmap', need.selectionRange)).toBe('main.argmap:6:8 need');
        expect([need.range.start.line + 1, need.range.end.line + 1]).toEqual([6, 14]);
    });

    it('names an unnamed statement by the start of its text', async () => {
        const ws = await lspWorkspace({ 'main.argmap': 'claim "Economic interdependence makes distant wars everyone\'s concern, so they say."' });
        expect((await ws.symbols('main.argmap'))[0].name).toBe('Economic interdependence makes distant…');
    });
});

describe('folding', () => {
    it('folds blocks, block comments and runs of line comments', async () => {
        const ws = await lspWorkspace({ 'main.argmap': map });
        const ranges = (await ws.folding('main.argmap')).map(r => `${r.startLine + 1}-${r.endLine + 1}${r.kind === FoldingRangeKind.Comment ? ' comment' : ''}`);
        expect(ranges.sort()).toEqual(['11-12', '18-19 comment', '3-5 comment', '6-13', '7-9'].sort());
    });
});

describe('code lens', () => {
    it('sums up each thesis, claim and objection from the graph', async () => {
        const ws = await lspWorkspace({ 'main.argmap': map });
        expect(await ws.codeLenses('main.argmap')).toEqual([
            '6: 2 arguments · 1 objection · 1 undercut · accepted',
            '9: no arguments · no objections · accepted',
            '11: 1 answer · rejected',
            '15: no arguments · no objections · accepted',
            '17: no answers · accepted',
        ]);
    });

    it('counts contradictions as objections and leaves imported statements to their own file', async () => {
        const ws = await lspWorkspace({
            'lib.argmap': 'thesis other "Elsewhere."',
            'main.argmap': 'import "./lib.argmap"\nthesis t "T"\nclaim c contradicts t "C" cite s\nsource s "S"\nclaim d supports other "D" cite s',
        });
        expect(await ws.codeLenses('main.argmap')).toEqual([
            '2: no arguments · 1 objection · undecided',
            '3: no arguments · 1 objection · undecided',
            '5: no arguments · no objections · accepted',
        ]);
    });
});
