/**
 * "Did you mean ...?" for names typed slightly wrong: a wrong case, `_` for `-`, a letter too many
 * or too few, or only the start of a longer name.
 */

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

export interface ClosestOptions {
    /** How names are compared (e.g. case and `_` ignored); the candidates are returned as written. */
    normalise?: (name: string) => string;
    /** At most this many candidates. */
    limit?: number;
    /** Also return candidates that are not close, the nearest first (for short lists such as the scheme catalogue). */
    always?: boolean;
}

export interface Candidate {
    name: string;
    /** Close enough to be the likely intent: a typo, or the start of the name. */
    close: boolean;
}

/** The candidates nearest to `typed`, nearest first (ties keep the candidates' order); never `typed` itself. */
export function closestNames(typed: string, candidates: Iterable<string>, options: ClosestOptions = {}): Candidate[] {
    const normalise = options.normalise ?? (n => n);
    const wanted = normalise(typed);
    const scored: Array<{ name: string; score: number; close: boolean }> = [];
    for (const name of new Set(candidates)) {
        if (name === typed) continue;
        const candidate = normalise(name);
        const distance = editDistance(wanted, candidate);
        // The start of a longer name (`orphan` for `orphan-statement`) counts as nearly exact.
        const prefix = wanted.length >= 3 && candidate.startsWith(wanted);
        const score = prefix ? Math.min(distance, 0.5) : distance;
        const close = prefix || distance <= Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 4));
        if (close || options.always) scored.push({ name, score, close });
    }
    // A stable sort keeps the candidates' own order among equals.
    scored.sort((a, b) => a.score - b.score);
    return scored.slice(0, options.limit ?? 3).map(({ name, close }) => ({ name, close }));
}
