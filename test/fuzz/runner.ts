/**
 * `npm run fuzz`: the long fuzz run (fuzz.mjs bundles this file and starts it). Every kind of
 * fuzz-kinds.ts, many inputs each, in worker threads. Each command on an input has a time limit
 * (2 s by default; time-budget.ts says what is timed, on which clock; an input over it is timed once
 * more and the faster run counts); a hang is cut off by a watchdog (the worker is replaced); a
 * worker's heap is capped and watched. Prints the inputs tried per kind and every failure with the
 * seed, kind and index that make it again; saves failing inputs to test/fuzz/failures/ (ignored by
 * git).
 *
 *   npm run fuzz -- [--count N] [--seed S] [--kind NAME[,NAME]] [--jobs J] [--limit-ms MS] [--clock cpu|wall]
 *                   [--hang-ms MS] [--index I]
 *   (or FUZZ_COUNT, FUZZ_SEED, FUZZ_KINDS, FUZZ_JOBS, FUZZ_LIMIT_MS, FUZZ_CLOCK, FUZZ_HANG_MS, FUZZ_INDEX)
 *
 * `--count` is per generated or mutated kind; the fixed lists of extreme inputs always run whole.
 * `--index I` runs input I of each chosen kind only: how a reported failure is reproduced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fuzzKind, fuzzKinds } from './fuzz-kinds.js';
import type { FuzzResult } from './fuzz-result.js';
import { repositoryRoot } from './seeds.js';
import { commandTimes, overTime } from './time-budget.js';

interface Options {
    count: number;
    seed: number;
    kinds: string[];
    jobs: number;
    limitMs: number;
    /** Which time the limit applies to: this thread's CPU time (default), or the wall clock. */
    clock: 'cpu' | 'wall';
    /** No answer for this long is a hang. Generous: the pipeline does far more than one command, and the machine may be shared. */
    hangMs: number;
    index: number | null;
}

interface Task {
    kind: string;
    index: number;
}

/** What a worker sends back for one input. */
interface Report {
    task: Task;
    result: FuzzResult;
    length: number;
    label: string;
    /** The worker's heap just after the input (before any collection), in MB. */
    heapMb: number;
    /** The failing input's bytes, to save. */
    bytes?: Uint8Array;
}

/** A worker's heap may not grow past this: one input at 85x its 1 MB text needs about 100 MB. */
const heapCapMb = 1536;
/** As the main thread has it: a worker's default young generation is smaller, and big inputs ran half as fast. */
const youngGenerationMb = 64;
/**
 * A retained heap that grows by more than this per input is a leak. Some growth is expected:
 * each input gets fresh services, and chevrotain registers every token type it creates in a global
 * table for good (about 12 KB per services instance; the product creates one per language server,
 * and `argmap grade` one per 25 files).
 */
const leakKbPerInput = 32;

