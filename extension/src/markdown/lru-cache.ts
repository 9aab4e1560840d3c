/**
 * A small least-recently-used cache. The Markdown preview renders the whole document again after
 * each keystroke; blocks that did not change come from here instead of being drawn again.
 */
export class LruCache<K, V> {
    // A Map iterates in insertion order: re-inserting on each hit keeps the oldest entry first.
    private readonly entries = new Map<K, V>();

    constructor(private readonly capacity: number) { }

    get(key: K): V | undefined {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }

    set(key: K, value: V): void {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    }

    get size(): number {
        return this.entries.size;
    }
}
