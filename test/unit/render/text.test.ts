import * as fontkit from 'fontkit';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { advanceWidths, unitsPerEm } from '../../../language-server/src/render/font-widths.js';
import { advance, measureText } from '../../../language-server/src/render/font-metrics.js';
import { layoutMap } from '../../../language-server/src/render/layout.js';
import type { MapScene } from '../../../language-server/src/render/map-scene.js';
import { sizes } from '../../../language-server/src/render/boxes.js';
import { cleanText, maxLines, wrapText } from '../../../language-server/src/render/text-wrap.js';
import { exampleGraph, examplesFolder, graphOf } from '../../helpers/render.js';

const font = fontkit.create(readFileSync(createRequire(__filename).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))) as fontkit.Font;

/** A line's width as the font shapes it, kerning and ligatures off (as the stylesheet asks). */
function shapedWidth(text: string, size: number): number {
    const run = font.layout(text, { kern: false, liga: false, clig: false, calt: false, dlig: false });
    return run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * size / font.unitsPerEm;
}

const examples = readdirSync(examplesFolder).filter(f => f.endsWith('.argmap')).sort();

/** Every line of every box: it must fit between the box's left and right padding. */
function overflowing(scene: MapScene): string[] {
    const problems: string[] = [];
    for (const node of scene.nodes) {
        for (const line of node.lines) {
            const right = line.x + shapedWidth(line.text, line.size);
            if (line.x < node.x + 4 || right > node.x + node.width - sizes.padX + 0.5) problems.push(`${node.id}: "${line.text}" ends at ${right.toFixed(1)} > ${node.x + node.width - sizes.padX}`);
        }
        for (const badge of node.badges) {
            const right = badge.x + sizes.badgePad + shapedWidth(badge.label, sizes.badgeSize);
            if (right > badge.x + badge.width + 0.5) problems.push(`${node.id}: badge "${badge.label}" overflows`);
            if (badge.kind !== 'folded' && badge.x + badge.width > node.x + node.width - sizes.padX + 0.5) problems.push(`${node.id}: badge "${badge.label}" outside its box`);
        }
    }
    return problems;
}

describe('font metrics', () => {
    it('the width table is DejaVu Sans, character for character (regenerate with node tools/font-widths.mjs)', () => {
        expect(unitsPerEm).toBe(font.unitsPerEm);
        const codePoints = font.characterSet;
        expect(advanceWidths.split(';').reduce((n, run) => n + run.split(',').length, 0)).toBe(codePoints.length);
        for (const cp of codePoints) expect(advance(cp), `U+${cp.toString(16)}`).toBe(font.glyphForCodePoint(cp).advanceWidth);
    });

    it('measures a line as the font shapes it with kerning off', () => {
        for (const text of ['Collective security remains an important framework.', 'AVAWAY To Ty Yo', 'Ærøskøbing – “quotes” …', 'Ελληνικά Кириллица']) {
            expect(measureText(text, 14)).toBeCloseTo(shapedWidth(text, 14), 5);
        }
    });

    it('counts characters the font lacks as one em, and format characters as nothing', () => {
        expect(measureText('漢字', 10)).toBe(20);
        expect(measureText('\u202E\u2066\u200B', 10)).toBe(0);
    });
});

describe('wrapText', () => {
    it('breaks at spaces within the width and keeps every word', () => {
        const text = 'States in an anarchic system rely on self-help and the balance of power, said the realists.';
        const lines = wrapText(text, 200, 14);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.join(' ')).toBe(text);
        for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(200);
    });

    it('cuts a word longer than the line between characters, and keeps kept line breaks', () => {
        const url = 'https://example.org/' + 'a'.repeat(80);
        const lines = wrapText(`see ${url}`, 150, 14);
        expect(lines.join('').replace(/^see/, 'see ')).toBe(`see ${url}`);
        for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(150);
        expect(wrapText('one\ntwo', 500, 14)).toEqual(['one', 'two']);
        expect(wrapText('', 500, 14)).toEqual([]);
    });

    it('ends a text longer than the line limit with an ellipsis', () => {
        const lines = wrapText('word '.repeat(2000), 100, 14);
        expect(lines).toHaveLength(maxLines);
        expect(lines[maxLines - 1].endsWith('\u2026')).toBe(true);
    });

    it('replaces what XML cannot hold and nothing else', () => {
        expect(cleanText('a\u0000b\u0007c\uFFFEd\uD800e\u202Ef\u{1F600}g')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\u202Ef\u{1F600}g');
    });
});

describe('text fits inside its box, measured with the font', () => {
    it.each(examples)('%s', async file => {
        expect(overflowing(layoutMap(await exampleGraph(file)))).toEqual([]);
    });

    it('long words, other scripts, marks, emoji and bidi controls', async () => {
        const texts = [
            'Supercalifragilisticexpialidocious'.repeat(4),
            'https://www.un.org/en/about-us/un-charter/full-text/chapter-vii/article-51/and-more-and-more',
            '国際連合憲章は国際の平和及び安全を維持することを目的とする。',
            'السلام عليكم ورحمة الله وبركاته، هذا نص عربي طويل للاختبار',
            'Ǹö̧ ŵȁy̆ c̈ombining marks e\u0301e\u0301e\u0301 and emoji 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀',
            '\u202Eevil\u202C \u2066isolated\u2069 WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
        ];
        const graph = await graphOf(`thesis t "${texts[0]}" {\n${texts.slice(1).map((t, i) => `  objection o${i} "${t}"`).join('\n')}\n}`);
        expect(overflowing(layoutMap(graph))).toEqual([]);
    });
});
