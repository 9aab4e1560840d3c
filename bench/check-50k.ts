/**
 * `npm run bench`: generates a 50,000-line map and measures parsing, linking and checking it with
 * the same services the CLI and the language server use, then the whole `argmap check` process.
 * Reports medians of several runs after a warm-up, and the heap after one build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createArgmapServices } from '../language-server/src/language/argmap-module.js';
import { generateMap } from './generate.js';

const lines = Number(process.env.BENCH_LINES ?? 50_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measureOnce(text: string) {
    const { shared } = createArgmapServices(EmptyFileSystem);
    const marks: Record<string, number> = {};
    const builder = shared.workspace.DocumentBuilder;
    for (const [state, name] of [[DocumentState.Linked, 'linked'], [DocumentState.Validated, 'validated']] as const) {
        builder.onBuildPhase(state, () => { marks[name] = performance.now(); });
    }
    const start = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///bench/map.argmap'));
    shared.workspace.LangiumDocuments.addDocument(document);
    const parsed = performance.now();
    await builder.build([document], { validation: true });
    const end = performance.now();
    return {
        parse: parsed - start,
        link: marks.linked - parsed,
        check: marks.validated - marks.linked,
        total: end - start,
        diagnostics: document.diagnostics?.length ?? 0,
        keep: document,
    };
}

async function main() {
    const map = generateMap(lines, 42);
    const sizeMB = Buffer.byteLength(map.text) / 1e6;
    console.log(`Generated map: ${map.lines} lines, ${sizeMB.toFixed(1)} MB (seed 42). Node ${process.version}.`);
    await measureOnce(map.text); // warm-up
    const samples: Array<Awaited<ReturnType<typeof measureOnce>>> = [];
    for (let i = 0; i < runs; i++) samples.push(await measureOnce(map.text));

    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const kept = await measureOnce(map.text);
    global.gc?.();
    const heapMB = (process.memoryUsage().heapUsed - before) / 1e6;

    const table = (['parse', 'link', 'check', 'total'] as const).map(k => [k, median(samples.map(s => s[k]))] as const);
    console.log(`\nIn-process (median of ${runs} after a warm-up):`);
    for (const [k, ms] of table) console.log(`  ${k.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms`);
    console.log(`  heap   ${heapMB.toFixed(0).padStart(6)} MB held by one built document (${(heapMB / sizeMB).toFixed(0)}x the text)${global.gc ? '' : ' (run with --expose-gc for an exact figure)'}`);
    console.log(`  diagnostics: ${kept.diagnostics}`);

    const dir = mkdtempSync(path.join(tmpdir(), 'argmap-bench-'));
    const file = path.join(dir, 'map.argmap');
    writeFileSync(file, map.text);
    const cli = path.resolve(__dirname, '../../out/cli.cjs'); // this file runs bundled from bench/out/
    const wall: number[] = [];
    for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
        const t = performance.now();
        const r = spawnSync(process.execPath, [cli, 'check', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
        wall.push(performance.now() - t);
        if (r.status !== 0 && r.status !== 1) throw new Error(`argmap check failed (${r.status}): ${r.stderr}`);
    }
    console.log(`\nWhole process: argmap check map.argmap (median of ${wall.length}): ${median(wall).toFixed(0)} ms`);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
