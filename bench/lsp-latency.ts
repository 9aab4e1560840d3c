/**
 * Editor latency through the real language server over stdio (as VS Code talks to it): keystroke
 * (didChange) → published diagnostics, and completion, in generated maps of about 1,000 and 10,000
 * statements (the 1,000 of the editor issue, the 10,000 of the performance issue). Prints p50/p95 of
 * many edits after a warm-up, and the server's memory: the V8 heap in use after opening the map
 * (after a full garbage collection) and again after the edits, and the resident set.
 *
 * The server is out/cli.cjs as `argmap lsp --stdio` runs it, started through lsp-heap-server.cjs
 * with `node --expose-gc`: on SIGUSR2 that collects garbage and reports the heap on fd 3.
 * Merges its rows into bench/results.json (results.ts): `lsp-open`, `lsp-keystroke`, `lsp-completion`
 * (argmap_ms = p50, argmap_p95_ms) and `lsp-heap` (heap_mb after opening, heap_after_edits_mb, rss_mb).
 */
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateMap } from './generate.js';
import { machine, mergeResults, percentile, round1, type ResultRow } from './results.js';

interface Memory { heapUsed: number; rss: number; gc: boolean }

async function measure(targetStatements: number, edits: number) {
    const server = spawn(process.execPath, ['--expose-gc', path.resolve(__dirname, '../lsp-heap-server.cjs')], { stdio: ['pipe', 'pipe', 'inherit', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const memoryReports = createInterface({ input: server.stdio[3] as Readable });
    let memoryWaiting: ((memory: Memory) => void) | undefined;
    memoryReports.on('line', line => memoryWaiting?.(JSON.parse(line) as Memory));
    /** The server's heap after a full collection (it collects when idle, between messages). */
    const memory = () => new Promise<Memory>(resolve => {
        memoryWaiting = resolve;
        server.kill('SIGUSR2');
    });
    const uri = pathToFileURL('/bench/map.argmap').toString();
    let waiting: ((version: number) => void) | undefined;
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => {
        if (params.uri === uri) waiting?.(params.version ?? -1);
    });
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    connection.sendNotification('initialized', {});

    // The generator writes about 0.47 statements per line.
    const { text, lines } = generateMap(Math.round(targetStatements / 0.47), 7);
    const statements = (text.match(/^\s*(thesis|claim|evidence|objection|rebuttal)\b/gm) ?? []).length;
    const published = () => new Promise<void>(resolve => { waiting = () => resolve(); });
    let version = 1;
    const opened = published();
    const t0 = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'argmap', version, text } });
    await opened;
    const openMs = performance.now() - t0;
    const afterOpen = await memory();

    // Type one character at a time into a statement's text in the middle of the file.
    const docLines = text.split('\n');
    const middle = docLines.findIndex((l, i) => i > docLines.length / 2 && /^\s+claim p\d+ "/.test(l));
    const column = docLines[middle].indexOf('"') + 1;
    const keystroke: number[] = [];
    for (let i = 0; i < edits; i++) {
        const done = published();
        const start = performance.now();
        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges: [{ range: { start: { line: middle, character: column }, end: { line: middle, character: column } }, text: 'x' }],
        });
        await done;
        if (i >= 3) keystroke.push(performance.now() - start);
    }
    const completion: number[] = [];
    for (let i = 0; i < Math.min(edits, 30); i++) {
        const start = performance.now();
        await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: middle + 1, character: 4 } });
        if (i >= 3) completion.push(performance.now() - start);
    }
    const afterEdits = await memory();
    connection.dispose();
    memoryReports.close();
    server.kill();
    if (!afterOpen.gc) throw new Error('the server did not run with --expose-gc: its heap would include garbage');
    return { lines, statements, openMs, keystroke, completion, heapOpenMB: afterOpen.heapUsed / 1e6, heapEditsMB: afterEdits.heapUsed / 1e6, rssMB: afterEdits.rss / 1e6 };
}

async function main() {
    console.log(`Language server over stdio, Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')}; one keystroke = one didChange, waiting for its diagnostics.`);
    console.log('Heap: V8 heap in use after a full garbage collection, once the map is open and checked, then after the edits; RSS at the end.');
    console.log('lines   statements  open+check  keystroke→diagnostics p50 / p95   completion p50 / p95   heap open / after edits   server RSS');
    const rows: ResultRow[] = [];
    // BENCH_LSP_SIZES: statement counts (default 1000,10000; 25000 is a 50,000-line file); fewer edits in bigger files.
    const sizes = (process.env.BENCH_LSP_SIZES ?? '1000,10000').split(',').map(Number);
    for (const [size, edits] of sizes.map(size => [size, size <= 1_000 ? 40 : size <= 10_000 ? 20 : 10] as const)) {
        const r = await measure(size, edits);
        console.log(`${String(r.lines).padEnd(7)} ${String(r.statements).padEnd(11)} ${r.openMs.toFixed(0).padStart(7)} ms   `
            + `${percentile(r.keystroke, 0.5).toFixed(0).padStart(8)} ms / ${percentile(r.keystroke, 0.95).toFixed(0)} ms`.padEnd(34)
            + `${percentile(r.completion, 0.5).toFixed(0).padStart(6)} ms / ${percentile(r.completion, 0.95).toFixed(0)} ms`.padEnd(24)
            + `${r.heapOpenMB.toFixed(0).padStart(5)} MB / ${r.heapEditsMB.toFixed(0)} MB`.padEnd(26)
            + `${r.rssMB.toFixed(0)} MB`);
        const common = { size, shape: 'generated', statements: r.statements, lines: r.lines, argdown_ms: null, ratio: null, machine: machine() };
        const latency = (pipeline: string, values: number[]) => ({
            pipeline, ...common, argmap_ms: round1(percentile(values, 0.5)), argmap_p95_ms: round1(percentile(values, 0.95)), runs: values.length,
        });
        rows.push(
            { pipeline: 'lsp-open', ...common, argmap_ms: round1(r.openMs), runs: 1 },
            latency('lsp-keystroke', r.keystroke),
            latency('lsp-completion', r.completion),
            { pipeline: 'lsp-heap', ...common, argmap_ms: null, heap_mb: round1(r.heapOpenMB), heap_after_edits_mb: round1(r.heapEditsMB), rss_mb: round1(r.rssMB) },
        );
    }
    console.log(`\nMerged ${rows.length} rows into ${mergeResults(rows)}. Load average now ${os.loadavg().map(l => l.toFixed(2)).join(' ')}.`);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
