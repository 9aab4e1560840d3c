/** Names the character at an offset so that invisible or confusable ones show as code points. */
export function describeCharacter(text: string, offset: number): string {
    const code = text.codePointAt(offset);
    if (code === undefined) return 'at the end of the file';
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const invisible = code < 0x20 || (code >= 0x7f && code <= 0xa0) || (code >= 0x200b && code <= 0x200f)
        || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff || code === 0xfffd;
    if (code === 0) return `NUL (${hex})`;
    if (code === 0xfffd) return `(${hex}, a byte that was not valid text)`;
    return invisible ? `(${hex})` : `\`${String.fromCodePoint(code)}\` (${hex})`;
}
