/**
 * A seeded pseudo-random number generator, so every fuzz input can be made again from its seed,
 * kind and index. mulberry32 (Tommy Ettinger's 32-bit generator, public domain): tiny, fast and
 * good enough to pick test inputs; nothing here needs cryptographic randomness.
 */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** The seed of input `index` of `kind` in a run seeded with `seed`: FNV-1a over the three, so neighbours are unrelated. */
    static forInput(seed: number, kind: string, index: number): Random {
        let hash = 0x811c9dc5;
        for (const c of `${seed}/${kind}/${index}`) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193);
        return new Random(hash);
    }

    /** A float in [0, 1). */
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    /** True with probability `p`. */
    chance(p: number): boolean {
        return this.next() < p;
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** Small numbers often, large ones rarely: sizes of lists, depths, repeat counts. */
    small(max: number): number {
        return Math.min(max, Math.floor(-Math.log(1 - this.next()) * 2));
    }

    bytes(length: number): Uint8Array {
        const out = new Uint8Array(length);
        for (let i = 0; i < length; i++) out[i] = Math.floor(this.next() * 256);
        return out;
    }
}
