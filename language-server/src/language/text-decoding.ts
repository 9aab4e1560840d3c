import type { Position } from 'vscode-languageserver-types';

export interface DecodedText {
    /** The text without a leading BOM; invalid bytes become U+FFFD. */
    text: string;
    /** Where the first invalid UTF-8 byte is, in the decoded text's positions; undefined when the bytes are valid. */
    invalidAt?: Position;
}

/** Decodes a file's bytes as DESIGN.md says: UTF-8, a leading BOM ignored, invalid UTF-8 one `syntax` error at the first bad byte. */
export function decodeArgmapText(bytes: Uint8Array): DecodedText {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const bad = firstInvalidByte(body);
    if (bad < 0) return { text };
    const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, bad));
    return { text, invalidAt: endPosition(prefix) };
}

/** The index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let length: number, min: number;
        if (b < 0x80) { i++; continue; }
        if (b >= 0xc2 && b <= 0xdf) { length = 2; min = 0x80; }
        else if (b >= 0xe0 && b <= 0xef) { length = 3; min = 0x800; }
        else if (b >= 0xf0 && b <= 0xf4) { length = 4; min = 0x10000; }
        else return i;
        if (i + length > bytes.length) return i;
        let code = b & (0xff >> (length + 1));
        for (let k = 1; k < length; k++) {
            const c = bytes[i + k];
            if ((c & 0xc0) !== 0x80) return i;
            code = (code << 6) | (c & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
        i += length;
    }
    return -1;
}

/** The position just after a text: LF, CRLF and a lone CR each end a line; columns in UTF-16 code units. */
export function endPosition(text: string): Position {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; }
    }
    return { line, character: text.length - lineStart };
}
