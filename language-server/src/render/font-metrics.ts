/**
 * Text measurement without a DOM: the advance widths of DejaVu Sans (font-widths.ts, generated from
 * the TTF by tools/font-widths.mjs). Every writer draws with that font and with kerning and
 * ligatures off (see theme.ts), so a line is exactly as wide as the sum of its characters' advances,
 * in Node, in resvg and in the webview alike.
 */
import { advanceWidths, ascent, descent, fontFamily, unitsPerEm } from './font-widths.js';

export { fontFamily };

/** Height above and below the baseline, as a share of the font size. */
export const fontAscent = ascent / unitsPerEm;
export const fontDescent = -descent / unitsPerEm;

/** Advance widths of the Basic Multilingual Plane by code unit (-1: not in the font), and the rest by code point. */
let bmp: Int16Array | undefined;
const astral = new Map<number, number>();

function widths(): Int16Array {
    if (bmp) return bmp;
    bmp = new Int16Array(0x10000).fill(-1);
    for (const run of advanceWidths.split(';')) {
        const colon = run.indexOf(':');
        let cp = parseInt(run.substring(0, colon), 36);
        for (const w of run.substring(colon + 1).split(',')) {
            if (cp < 0x10000) bmp[cp] = parseInt(w, 36); else astral.set(cp, parseInt(w, 36));
            cp++;
        }
    }
    return bmp;
}

/**
 * Characters drawn with no width whatever the font: format characters (bidi controls, zero-width
 * joiners), variation selectors, tags. The font maps some of them; the rest would otherwise count
 * as unknown.
 */
function isDefaultIgnorable(cp: number): boolean {
    return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f)
        || cp === 0xfeff || cp === 0xad || cp === 0x34f || (cp >= 0xfe00 && cp <= 0xfe0f)
        || (cp >= 0xe0000 && cp <= 0xe0fff) || cp === 0x61c || (cp >= 0x180b && cp <= 0x180f);
}

/**
 * A character the font lacks (CJK, emoji) is drawn by some fallback font or as a box; count it as
 * one em, which is what such glyphs usually take, so a line errs on the wide side.
 */
export function advance(cp: number): number {
    const w = cp < 0x10000 ? widths()[cp] : (widths(), astral.get(cp) ?? -1);
    if (w >= 0) return w;
    return isDefaultIgnorable(cp) ? 0 : unitsPerEm;
}

/** Width in pixels of `text` drawn at `size` px. */
export function measureText(text: string, size: number): number {
    const table = widths();
    let units = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        const w = table[unit];
        if (w >= 0 && (unit < 0xd800 || unit > 0xdfff)) {
            units += w;
            continue;
        }
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        units += advance(cp);
    }
    return units * size / unitsPerEm;
}

/** Whether the font has a glyph for the character. */
export function hasGlyph(cp: number): boolean {
    return cp < 0x10000 ? widths()[cp] >= 0 : (widths(), astral.has(cp));
}

/**
 * The characters of `texts` the font has no glyph for, each once, in order of appearance. PNG export
 * uses only the bundled font (the same picture on every machine), so these show there as boxes.
 */
export function missingGlyphs(texts: Iterable<string>): string[] {
    const missing = new Set<string>();
    for (const text of texts) {
        for (const char of text) {
            const cp = char.codePointAt(0)!;
            if (!hasGlyph(cp) && !isDefaultIgnorable(cp) && cp >= 0x20) missing.add(char);
        }
    }
    return [...missing];
}
