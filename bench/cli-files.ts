/**
 * `npm run bench -- cli-files`: an instructor's check of a whole class, `argmap check --format json
 * DIR` as a whole process (node out/cli.cjs, the bundle `npm run bench` builds first), on a folder of
 * 1,000 student maps of about 60 statements each (`students-generate.ts`: seeded, with the warnings
 * and errors students make; one student in fifty imports a sources file), written into a temporary
 * folder. Once with `--jobs 1`, once per thread count in BENCH_JOBS (default 2: this machine's two
 * cores), in turn, after a warm-up of each; the outputs must be identical, byte for byte.
 * Wall clock and the CPU time of the whole process (all its threads).
 * Env: BENCH_FILES (1000), BENCH_RUNS (3), BENCH_JOBS (2; a list: `2,4`).
 * Merges `cli-files` rows (one per thread count, field `jobs`) into bench/results.json (results.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childrenCpuMs, machine, median, mergeResults, round1, type ResultRow } from './results.js';
import { generateStudentFiles } from './students-generate.js';

const FILES = Number(process.env.BENCH_FILES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const JOBS = [1, ...(process.env.BENCH_JOBS ?? '2').split(',').map(Number).filter(n => n > 1)];
const SEED = 2024;
const cli = path.resolve(__dirname, '../../out/cli.cjs'); // this file runs bundled from bench/out/

function run(dir: string, jobs: number) {
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--jobs', String(jobs), 'class'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    const cpu1 = childrenCpuMs();
    if (result.status !== 0 && result.status !== 1) throw new Error(`argmap check --jobs ${jobs} failed (exit ${result.status}): ${result.stderr}`);
    return { ms, cpuMs: cpu0 === null || cpu1 === null ? NaN : cpu1 - cpu0, status: result.status, stdout: result.stdout };
}

function main() {
    const files = generateStudentFiles(FILES, SEED);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'argmap-class-'));
    try {
        for (const file of files) {
            mkdirSync(path.dirname(path.join(dir, 'class', file.path)), { recursive: true });
            writeFileSync(path.join(dir, 'class', file.path), file.text);
        }
        const students = files.filter(f => f.statements > 0);
        const statements = files.reduce((n, f) => n + f.statements, 0);
        const lines = files.reduce((n, f) => n + f.text.split('\n').length - 1, 0);
        const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
        console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')} (1, 5, 15 min).`);
        console.log(`A class folder: ${students.length} student maps (seed ${SEED}) and ${files.length - students.length} sources files they import, ${files.length} files in all:`);
        console.log(`${statements.toLocaleString('en-US')} statements (${Math.round(statements / students.length)} per map), ${lines.toLocaleString('en-US')} lines, ${(bytes / 1e6).toFixed(1)} MB.`);
        console.log(`argmap check --format json --jobs N class: a warm-up each, then ${RUNS} runs each, in turn; medians.\n`);

        for (const jobs of JOBS) run(dir, jobs);
        const samples = new Map(JOBS.map(jobs => [jobs, [] as Array<ReturnType<typeof run>>]));
        for (let i = 0; i < RUNS; i++) for (const jobs of JOBS) samples.get(jobs)!.push(run(dir, jobs));

        const reference = samples.get(1)![0];
        for (const [jobs, runs] of samples) {
            for (const r of runs) {
                if (r.stdout !== reference.stdout || r.status !== reference.status) throw new Error(`--jobs ${jobs} printed something else than --jobs 1`);
            }
        }
        const diagnostics = JSON.parse(reference.stdout) as Array<{ file: string; severity: string }>;
        const count = (severity: string) => diagnostics.filter(d => d.severity === severity).length;
        const failing = new Set(diagnostics.filter(d => d.severity === 'error').map(d => d.file)).size;
        console.log(`Output (the same for every N): ${diagnostics.length.toLocaleString('en-US')} diagnostics, ${count('error')} errors in ${failing} files, `
            + `${count('warning').toLocaleString('en-US')} warnings, ${count('info').toLocaleString('en-US')} infos, ${count('hint')} hints; exit ${reference.status}.\n`);

        console.log('  threads   wall clock   CPU (all threads)   speed-up');
        const one = median(samples.get(1)!.map(r => r.ms));
        const rows: ResultRow[] = [];
        for (const [jobs, runs] of samples) {
            const ms = median(runs.map(r => r.ms));
            const cpuMs = median(runs.map(r => r.cpuMs));
            console.log(`  ${String(jobs).padStart(7)}   ${`${(ms / 1000).toFixed(2)} s`.padStart(10)}   ${Number.isNaN(cpuMs) ? '-'.padStart(17) : `${(cpuMs / 1000).toFixed(2)} s`.padStart(17)}   ${(one / ms).toFixed(2).padStart(8)}`);
            rows.push({
                pipeline: 'cli-files', size: students.length, shape: 'students', jobs, files: files.length, statements, lines, bytes,
                argmap_ms: round1(ms), argmap_cpu_ms: Number.isNaN(cpuMs) ? null : round1(cpuMs), argmap_runs: runs.length,
                argdown_ms: null, ratio: null, speedup: Number((one / ms).toFixed(3)), machine: machine(),
            });
        }
        console.log(`\nMerged ${rows.length} rows into ${mergeResults(rows)}. Load average now ${os.loadavg().map(l => l.toFixed(2)).join(' ')}.`);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

main();
