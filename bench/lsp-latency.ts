/**
 * Editor latency through the real language server over stdio (as VS Code talks to it): keystroke
 * (didChange) → published diagnostics, and completion, in generated maps of about 1,000 and 10,000
 * statements (the 1,000 of the editor issue, the 10,000 of the performance issue). Prints p50/p95 of many edits after a warm-up, and the server's resident memory.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateMap } from './generate.js';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function measure(targetStatements: number, edits: number) {
    const server = spawn(process.execPath, [path.resolve(__dirname, '../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
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
    const rssMB = Number(readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    connection.dispose();
    server.kill();
    return { lines, statements, openMs, keystroke, completion, rssMB };
}

async function main() {
    console.log(`Language server over stdio, Node ${process.version}; one keystroke = one didChange, waiting for its diagnostics.`);
    console.log('lines   statements  open+check  keystroke→diagnostics p50 / p95   completion p50 / p95   server RSS');
    for (const [statements, edits] of [[1_000, 40], [10_000, 20]] as const) {
        const r = await measure(statements, edits);
        console.log(`${String(r.lines).padEnd(7)} ${String(r.statements).padEnd(11)} ${r.openMs.toFixed(0).padStart(7)} ms   `
            + `${percentile(r.keystroke, 0.5).toFixed(0).padStart(8)} ms / ${percentile(r.keystroke, 0.95).toFixed(0)} ms`.padEnd(34)
            + `${percentile(r.completion, 0.5).toFixed(0).padStart(6)} ms / ${percentile(r.completion, 0.95).toFixed(0)} ms`.padEnd(24)
            + `${r.rssMB.toFixed(0)} MB`);
    }
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
