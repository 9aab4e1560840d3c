/**
 * bench/results.json: one array of rows that several benchmarks write (vs-argdown, cli-files,
 * lsp-latency, map-latency, render). Every row has `pipeline`, `size`, `shape`, `argmap_ms`,
 * `argdown_ms` and `ratio` (Argmap / Argdown; the last two null where Argdown has no counterpart),
 * plus fields of its own. A benchmark replaces only the rows it measured again (same pipeline, size,
 * shape and, where present, jobs) and keeps every other row, so partial runs
 * (`BENCH_PIPELINES`, `BENCH_SIZES`) and other benchmarks' rows survive.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface ResultRow {
    pipeline: string;
    size: number;
    shape: string;
    argmap_ms: number | null;
    argdown_ms: number | null;
    ratio: number | null;
    [field: string]: unknown;
}

/** bench/results.json (the benchmarks run bundled from bench/out/). */
export const resultsFile = path.resolve(__dirname, '../results.json');

type Keyed = Pick<ResultRow, 'pipeline' | 'size' | 'shape'> & { jobs?: number };
const key = (row: Keyed) => JSON.stringify([row.pipeline, row.size, row.shape, row.jobs ?? null]);

/** Writes `rows` into bench/results.json: a row measured again takes its old place, a new one goes at the end. */
export function mergeResults(rows: ReadonlyArray<Keyed & Pick<ResultRow, 'argmap_ms' | 'argdown_ms' | 'ratio'>>): string {
    let existing: Keyed[] = [];
    if (existsSync(resultsFile)) {
        try {
            const parsed: unknown = JSON.parse(readFileSync(resultsFile, 'utf8'));
            if (Array.isArray(parsed)) existing = parsed as Keyed[];
        } catch {
            // An unreadable file is replaced by this run's rows.
        }
    }
    const fresh = new Map<string, Keyed>(rows.map(row => [key(row), row]));
    const merged = existing.map(row => {
        const replacement = fresh.get(key(row));
        fresh.delete(key(row));
        return replacement ?? row;
    });
    merged.push(...fresh.values());
    writeFileSync(resultsFile, JSON.stringify(merged, null, 2) + '\n');
    return path.relative(process.cwd(), resultsFile);
}

/** What every row says about the machine it was measured on (the load average matters on a shared one). */
export function machine(): { node: string; cpus: number; load_average: number[]; measured_at: string } {
    return { node: process.version, cpus: os.cpus().length, load_average: os.loadavg().map(l => Number(l.toFixed(2))), measured_at: new Date().toISOString() };
}

/**
 * The CPU time (user + system, ms) of this process's finished children so far: all their threads,
 * from /proc/self/stat (cutime + cstime, in clock ticks of 10 ms). Null where there is no /proc.
 */
export function childrenCpuMs(): number | null {
    try {
        const stat = readFileSync('/proc/self/stat', 'utf8');
        const fields = stat.substring(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3, the state
        return (Number(fields[13]) + Number(fields[14])) * 10;
    } catch {
        return null;
    }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
export const round1 = (ms: number) => Math.round(ms * 10) / 10;
