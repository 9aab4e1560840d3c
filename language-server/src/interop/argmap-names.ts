/**
 * Names as the `.argmap` language allows them (DESIGN.md, "Names"), for everything that writes
 * `.argmap` text: the printer, and the importers that turn other formats' ids into names.
 */

/** The reserved words: none of them can be a name. A test holds this list to the grammar's keywords. */
export const keywords: ReadonlySet<string> = new Set([
    'map', 'by', 'import', 'source', 'url', 'framing', 'thesis', 'claim', 'evidence', 'objection', 'rebuttal',
    'argument', 'supports', 'attacks', 'undercuts', 'contradicts', 'cite', 'scheme', 'question',
]);

export function isValidName(name: string): boolean {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) && !keywords.has(name);
}

/**
 * DESIGN.md's rule for names made from foreign ids and titles: characters outside `[A-Za-z0-9_-]`
 * become `_`; a leading digit or hyphen, an empty result or a keyword gets a `_` prefix.
 */
export function sanitiseName(raw: string): string {
    const replaced = raw.replace(/[^A-Za-z0-9_-]/g, '_');
    return /^[A-Za-z_]/.test(replaced) && !keywords.has(replaced) ? replaced : `_${replaced}`;
}

/**
 * Hands out names that are unique in one file. A name already given gets `_2`, `_3`, ... (the
 * first free one), so importing the same input twice gives the same names.
 */
export class NameAllocator {
    private readonly taken = new Set<string>();
    /**
     * Per base or stem, the number to try first: every number below it was taken when last asked,
     * and names are never given back, so the first free one lies at or above it. Without it each
     * name counted up from 2 again, and 10,000 elements named alike took seconds to print (found by
     * the fuzzer, test/fuzz/).
     */
    private readonly nextNumber = new Map<string, number>();

    constructor(reserved: Iterable<string> = []) {
        for (const name of reserved) this.taken.add(name);
    }

    has(name: string): boolean {
        return this.taken.has(name);
    }

    /** Takes `name` as it is; false if it was taken already. */
    claim(name: string): boolean {
        if (this.taken.has(name)) return false;
        this.taken.add(name);
        return true;
    }

    /** `raw` sanitised, with a `_N` suffix if that is taken. */
    allocate(raw: string): string {
        const base = sanitiseName(raw);
        if (!this.taken.has(base)) {
            this.taken.add(base);
            return base;
        }
        return this.numbered(`${base}_`, 2);
    }

    /** A fresh name `<stem>1`, `<stem>2`, ... (for an element that has none but must be referred to). */
    fresh(stem: string): string {
        return this.numbered(stem, 1);
    }

    /** `<prefix>N` for the first N from `first` on that is free. */
    private numbered(prefix: string, first: number): string {
        let n = this.nextNumber.get(prefix) ?? first;
        while (this.taken.has(`${prefix}${n}`)) n++;
        const name = `${prefix}${n}`;
        this.taken.add(name);
        this.nextNumber.set(prefix, n + 1);
        return name;
    }
}
