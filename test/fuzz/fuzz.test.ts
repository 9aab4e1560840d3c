import { describe, expect, it } from 'vitest';
import { fuzzKinds } from './fuzz-kinds.js';

/**
 * The fast, seeded subset of the fuzzer (`npm run fuzz` is the long run): a few dozen inputs of
 * each kind, the same every time, and the extreme inputs that matter most (10,000 levels of
 * nesting, 1 MB strings, 10,000-long chains). Each must come through every stage without an
 * exception, a console message or a broken oracle (fuzz-kinds.ts, the pipelines). Nothing here is
 * timed: the test timeout is only a watchdog against a hang, generous for a loaded machine.
 */
const seed = 20_251_123;

describe('fuzz (fast seeded subset; npm run fuzz runs thousands)', () => {
    it.each(fuzzKinds.map(kind => [kind.name, kind] as const))('%s: every input comes through', async (_, kind) => {
        const failures: string[] = [];
        for (const index of kind.quick) {
            const input = kind.input(seed, index);
            const result = await kind.run(input.bytes, index);
            if (!result.ok) {
                failures.push(`#${index} (${input.label}) at ${result.stage}: ${result.error}\n  again: npm run fuzz -- --seed ${seed} --kind ${kind.name} --index ${index}`);
            }
        }
        expect(failures).toEqual([]);
    }, 300_000);
});
