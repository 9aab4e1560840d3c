/**
 * The live map's latency through the real language server over stdio, as the VS Code client sees
 * it: keystroke (didChange) → `argmap/mapChanged` (the document is checked) → `argmap/map` answered
 * (graph, layout, JSON), in generated maps of about 100, 500 and 2,000 statements. The webview's
 * drawing is on top of this (measured by the UI test, test/e2e/map.test.mjs, in code-server).
 * Merges a `map-latency` row per size into bench/results.json (results.ts): argmap_ms and
 * argmap_p95_ms are keystroke → map answered, beside keystroke → mapChanged, the request alone and
 * the cached answer.
 */
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { MapRequests } from '../language-server/src/protocol.js';
import { generateMap } from './generate.js';
import { machine, mergeResults, percentile, round1, type ResultRow } from './results.js';

async function measure(targetStatements: number, edits: number) {
    const server = spawn(process.execPath, [path.resolve(__dirname, '../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const uri = pathToFileURL('/bench/map.argmap').toString();
    let waiting: ((version: number) => void) | undefined;
    connection.onNotification(MapRequests.mapChanged, (params: MapRequests.MapChangedParams) => {
        if (params.uri === uri) waiting?.(params.version);
    });
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    connection.sendNotification('initialized', {});

    const { text } = generateMap(Math.round(targetStatements / 0.47), 11);
    const statements = (text.match(/^\s*(thesis|claim|evidence|objection|rebuttal)\b/gm) ?? []).length;
    const changed = (version: number) => new Promise<void>(resolve => { waiting = v => { if (v === version) resolve(); }; });
    let version = 1;
    const opened = changed(version);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'argmap', version, text } });
    await opened;
    const params: MapRequests.MapParams = { textDocument: { uri } };
    const first = await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, params);
    const nodes = first.scene?.nodes.length ?? 0;
    const bytes = JSON.stringify(first).length;

    const lines = text.split('\n');
    const middle = lines.findIndex((l, i) => i > lines.length / 2 && /^\s+claim p\d+ "/.test(l));
    const column = lines[middle].indexOf('"') + 1;
    const toChanged: number[] = [];
    const toMap: number[] = [];
    const request: number[] = [];
    for (let i = 0; i < edits; i++) {
        const done = changed(++version);
        const start = performance.now();
        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: { line: middle, character: column }, end: { line: middle, character: column } }, text: 'x' }],
        });
        await done;
        const checked = performance.now();
        const map = await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, params);
        if (map.version !== version) throw new Error(`map of version ${map.version}, expected ${version}`);
        if (i >= 3) {
            toChanged.push(checked - start);
            toMap.push(performance.now() - start);
            request.push(performance.now() - checked);
        }
    }
    // The same version again: the cached layout.
    const cachedStart = performance.now();
    await connection.sendRequest<MapRequests.MapResult>(MapRequests.map, params);
    const cached = performance.now() - cachedStart;
    connection.dispose();
    server.kill();
    return { statements, nodes, bytes, toChanged, toMap, request, cached };
}

async function main() {
    console.log(`Map latency through the language server over stdio, Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')}; one keystroke = one didChange.`);
    const rows: ResultRow[] = [];
    console.log('statements  scene nodes  JSON      keystroke→mapChanged p50/p95   →map answered p50/p95   request alone p50   cached');
    for (const [statements, edits] of [[100, 30], [500, 30], [2_000, 15]] as const) {
        const r = await measure(statements, edits);
        const ms = (values: number[]) => `${percentile(values, 0.5).toFixed(0)} / ${percentile(values, 0.95).toFixed(0)} ms`;
        console.log(`${String(r.statements).padEnd(11)} ${String(r.nodes).padEnd(12)} ${`${(r.bytes / 1024).toFixed(0)} KB`.padEnd(9)} `
            + `${ms(r.toChanged).padEnd(30)} ${ms(r.toMap).padEnd(23)} ${`${percentile(r.request, 0.5).toFixed(0)} ms`.padEnd(19)} ${r.cached.toFixed(1)} ms`);
        rows.push({
            pipeline: 'map-latency', size: statements, shape: 'generated', statements: r.statements, scene_nodes: r.nodes, json_kb: Math.round(r.bytes / 1024),
            argmap_ms: round1(percentile(r.toMap, 0.5)), argmap_p95_ms: round1(percentile(r.toMap, 0.95)),
            to_map_changed_ms: round1(percentile(r.toChanged, 0.5)), to_map_changed_p95_ms: round1(percentile(r.toChanged, 0.95)),
            request_ms: round1(percentile(r.request, 0.5)), cached_ms: round1(r.cached), runs: r.toMap.length,
            argdown_ms: null, ratio: null, machine: machine(),
        });
    }
    console.log(`\nMerged ${rows.length} rows into ${mergeResults(rows)}. Load average now ${os.loadavg().map(l => l.toFixed(2)).join(' ')}.`);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