function parseOptions(argv: string[]): Options {
    const flag = (name: string, env: string) => {
        const at = argv.indexOf(`--${name}`);
        return at >= 0 ? argv[at + 1] : process.env[env];
    };
    const number = (value: string | undefined, fallback: number, name: string) => {
        if (value === undefined) return fallback;
        const n = Number(value);
        if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${value}`);
        return n;
    };
    const kinds = flag('kind', 'FUZZ_KINDS')?.split(',').filter(Boolean) ?? fuzzKinds.map(k => k.name);
    for (const kind of kinds) fuzzKind(kind); // an unknown name says which there are
    const index = flag('index', 'FUZZ_INDEX');
    const clock = flag('clock', 'FUZZ_CLOCK') ?? 'cpu';
    if (clock !== 'cpu' && clock !== 'wall') throw new Error(`--clock takes cpu or wall, not ${clock}`);
    return {
        count: number(flag('count', 'FUZZ_COUNT'), 300, 'count'),
        seed: number(flag('seed', 'FUZZ_SEED'), Date.now() % 1_000_000, 'seed'),
        kinds,
        jobs: Math.max(1, number(flag('jobs', 'FUZZ_JOBS'), Math.min(2, availableParallelism()), 'jobs')),
        limitMs: number(flag('limit-ms', 'FUZZ_LIMIT_MS'), 2000, 'limit-ms'),
        clock,
        hangMs: number(flag('hang-ms', 'FUZZ_HANG_MS'), 30_000, 'hang-ms'),
        index: index === undefined ? null : number(index, 0, 'index'),
    };
}

function tasksOf(options: Options): Task[] {
    const tasks: Task[] = [];
    for (const name of options.kinds) {
        const kind = fuzzKind(name);
        const indices = options.index !== null ? [options.index] : Array.from({ length: kind.size ?? options.count }, (_, i) => i);
        for (const index of indices) tasks.push({ kind: name, index });
    }
    // Interleaved, so a slow kind does not leave one worker idle at the end.
    return tasks.sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

// ---- the worker: runs inputs as it is told -------------------------------------------------

type WorkerOptions = Pick<Options, 'seed' | 'limitMs' | 'clock'>;

/** The time of the input's slowest command. */
function slowest(result: FuzzResult, clock: Options['clock']): number {
    return Math.max(0, ...commandTimes(result, clock).map(c => c.ms));
}

async function workerMain({ seed, limitMs, clock }: WorkerOptions): Promise<void> {
    const port = parentPort!;
    const heapMb = () => getHeapStatistics().used_heap_size / 2 ** 20;
    const collect = () => (globalThis as { gc?: () => void }).gc?.();
    // Warm up (code loaded, compiled, the seed files read) so the first timed input is not charged for it.
    for (const kind of fuzzKinds) await kind.run(kind.input(seed, 0).bytes, 0);
    collect();
    port.postMessage({ type: 'ready', retainedMb: heapMb() });
    port.on('message', async (message: { type: 'run'; task: Task } | { type: 'measure' }) => {
        if (message.type === 'measure') {
            collect();
            port.postMessage({ type: 'retained', retainedMb: heapMb() });
            return;
        }
        const { task } = message;
        const kind = fuzzKind(task.kind);
        const input = kind.input(seed, task.index);
        let result = await kind.run(input.bytes, task.index);
        if (result.ok && overTime(result, limitMs, clock)) {
            // Timed again before it counts: a genuinely slow input is slow twice, a moment of load on a
            // shared machine is not. The faster of the two runs stands.
            const again = await kind.run(input.bytes, task.index);
            if (slowest(again, clock) < slowest(result, clock)) result = again;
        }
        const report: Report = { task, result, length: input.bytes.length, label: input.label, heapMb: heapMb() };
        if (!result.ok) report.bytes = input.bytes;
        port.postMessage({ type: 'done', report });
    });
}

// ---- the main thread: hands out inputs, watches the time, reports -------------------------

interface Failure {
    task: Task;
    label: string;
    length: number;
    stage: string;
    error: string;
    ms: number | null;
    saved: string;
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const tasks = tasksOf(options);
    const hangMs = options.hangMs;
    const failuresFolder = path.join(repositoryRoot(), 'test', 'fuzz', 'failures');
    console.log(`fuzz: seed ${options.seed}, ${tasks.length} inputs, ${options.jobs} workers, limit ${options.limitMs} ms of ${options.clock === 'cpu' ? 'CPU' : 'wall-clock'} time per command on an input (a hang: no answer after ${hangMs} ms)`);

    const started = performance.now();
    const tried = new Map<string, { inputs: number; ms: number; slowest: number; bytes: number }>();
    const failures: Failure[] = [];
    let peakHeapMb = 0;
    const retained: Array<{ first: number; last: number; inputs: number }> = [];
    let next = 0;
    let finished = 0;

    const save = (task: Task, bytes: Uint8Array): string => {
        mkdirSync(failuresFolder, { recursive: true });
        const file = path.join(failuresFolder, `${task.kind}-seed${options.seed}-${task.index}${fuzzKind(task.kind).extension}`);
        writeFileSync(file, bytes);
        return path.relative(process.cwd(), file);
    };
    const fail = (failure: Omit<Failure, 'saved'>, bytes: Uint8Array) => {
        failures.push({ ...failure, saved: save(failure.task, bytes) });
        console.log(`FAIL ${failure.task.kind} #${failure.task.index} (${failure.label}, ${failure.length} bytes) at ${failure.stage}: ${failure.error.split('\n')[0]}`);
    };
    /** `ms`: the whole pipeline, wall clock; `slowest`: its slowest command, on the limit's clock. */
    const count = (task: Task, ms: number, length: number, slowest = ms) => {
        const t = tried.get(task.kind) ?? { inputs: 0, ms: 0, slowest: 0, bytes: 0 };
        tried.set(task.kind, { inputs: t.inputs + 1, ms: t.ms + ms, slowest: Math.max(t.slowest, slowest), bytes: t.bytes + length });
    };
    const progress = () => {
        finished++;
        if (finished % 250 === 0) console.log(`  ${finished} of ${tasks.length} inputs, ${failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s`);
    };

    /** One worker: takes the next task until none are left; replaced when it hangs or dies. */
    const runWorker = (slot: number): Promise<void> => new Promise(resolve => {
        const worker = new Worker(__filename, { workerData: { seed: options.seed, limitMs: options.limitMs, clock: options.clock } satisfies WorkerOptions, resourceLimits: { maxOldGenerationSizeMb: heapCapMb, maxYoungGenerationSizeMb: youngGenerationMb } });
        let current: Task | null = null;
        let watchdog: NodeJS.Timeout | undefined;
        let record: { first: number; last: number; inputs: number } | undefined;
        let done = false;
        const finish = (replace: boolean) => {
            if (done) return;
            done = true;
            clearTimeout(watchdog);
            void worker.terminate();
            if (replace && next < tasks.length) void runWorker(slot).then(resolve);
            else resolve();
        };
        const give = () => {
            if (next >= tasks.length) {
                worker.postMessage({ type: 'measure' });
                return;
            }
            current = tasks[next++];
            const task = current;
            watchdog = setTimeout(() => {
                // A hang (or an input far over its time): report it with the bytes made again here, and start afresh.
                const input = fuzzKind(task.kind).input(options.seed, task.index);
                count(task, hangMs, input.bytes.length);
                fail({ task, label: input.label, length: input.bytes.length, stage: 'hang', error: `no answer after ${hangMs} ms`, ms: null }, input.bytes);
                progress();
                current = null;
                finish(true);
            }, hangMs);
            worker.postMessage({ type: 'run', task });
        };
        type Message = { type: 'ready'; retainedMb: number } | { type: 'retained'; retainedMb: number } | { type: 'done'; report: Report };
        worker.on('message', (message: Message) => {
            if (message.type === 'ready') {
                record = { first: message.retainedMb, last: message.retainedMb, inputs: 0 };
                retained.push(record);
                give();
            } else if (message.type === 'retained') {
                if (record) record.last = message.retainedMb;
                finish(false);
            } else {
                clearTimeout(watchdog);
                const { report } = message;
                const { task, result } = report;
                current = null;
                if (record) record.inputs++;
                peakHeapMb = Math.max(peakHeapMb, report.heapMb);
                count(task, result.ms, report.length, slowest(result, options.clock));
                const base = { task, label: report.label, length: report.length, ms: result.ms };
                if (!result.ok) fail({ ...base, stage: result.stage ?? '?', error: result.error ?? '?' }, report.bytes!);
                else {
                    const slow = overTime(result, options.limitMs, options.clock);
                    if (slow) fail({ ...base, stage: 'time', error: slow }, fuzzKind(task.kind).input(options.seed, task.index).bytes);
                }
                progress();
                give();
            }
        });
        worker.on('error', error => {
            // Out of heap (resourceLimits), or an exception that escaped everything.
            const task = current;
            if (task) {
                const input = fuzzKind(task.kind).input(options.seed, task.index);
                count(task, 0, input.bytes.length);
                const stage = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'worker';
                fail({ task, label: input.label, length: input.bytes.length, stage, error: String(error), ms: null }, input.bytes);
                progress();
            } else {
                console.log(`a worker failed outside any input: ${String(error)}`);
                process.exitCode = 1;
            }
            finish(true);
        });
        worker.on('exit', () => finish(false));
    });

    await Promise.all(Array.from({ length: Math.min(options.jobs, tasks.length) }, (_, slot) => runWorker(slot)));

    const seconds = (performance.now() - started) / 1000;
    console.log(`\nfuzz: ${finished} inputs in ${seconds.toFixed(1)} s (seed ${options.seed})`);
    console.log(`kind                 inputs   MB in   pipeline mean ms (wall)   slowest command max ms (${options.clock})`);
    for (const [kind, t] of [...tried].sort()) {
        console.log(`${kind.padEnd(20)} ${String(t.inputs).padStart(6)} ${(t.bytes / 2 ** 20).toFixed(1).padStart(7)} ${(t.ms / t.inputs).toFixed(0).padStart(25)} ${t.slowest.toFixed(0).padStart(27)}`);
    }
    console.log(`total                ${String(finished).padStart(6)}`);
    // Only workers that ran to the end and saw enough inputs say anything about a leak.
    const measured = retained.filter(r => r.inputs >= 200 && r.last !== r.first);
    const perInputKb = measured.map(r => ((r.last - r.first) * 1024) / r.inputs);
    console.log(`heap: peak ${peakHeapMb.toFixed(0)} MB just after an input (cap ${heapCapMb} MB per worker); retained after collection grew by `
        + `${measured.map((r, i) => `${(r.last - r.first).toFixed(1)} MB over ${r.inputs} inputs (${perInputKb[i].toFixed(1)} KB each)`).join(', ') || 'n/a'}`);
    if (perInputKb.some(kb => kb > leakKbPerInput)) {
        console.log(`FAIL memory: a worker's retained heap grew by more than ${leakKbPerInput} KB per input`);
        process.exitCode = 1;
    }
    if (failures.length > 0) {
        console.log(`\n${failures.length} failures (saved in ${path.relative(process.cwd(), failuresFolder)}/):`);
        for (const f of failures) {
            console.log(`\n- ${f.task.kind} #${f.task.index}: ${f.label}, ${f.length} bytes, at ${f.stage}${f.ms === null ? '' : `, ${Math.round(f.ms)} ms`}`);
            console.log(`  again: npm run fuzz -- --seed ${options.seed} --kind ${f.task.kind} --index ${f.task.index}`);
            console.log(`  input: ${f.saved}`);
            console.log(f.error.split('\n').map(line => `  ${line}`).join('\n'));
        }
        process.exitCode = 1;
    } else {
        console.log('no failures');
    }
}

if (isMainThread) {
    main().catch(error => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 2;
    });
} else {
    void workerMain(workerData as WorkerOptions);
}
