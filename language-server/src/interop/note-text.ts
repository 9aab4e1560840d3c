/** The wording of the one-line notes importers print (what was left out of an import). */

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `1 link`, `2 links`; `plural` for words that don't just take an `s`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
    return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * An id or type from the input as a note or problem line names it: as it is when it is one plain
 * word, else quoted as JSON with every control, format and line-separator character escaped. AIF
 * ids and types are any strings (`"a\nb"`, `""`, a right-to-left override), and each problem or
 * note is one line that reads as it was meant (found by the fuzzer, test/fuzz/).
 */
export function shown(value: string): string {
    if (/^[^\s"\\\p{C}]+$/u.test(value)) return value;
    return JSON.stringify(value).replace(/[\p{C}\p{Zl}\p{Zp}]/gu, c => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
