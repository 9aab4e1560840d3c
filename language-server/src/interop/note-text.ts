/** The wording of the one-line notes importers print (what was left out of an import). */

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `1 link`, `2 links`; `plural` for words that don't just take an `s`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
    return `${n} ${n === 1 ? singular : plural}`;
}
