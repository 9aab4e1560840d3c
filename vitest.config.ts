import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/unit/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
        // Generous: the slowest suites load a few hundred files; nothing here is a timing assertion.
        testTimeout: 60_000,
    },
});
