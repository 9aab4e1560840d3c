import { hostilePiece } from './hostile-text.js';
import type { Random } from './prng.js';

/**
 * Byte-level mutation of real files (DESIGN.md's "Text" rule is about bytes): each mutator takes
 * the bytes and returns new ones. `mutate` applies one to four of them in a row. They know nothing
 * about the format, only a few bytes that matter to every text format here: braces, quotes,
 * line ends, BOM, NUL, and what is not UTF-8.
 */
type Mutator = (bytes: Uint8Array, random: Random, other: Uint8Array) => Uint8Array;

const encoder = new TextEncoder();

/** Byte sequences that are not UTF-8: a lone continuation byte, 0xff, an overlong slash, an encoded surrogate, a truncated sequence, beyond U+10FFFF. */
const invalidUtf8: readonly number[][] = [[0x80], [0xff], [0xfe], [0xc0, 0xaf], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98]];

function concat(...parts: Uint8Array[]): Uint8Array {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
}

function insertAt(bytes: Uint8Array, at: number, piece: Uint8Array): Uint8Array {
    return concat(bytes.subarray(0, at), piece, bytes.subarray(at));
}

/** A position, often at a line start or just after a quote or brace, where insertions do most harm. */
function position(bytes: Uint8Array, random: Random): number {
    const at = random.int(0, bytes.length);
    if (random.chance(0.5)) return at;
    for (let i = at; i < bytes.length; i++) if ([0x0a, 0x22, 0x7b, 0x7d].includes(bytes[i])) return i + (random.chance(0.5) ? 1 : 0);
    return at;
}

function slice(bytes: Uint8Array, random: Random): [number, number] {
    const start = random.int(0, bytes.length);
    const length = Math.min(bytes.length - start, random.chance(0.8) ? random.int(0, 64) : random.int(0, 4096));
    return [start, start + length];
}

export const mutators: Record<string, Mutator> = {
    truncate: (b, r) => b.subarray(0, r.int(0, b.length)),
    deleteSlice: (b, r) => { const [s, e] = slice(b, r); return concat(b.subarray(0, s), b.subarray(e)); },
    duplicateSlice: (b, r) => { const [s, e] = slice(b, r); return insertAt(b, position(b, r), b.slice(s, e).subarray(0)); },
    repeatWhole: (b, r) => concat(...Array.from({ length: r.int(2, 5) }, () => b)),
    randomBytes: (b, r) => insertAt(b, position(b, r), r.bytes(r.int(1, 32))),
    overwriteBytes: (b, r) => { const out = b.slice(); const n = r.int(1, 16); for (let i = 0; i < n && out.length > 0; i++) out[r.int(0, out.length - 1)] = r.int(0, 255); return out; },
    flipBits: (b, r) => { const out = b.slice(); if (out.length > 0) out[r.int(0, out.length - 1)] ^= 1 << r.int(0, 7); return out; },
    spliceOther: (b, r, other) => { const [s, e] = slice(other, r); return insertAt(b, position(b, r), other.slice(s, e)); },
    bom: (b, r) => insertAt(b, r.chance(0.7) ? 0 : position(b, r), new Uint8Array([0xef, 0xbb, 0xbf])),
    crlf: (b, r) => encoder.encode(new TextDecoder().decode(b).replace(/\r?\n/g, r.pick(['\r\n', '\r', '\n\r', '\r\r\n']))),
    nul: (b, r) => insertAt(b, position(b, r), new Uint8Array(r.chance(0.8) ? [0] : Array.from({ length: r.int(2, 100) }, () => 0))),
    invalidUtf8: (b, r) => insertAt(b, position(b, r), new Uint8Array(r.pick(invalidUtf8))),
    hostileText: (b, r) => insertAt(b, position(b, r), encoder.encode(hostilePiece(r))),
    openBraces: (b, r) => insertAt(b, position(b, r), encoder.encode('{'.repeat(r.chance(0.8) ? r.int(1, 5) : r.int(60, 300)))),
    closeBraces: (b, r) => insertAt(b, position(b, r), encoder.encode('}'.repeat(r.chance(0.8) ? r.int(1, 5) : r.int(60, 300)))),
    quotes: (b, r) => insertAt(b, position(b, r), encoder.encode(r.pick(['"', '"', '""', '\\"', '"""', '\\', '/*', '*/', '//']))),
    dropByteKind: (b, r) => { const kind = r.pick([0x22, 0x7b, 0x7d, 0x0a, 0x20, 0x2c]); return b.filter(x => x !== kind || r.chance(0.5)); },
};

const mutatorNames = Object.keys(mutators);
const maxLength = 1_200_000;

/** One to four mutations, by name (the names go into a failure's report). */
export function mutate(bytes: Uint8Array, random: Random, other: Uint8Array): { bytes: Uint8Array; applied: string[] } {
    let out = bytes;
    const applied: string[] = [];
    const n = random.int(1, 4);
    for (let i = 0; i < n; i++) {
        const name = random.pick(mutatorNames);
        out = mutators[name](out, random, other);
        applied.push(name);
    }
    // Repeated doubling could grow without end; the extreme inputs cover size on purpose.
    return { bytes: out.length > maxLength ? out.subarray(0, maxLength) : out, applied };
}
