/**
 * Line breaking for box texts, measured with the bundled font's advance widths (font-metrics.ts):
 * greedy, at spaces and kept line breaks (`\n` in a string); a word wider than the line is cut
 * between characters. Deterministic and DOM-free.
 */
import { measureText } from './font-metrics.js';

/** A statement longer than this many lines is cut, its last line ending in an ellipsis. */
export const maxLines = 30;

const ELLIPSIS = '\u2026';

/**
 * Text as every writer can show it: characters XML 1.0 forbids (C0 controls other than tab and line
 * breaks, U+FFFE, U+FFFF, lone surrogates) become U+FFFD, tabs and carriage returns become spaces.
 * Everything else, markup-like text and bidi controls included, stays as written: writers escape it.
 */
export function cleanText(text: string): string {
    if (!unclean.test(text)) return text;
    return text
        .replace(/[\t\r]/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// eslint-disable-next-line no-control-regex
const unclean = /[\t\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Breaks `text` into lines no wider than `maxWidth` px at `size` px. An empty text has no lines. */
export function wrapText(text: string, maxWidth: number, size: number, limit = maxLines): string[] {
    const lines: string[] = [];
    const space = measureText(' ', size);
    for (const paragraph of cleanText(text).split('\n')) {
        if (lines.length > limit) break;
        let line = '';
        let width = 0;
        for (const word of paragraph.split(' ')) {
            if (word === '') continue;
            const w = measureText(word, size);
            if (line !== '' && width + space + w <= maxWidth) {
                line += ' ' + word;
                width += space + w;
                continue;
            }
            if (line !== '') lines.push(line);
            if (w <= maxWidth) {
                line = word;
                width = w;
                continue;
            }
            // A word longer than the line (a URL, a long name): cut it between characters.
            const pieces = breakWord(word, maxWidth, size);
            lines.push(...pieces.slice(0, -1));
            line = pieces[pieces.length - 1];
            width = measureText(line, size);
        }
        // An empty paragraph (two kept line breaks in a row) keeps its blank line.
        lines.push(line);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    while (lines.length > 0 && lines[0] === '') lines.shift();
    if (lines.length > limit) {
        lines.length = limit;
        lines[limit - 1] = truncateText(lines[limit - 1] + ELLIPSIS, maxWidth, size);
    }
    return lines;
}

/** Cuts a word into pieces that each fit; never splits a character from the zero-width marks after it. */
function breakWord(word: string, maxWidth: number, size: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    let width = 0;
    for (const ch of word) {
        const w = measureText(ch, size);
        if (piece !== '' && width + w > maxWidth && w > 0) {
            pieces.push(piece);
            piece = '';
            width = 0;
        }
        piece += ch;
        width += w;
    }
    pieces.push(piece);
    return pieces;
}

/** `text` if it fits in `maxWidth`, else its longest start that fits, with an ellipsis. */
export function truncateText(text: string, maxWidth: number, size: number): string {
    if (measureText(text, size) <= maxWidth) return text;
    const chars = [...text];
    if (chars[chars.length - 1] === ELLIPSIS) chars.pop();
    const ellipsis = measureText(ELLIPSIS, size);
    let width = 0;
    let end = 0;
    while (end < chars.length && width + measureText(chars[end], size) + ellipsis <= maxWidth) width += measureText(chars[end++], size);
    return chars.slice(0, end).join('').trimEnd() + ELLIPSIS;
}
