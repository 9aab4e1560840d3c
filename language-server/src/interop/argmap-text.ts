/**
 * Quoted strings and line filling for `.argmap` text written by a program (the printer).
 *
 * A string literal may span lines: each run of raw whitespace in it reads as one space (DESIGN.md,
 * "Strings"). So a long text can be wrapped at any of its spaces without changing its value, and
 * the only characters that need escapes are `"`, `\` and a kept line break (`\n`).
 */

/**
 * The value a string literal can hold closest to `text`: other whitespace than line breaks reads
 * as one space, and spaces at either end are trimmed (a literal can't keep them).
 */
export function printableText(text: string): string {
    return text.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').replace(/^ +| +$/g, '');
}

/**
 * A foreign text (an AIF I-node's, an Argdown statement's) as a statement holds it: line breaks
 * kept, every other run of whitespace one space, the ends trimmed (what the printer writes as it
 * is, so that the parser reads it back).
 */
export function plainText(text: string): string {
    return printableText(text).trim();
}

/** The words of a string literal for `text` (the first opens the quote, the last closes it). */
export function stringWords(text: string): string[] {
    const value = printableText(text);
    if (value === '') return ['""'];
    const words = value.split(' ').map(escape);
    words[0] = `"${words[0]}`;
    words[words.length - 1] = `${words[words.length - 1]}"`;
    return words;
}

/** A string literal on one line. */
export function quote(text: string): string {
    return stringWords(text).join(' ');
}

function escape(word: string): string {
    return word.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * A comment's text as `//` lines of about `width` columns (the printer indents them): broken at
 * spaces, a word longer than a line kept whole.
 */
export function commentLines(text: string, width = lineWidth - 4): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(w => w !== '')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '') lines.push(line);
    return lines;
}

/** A run of words placed together; a breakable unit (a string's words) may wrap between them. */
export interface Unit {
    words: string[];
    breakable?: boolean;
}

/** The width the printer aims for, as the examples are written. */
export const lineWidth = 100;

/**
 * Places units on lines of at most `lineWidth` columns: the first line starts with `indent`,
 * continuation lines one step (two spaces) further, as the formatter keeps them. A string wraps
 * between its words; any other unit that does not fit moves to the next line whole. What fits on
 * no line stays where it is, whole: text is never cut.
 */
export function fillLines(indent: string, units: readonly Unit[]): string[] {
    const continuation = `${indent}  `;
    const lines: string[] = [];
    let line = indent;
    let lineHasWords = false;
    const place = (text: string) => {
        // A new line only helps if the text fits there (deep inside 50 blocks, it may not).
        if (lineHasWords && line.length + 1 + text.length > lineWidth && continuation.length + text.length <= lineWidth) {
            lines.push(line);
            line = continuation;
            lineHasWords = false;
        }
        line += lineHasWords ? ` ${text}` : text;
        lineHasWords = true;
    };
    for (const unit of units) {
        if (unit.breakable) for (const word of unit.words) place(word);
        else place(unit.words.join(' '));
    }
    lines.push(line);
    return lines;
}
