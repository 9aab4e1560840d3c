// Not a benchmark of its own: the language server as `argmap lsp --stdio` runs it (out/cli.cjs,
// unchanged), for bench/lsp-latency.ts, which starts it with `node --expose-gc` and stdio fd 3 as a
// pipe. On SIGUSR2 it collects garbage and writes one JSON line to fd 3: the V8 heap in use and the
// resident set, in bytes. Nothing else differs from the shipped server.
const { writeSync } = require('node:fs');
const path = require('node:path');

process.on('SIGUSR2', () => {
    global.gc?.();
    const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage();
    writeSync(3, JSON.stringify({ heapUsed, heapTotal, rss, external, arrayBuffers, gc: typeof global.gc === 'function' }) + '\n');
});
process.argv.splice(2, Infinity, 'lsp', '--stdio');
require(path.resolve(__dirname, '../out/cli.cjs'));
