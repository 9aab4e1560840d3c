import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../extension/src/markdown/lru-cache.js';

describe('LruCache', () => {
    it('keeps the most recently used entries and drops the oldest beyond its capacity', () => {
        const cache = new LruCache<string, number>(2);
        cache.set('a', 1);
        cache.set('b', 2);
        expect(cache.get('a')).toBe(1); // a is now the most recent
        cache.set('c', 3); // drops b
        expect(cache.get('b')).toBeUndefined();
        expect(cache.get('a')).toBe(1);
        expect(cache.get('c')).toBe(3);
        expect(cache.size).toBe(2);
    });

    it('replaces the value of a key set again, without growing', () => {
        const cache = new LruCache<string, number>(2);
        cache.set('a', 1);
        cache.set('a', 2);
        expect(cache.get('a')).toBe(2);
        expect(cache.size).toBe(1);
    });
});
