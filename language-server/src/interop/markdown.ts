/**
 * Markdown for the text exports (outline, framings). User text is escaped so that it reads as
 * written: a statement about `*` or `#1` must not turn into emphasis or a heading.
 */

/** Backslash-escapes the characters Markdown would read as syntax (CommonMark's escapable punctuation that matters inline). */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>#|~]/g, char => `\\${char}`);
}

/**
 * A source's `url`: an autolink only for a plain web address (http or https, no spaces or angle
 * brackets), which the reader's viewer opens as it opens any link; anything else (`javascript:`,
 * `command:`, `file:`...) is escaped text: it is not ours to make clickable.
 */
export function webLink(url: string): string {
    return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** A table cell: escaped, and on one line. */
export function tableCell(text: string): string {
    return escapeMarkdown(text.replace(/\s+/g, ' '));
}

export function table(header: string[], rows: string[][]): string {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
