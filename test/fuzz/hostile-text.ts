import type { Random } from './prng.js';

/**
 * Pieces of text that have broken text-handling code elsewhere: right-to-left and bidi controls,
 * emoji with joiners and skin tones, combining marks, wide and zero-width characters, Unicode
 * spaces and line separators (JavaScript `\s` but not `\n`), markup and format metacharacters
 * (SVG, Markdown, DOT, Mermaid, CSV, JSON), and names of Object.prototype's properties.
 */
export const hostilePieces: readonly string[] = [
    'مرحبا بالعالم', 'שלום עולם', '\u202eevil\u202c', '\u200f', '\u2067isolate\u2069', '\u061c',
    '😀', '👩🏽‍💻', '🏳️‍🌈', '🇺🇳', '👨‍👩‍👧‍👦', '\u{1F9D1}\u200D\u{1F91D}\u200D\u{1F9D1}',
    'e\u0301\u0302\u0303', 'Z\u0336\u0335a\u0337', '漢字かなカナ', 'ｆｕｌｌ', '\u200b', '\u2060', '\ufeff',
    '\u00a0', '\u2028', '\u2029', '\u3000', '\u000b', '\u000c', '\t',
    '<script>alert(1)</script>', '&amp;', ']]>', '<![CDATA[', '"quoted"', "'", '`', '${x}',
    '*bold* _em_ # heading', '| table |', '[link](http://x)', '{{', '}}', '%%', '-->', '<br/>',
    'a,b;c', '=HYPERLINK("x")', '\\', '\\n', '\\"', '\\q', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
    '\u0000', '\u0001', '\u007f', '\ud7ff', '\ue000', '\uffff', '\ufffd', '\u{10ffff}',
];

export function hostilePiece(random: Random): string {
    return random.pick(hostilePieces);
}

const plainWords = ['states', 'security', 'the', 'council', 'war', 'peace', 'institutions', 'a', 'of', 'veto', 'power', 'balance', 'trade'];

/** A phrase of a few words, often with a hostile piece in it. */
export function phrase(random: Random, maxWords = 12): string {
    const words: string[] = [];
    const n = random.int(0, maxWords);
    for (let i = 0; i < n; i++) words.push(random.chance(0.2) ? hostilePiece(random) : random.pick(plainWords));
    return words.join(random.chance(0.9) ? ' ' : random.pick(['  ', '\n', '\r\n', '\r', '\t', '\u00a0']));
}
