import { describe, expect, it } from 'vitest';
import { decodeArgmapText, firstInvalidByte } from '../../../language-server/src/language/text-decoding.js';
import { buildOne } from '../../helpers/workspace.js';

describe('parsing: DESIGN.md "Precise rules"', () => {
    it('reads CRLF and lone CR as line ends, columns in UTF-16 code units', async () => {
        const { model, codes } = await buildOne('thesis t "T" {\r\n  claim "😀 emoji"\r  claim x "x" cite nope\n}');
        expect(model.graph.statements.map(s => s.id)).toEqual(['t', 'claim@2:3', 'x']);
        expect(codes).toContain('unresolved-reference@3:20');
    });

    it('gives the nesting-depth error at the first element inside a 65th block, without overflowing the stack', async () => {
        const depth = 10_000;
        let text = 'thesis t "T"';
        for (let i = 0; i < depth; i++) text += ' {\nclaim "c"';
        text += '\n}'.repeat(depth);
        const { diagnostics, model } = await buildOne(text);
        const nesting = diagnostics.filter(d => String(d.message).startsWith('Nesting deeper than 64 levels'));
        expect(nesting).toHaveLength(1);
        expect(nesting[0].code).toBe('syntax');
        // The thesis sits at depth 0; its block's claim at depth 1; the claim inside the 65th block is dropped.
        expect(nesting[0].range.start.line).toBe(65);
        expect(model.graph.statements).toHaveLength(65);
    });

    it('accepts exactly 64 enclosing blocks', async () => {
        let text = 'thesis t "T"';
        for (let i = 0; i < 64; i++) text += ' { claim "c"';
        text += ' }'.repeat(64);
        const { codes } = await buildOne(text);
        expect(codes.filter(c => c.startsWith('syntax'))).toEqual([]);
    });

    // Found by the fuzzer (test/fuzz/): each comma was looked up by its index, walking the whole block
    // again, so a block of thousands took seconds; 20,000 would take minutes (this test's watchdog).
    it('reports every comma in a statement\'s block, in one walk', async () => {
        const claims = Array.from({ length: 20_000 }, (_, i) => `claim "c${i}",`);
        const { codes } = await buildOne(`thesis t "T" {\n${claims.join('\n')}\n}`);
        const commas = codes.filter(c => c.startsWith('syntax'));
        expect(commas).toHaveLength(20_000);
        expect(commas[0]).toBe('syntax@2:11');
        expect(commas.at(-1)).toBe(`syntax@20001:${'claim "c19999"'.length + 1}`);
    });

    it('keeps going after a typo: later problems are still reported', async () => {
        const { codes } = await buildOne('thesis t "T"\nclaim a supprts t "typo"\nsource s "S"\nevidence e supports t "uncited"\nobjection o attacks t "unanswered"');
        expect(codes[0]).toMatch(/^syntax@2:/);
        expect(codes).toEqual(expect.arrayContaining(['uncited-evidence@4:1', 'unanswered-objection@5:1']));
    });

    it('reports an unknown escape, a NUL, a # with a space, and a second map line as syntax', async () => {
        const { codes } = await buildOne('map "A"\nmap "B"\nthesis t "bad \\q escape" # realist\n\u0000');
        expect(codes.filter(c => c.startsWith('syntax')).sort()).toEqual(['syntax@2:1', 'syntax@3:15', 'syntax@3:26', 'syntax@3:28', 'syntax@4:1']);
    });

    it('decodes UTF-8 without its BOM and finds the first bad byte', () => {
        expect(decodeArgmapText(Buffer.from('\uFEFFthesis t "T"', 'utf8'))).toEqual({ text: 'thesis t "T"' });
        const bad = Buffer.concat([Buffer.from('thesis t "é\nx'), Buffer.from([0xc3, 0x28]), Buffer.from('"')]);
        expect(firstInvalidByte(bad)).toBe(14);
        expect(decodeArgmapText(bad).invalidAt).toEqual({ line: 1, character: 1 });
        expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate is not UTF-8
        expect(firstInvalidByte(Buffer.from([0xe2, 0x82]))).toBe(0); // truncated sequence
    });
});
