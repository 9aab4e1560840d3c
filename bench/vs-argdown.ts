/**
 * `npm run bench -- vs-argdown`: Argmap side by side with Argdown, its peer tool, on the same
 * generated maps (`argdown-generate.ts`: 100 to 20,000 elements, three shapes), in one run.
 *
 * Pipelines (medians after a warm-up; ratio = Argmap / Argdown, below 1: Argmap faster; both tools
 * stay warm between runs, as in an editor: one Argdown application, one set of Argmap services):
 * - `check`: Argmap's parse + link + every check, up to the ArgumentGraph (what `argmap check` and
 *   the language server do per edit), against Argdown's `parse-input` + `build-model`.
 * - `svg-graphviz`: document -> SVG. Argmap: parse, link, check, graph, `layoutMap`, `sceneToSvg`.
 *   Argdown: its own `export-svg` process (parse, model, map, dot, then Graphviz compiled to wasm by
 *   @hpcc-js, as `argdown` on the command line and @argdown/node's export-svg do).
 * - `svg-vizjs`: the same Argmap time against Argdown's `export-dot` process, then viz.js 2 (the
 *   Graphviz that Argdown's VS Code preview draws with).
 * - `process`: whole processes, cold, from the command line: `node out/cli.cjs check --format json
 *   FILE.argmap` (the bundled CLI, which `npm run bench` builds first) against Argdown's own check
 *   from its command line, `argdown FILE.argdown` (@argdown/cli's default command, "validate your
 *   files"; bench/argdown-check-process.mjs does what it does through @argdown/node's `argdown.load`,
 *   as @argdown/cli can't be installed here). Node's start-up, loading each tool and reading the file
 *   count. The two run in turn, a warm-up each first; the CPU time is the whole child process's.
 *
 * Before measuring, both tools must see the same content: statements, arguments, premises, supports,
 * attacks, undercuts and contradictions are counted in each tool's own model and compared with what
 * the generator wrote. Any difference fails the bench (exit 1) naming the counts.
 *
 * Graphviz is superlinear: each Argdown SVG measurement runs in a child process (this same file,
 * `--child`) that is killed when one run takes longer than BENCH_ARGDOWN_LIMIT_S (60 s); that cell
 * then reads "> 60 s". When Graphviz aborts instead (viz.js 2 does on big maps), the cell reads
 * "fails" and the reason is printed. Wall clock and CPU time are both reported: on a busy machine
 * the CPU time is the steadier of the two.
 * Env: BENCH_RUNS (5), BENCH_SIZES (100,1000,5000,20000), BENCH_ARGDOWN_LIMIT_S (60),
 * BENCH_PIPELINES (check,svg-graphviz,svg-vizjs,process: the ones to run).
 * Merges its rows into bench/results.json (results.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { argdown, init as loadArgdownGraphviz, type IArgdownResponse } from '@argdown/core';
import Viz from 'viz.js';
import { Module as vizModule, render as vizRender } from 'viz.js/full.render.js';
import type { ArgumentGraph } from '../language-server/src/model/argument-graph.js';
import { layoutMap } from '../language-server/src/render/layout.js';
import { sceneToSvg } from '../language-server/src/render/svg.js';
import { argmapSession } from './argmap-pipeline.js';
import { generatePairedMap, shapeLabels, shapes, type ContentCounts, type Shape } from './argdown-generate.js';
import { childrenCpuMs, machine, mergeResults } from './results.js';

type Pipeline = 'check' | 'svg-graphviz' | 'svg-vizjs' | 'process';
const pipelineLabels: Record<Pipeline, string> = {
    'check': 'parse + link + checks (Argmap) vs parse + model (Argdown)',
    'svg-graphviz': 'document -> SVG: Argmap vs Argdown + Graphviz (wasm, @hpcc-js)',
    'svg-vizjs': 'document -> SVG: Argmap vs Argdown + viz.js 2 (its VS Code preview)',
    'process': 'whole process: `argmap check --format json FILE` vs `argdown FILE` (its CLI\'s check)',
};
const allPipelines = Object.keys(pipelineLabels) as Pipeline[];
const PIPELINES = (process.env.BENCH_PIPELINES ?? allPipelines.join(',')).split(',').map(p => p.trim()).filter(p => p !== '') as Pipeline[];

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,20000').split(',').map(Number);
const LIMIT_MS = Number(process.env.BENCH_ARGDOWN_LIMIT_S ?? 60) * 1000;
const SEED = 42;
/** Fewer runs on big maps, so the whole bench stays under about 10 minutes on 2 CPUs... */
const runsAt = (size: number) => size >= 5_000 ? Math.min(RUNS, 3) : RUNS;
/** ...and one Argdown SVG run at 20,000 elements, where one Graphviz layout takes a minute or more. */
const svgRunsAt = (size: number) => size >= 20_000 ? 1 : runsAt(size);
/**
 * The warm-up (JIT, wasm instantiation) runs on the map itself up to 1,000 elements, on the
 * 100-element map of the same shape above: one more 20,000-element Graphviz run would cost minutes.
 */
const warmUpSize = (size: number) => size <= 1_000 ? size : 100;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmtMs = (value: number) => value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const fmtInt = (n: number) => n.toLocaleString('en-US');
const fmtRatio = (r: number) => r >= 10 ? r.toFixed(0) : r.toPrecision(2);

/** One timed run: wall clock and this process's CPU time (steadier when the machine is busy). */
async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
    global.gc?.();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await run();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

interface Sample { ms: number; cpuMs: number }
/** A warm-up, then `n` timed runs; `after` (untimed) cleans up after each. */
async function measure(warmUp: () => unknown, run: () => unknown, n: number, after: () => unknown = () => undefined): Promise<Sample & { runs: number }> {
    await warmUp();
    await after();
    const samples: Sample[] = [];
    for (let i = 0; i < n; i++) {
        samples.push(await timed(run));
        await after();
    }
    return { ms: median(samples.map(s => s.ms)), cpuMs: median(samples.map(s => s.cpuMs)), runs: n };
}

// ---------------------------------------------------------------------------------------------
// Argmap

// Like Argdown's application below, one set of services serves every run (see argmapSession).
let session: ReturnType<typeof argmapSession> | undefined;
const argmap = () => session ??= argmapSession();

async function argmapCheck(text: string): Promise<ArgumentGraph> {
    return (await argmap().graphOf(text)).graph;
}

async function argmapSvg(text: string): Promise<string> {
    return sceneToSvg(layoutMap((await argmap().graphOf(text)).graph));
}

function argmapCounts(graph: ArgumentGraph): ContentCounts {
    // Named arguments are the `argument` blocks; unnamed ones are the one-premise shorthand.
    const blocks = graph.arguments.filter(a => a.name !== null);
    const relations = (kind: string) => graph.relations.filter(r => r.kind === kind).length;
    return {
        statements: graph.statements.length,
        arguments: blocks.length,
        premises: blocks.reduce((n, a) => n + a.premises.length, 0),
        supports: graph.arguments.length - blocks.length,
        attacks: relations('attacks'),
        undercuts: relations('undercuts'),
        contradictions: relations('contradicts'),
    };
}

// ---------------------------------------------------------------------------------------------
// Argdown: its own application and process lists (@argdown/core's `argdown`, the plugins
// @argdown/node registers minus file loading), fed the text directly.

const ARGDOWN_MODEL = ['parse-input', 'build-model'];

function argdownRun(input: string, process: string[]): IArgdownResponse {
    // throwExceptions: a failing plugin must fail the bench, not silently shorten the pipeline.
    const response = argdown.run({ input, process, logLevel: 'error', throwExceptions: true });
    if (response.lexerErrors?.length || response.parserErrors?.length) {
        const first = response.lexerErrors?.[0]?.message ?? response.parserErrors?.[0]?.message;
        throw new Error(`Argdown reports ${(response.lexerErrors?.length ?? 0) + (response.parserErrors?.length ?? 0)} syntax errors in the generated map; the first: ${first}`);
    }
    return response;
}

function argdownCounts(response: IArgdownResponse): ContentCounts {
    const args = Object.values(response.arguments ?? {});
    const relations = (...types: string[]) => (response.relations ?? []).filter(r => types.includes(r.relationType)).length;
    return {
        statements: Object.keys(response.statements ?? {}).length,
        arguments: args.length,
        premises: args.reduce((n, a) => n + a.pcs.filter(s => s.role === 'premise').length, 0),
        // Statement-to-statement support (`entails` in Argdown's strict mode) is Argmap's one-premise argument.
        supports: relations('support', 'entails'),
        attacks: relations('attack', 'contrary'),
        undercuts: relations('undercut'),
        contradictions: relations('contradictory'),
    };
}

/** Document -> SVG the way Argdown does it, with either Graphviz build; loaded once per process. */
async function argdownSvgRenderer(pipeline: Pipeline): Promise<(input: string) => Promise<string>> {
    if (pipeline === 'svg-graphviz') {
        await loadArgdownGraphviz(); // registers SyncDotToSvgExportPlugin with @hpcc-js's Graphviz
        return async input => argdownRun(input, argdown.defaultProcesses['export-svg']).svg ?? '';
    }
    const viz = new Viz({ Module: vizModule, render: vizRender });
    return async input => viz.renderString(argdownRun(input, argdown.defaultProcesses['export-dot']).dot ?? '', { engine: 'dot', format: 'svg' });
}

/**
 * In the child: warm up, then print one JSON line per run, so the parent can stop a run that
 * exceeds the limit and keep the runs that finished. A Graphviz failure (viz.js 2 aborts on big maps:
 * "Cannot enlarge memory arrays", its asm.js heap being fixed, or a bare `abort(N)`) ends the child
 * with an `error` line: that is what Argdown's user would get.
 */
async function child(pipeline: Pipeline, size: number, shape: Shape, runs: number) {
    const render = await argdownSvgRenderer(pipeline);
    // File descriptor 3 is the parent's channel: Emscripten prints its own messages on stdout.
    const say = (message: object) => writeSync(3, JSON.stringify(message) + '\n');
    try {
        const warm = await render(generatePairedMap(warmUpSize(size), shape, SEED).argdown);
        if (!warm.includes('<svg')) throw new Error(`Argdown (${pipeline}) produced no SVG`);
        const input = generatePairedMap(size, shape, SEED).argdown;
        // Graphviz names its version in a comment at the top of every SVG.
        say({ warm: true, graphviz: /graphviz version (\S+)/i.exec(warm)?.[1] ?? '?' });
        for (let i = 0; i < runs; i++) {
            const { ms, cpuMs, result } = await timed(() => render(input));
            if (!result.includes('<svg')) throw new Error(`Argdown (${pipeline}) produced no SVG`);
            say({ ms, cpuMs });
        }
    } catch (error) {
        // Emscripten aborts with `abort("Cannot enlarge memory arrays. Either (1) ...")` or `abort(7). Build ...`.
        const text = String(error instanceof Error ? error.message : error).replace(/^abort\("/, '');
        say({ error: `${pipeline === 'svg-vizjs' ? 'viz.js' : 'Graphviz'}: ${text.split(/\.\s|\n/)[0].trim()}` });
    }
}

interface ChildResult extends ArgdownResult { graphviz: string | null }

/** Runs `child` in a separate Node process; a run (or the warm-up) longer than LIMIT_MS kills it. */
function argdownSvgInChild(pipeline: Pipeline, size: number, shape: Shape, runs: number): Promise<ChildResult> {
    return new Promise((resolve, reject) => {
        const proc = spawn(process.execPath, ['--expose-gc', __filename, '--child', pipeline, String(size), shape, String(runs)], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
        const samples: Sample[] = [];
        let error: string | null = null;
        let graphviz: string | null = null;
        let timedOut = false;
        let output = ''; // the child's stdout and stderr, shown only if the child itself fails
        proc.stdout!.on('data', chunk => { output += chunk; });
        proc.stderr!.on('data', chunk => { output += chunk; });
        let timer: NodeJS.Timeout;
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => { timedOut = true; proc.kill('SIGKILL'); }, LIMIT_MS);
        };
        arm();
        createInterface({ input: proc.stdio[3] as Readable }).on('line', line => {
            const message = JSON.parse(line) as { warm?: true; graphviz?: string; error?: string } & Sample;
            if (message.error) error = message.error;
            else if (message.warm) graphviz = message.graphviz ?? null;
            else samples.push(message);
            arm();
        });
        proc.on('error', reject);
        proc.on('close', code => {
            clearTimeout(timer);
            if (!timedOut && code !== 0) return reject(new Error(`Argdown ${pipeline} child failed (exit ${code}) at ${size} ${shape}:\n${output}`));
            resolve({
                ms: samples.length === 0 ? null : median(samples.map(s => s.ms)),
                cpuMs: samples.length === 0 ? null : median(samples.map(s => s.cpuMs)),
                runs: samples.length, timedOut, error, graphviz,
            });
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Whole processes: each tool's command line on a file, from a cold start.

const argmapCli = path.resolve(__dirname, '../../out/cli.cjs'); // this file runs bundled from bench/out/
const argdownCli = path.resolve(__dirname, '../argdown-check-process.mjs');

/** One run of a whole process in `cwd`: wall clock, and its CPU time (all its threads) from /proc. */
function runProcess(args: string[], cwd: string, ok: (status: number | null, stdout: string) => boolean): Sample {
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    const cpu1 = childrenCpuMs();
    if (result.error || !ok(result.status, result.stdout)) {
        throw new Error(`${args.map(a => path.basename(a)).join(' ')} failed (exit ${result.status}): ${result.error?.message ?? result.stderr.slice(0, 2000)}`);
    }
    return { ms, cpuMs: cpu0 === null || cpu1 === null ? NaN : cpu1 - cpu0 };
}

/** Both tools' processes on the same map, in turn (so a change in the machine's load hits both), after a warm-up each. */
function measureProcesses(dir: string, size: number, shape: Shape, map: ReturnType<typeof generatePairedMap>, n: number) {
    const base = `map-${size}-${shape}`;
    writeFileSync(path.join(dir, `${base}.argmap`), map.argmap);
    writeFileSync(path.join(dir, `${base}.argdown`), map.argdown);
    // The generated maps have warnings (unsupported claims), no errors: exit 0 and a JSON array.
    const argmapRun = () => runProcess([argmapCli, 'check', '--format', 'json', `${base}.argmap`], dir, (status, out) => status === 0 && out.startsWith('['));
    const argdownRun = () => runProcess([argdownCli, `${base}.argdown`], dir, (status, out) => status === 0 && out.includes('Successfully checked 1 file'));
    argmapRun();
    argdownRun();
    const argmapSamples: Sample[] = [];
    const argdownSamples: Sample[] = [];
    for (let i = 0; i < n; i++) {
        argmapSamples.push(argmapRun());
        argdownSamples.push(argdownRun());
    }
    const summary = (samples: Sample[]) => ({ ms: median(samples.map(s => s.ms)), cpuMs: median(samples.map(s => s.cpuMs)), runs: samples.length });
    return { argmap: summary(argmapSamples), argdown: { ...summary(argdownSamples), timedOut: false, error: null } };
}

// ---------------------------------------------------------------------------------------------

interface Row {
    pipeline: Pipeline;
    size: number;
    shape: Shape;
    elements: number;
    argmap_ms: number;
    argdown_ms: number | null;
    /** Argmap / Argdown; null when Argdown timed out (then `ratio_upper_bound` holds Argmap / limit). */
    ratio: number | null;
    argdown_timed_out: boolean;
    ratio_upper_bound?: number;
    /** Why Argdown drew nothing, when it failed (not timed out): e.g. viz.js 2 aborting. */
    argdown_error: string | null;
    argmap_cpu_ms: number | null;
    argdown_cpu_ms: number | null;
    /** Argmap / Argdown in CPU time of the measuring process: steadier than wall clock on a busy machine. */
    cpu_ratio: number | null;
    argmap_runs: number;
    argdown_runs: number;
    /** Node, CPUs, load average and time of the measurement. */
    machine: ReturnType<typeof machine>;
}

/** Parses the map with both tools and fails, naming the counts, if either disagrees with the generator. */
async function verifySameContent(size: number, shape: Shape) {
    const map = generatePairedMap(size, shape, SEED);
    const { graph, errors } = await argmap().graphOf(map.argmap);
    await argmap().forget();
    if (errors > 0) throw new Error(`Argmap reports ${errors} errors in the generated ${size} ${shape} map`);
    const counts = { generator: map.expected, Argmap: argmapCounts(graph), Argdown: argdownCounts(argdownRun(map.argdown, ARGDOWN_MODEL)) };
    const differ = (Object.keys(map.expected) as Array<keyof ContentCounts>)
        .filter(k => counts.Argmap[k] !== map.expected[k] || counts.Argdown[k] !== map.expected[k])
        .map(k => `${k}: generator ${counts.generator[k]}, Argmap ${counts.Argmap[k]}, Argdown ${counts.Argdown[k]}`);
    if (differ.length > 0) {
        console.error(`The two tools do not see the same ${fmtInt(size)}-element ${shapeLabels[shape]} map:\n  ${differ.join('\n  ')}`);
        process.exit(1);
    }
    return map;
}

async function main() {
    console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')} (1, 5, 15 min).`);
    console.log(`Argdown: @argdown/core ${pkgVersion('@argdown/core')}, @hpcc-js/wasm-graphviz ${pkgVersion('@hpcc-js/wasm-graphviz')}, viz.js ${pkgVersion('viz.js')}.`);
    const runsText = SIZES.map(size => `${fmtInt(size)}: ${runsAt(size)}${svgRunsAt(size) !== runsAt(size) ? ` (Argdown SVG ${svgRunsAt(size)})` : ''}`).join(', ');
    console.log(`Medians after a warm-up; runs per size ${runsText}. An Argdown SVG run is stopped after ${LIMIT_MS / 1000} s.`);
    console.log('Wall-clock times; the machine may be busy (other jobs share its CPUs), so CPU time of the measuring process is shown too.');
    console.log(`Pipelines: ${PIPELINES.join(', ')} (BENCH_PIPELINES).\n`);
    const unknown = PIPELINES.filter(p => !allPipelines.includes(p));
    if (unknown.length > 0) throw new Error(`BENCH_PIPELINES: unknown ${unknown.join(', ')}; the pipelines are ${allPipelines.join(', ')}`);

    // First make sure every map means the same to both tools: a mismatch fails before any timing.
    const maps = new Map<string, ReturnType<typeof generatePairedMap>>();
    for (const size of SIZES) {
        for (const shape of shapes) {
            const map = await verifySameContent(size, shape);
            maps.set(`${size} ${shape}`, map);
            const e = map.expected;
            console.log(`  same content, ${fmtInt(map.elements).padStart(6)} elements ${shape.padEnd(6)}: ${fmtInt(e.statements)} statements, ${fmtInt(e.arguments)} arguments (${fmtInt(e.premises)} premises), ${fmtInt(e.supports)} one-premise supports, ${fmtInt(e.attacks)} attacks, ${fmtInt(e.undercuts)} undercuts, ${fmtInt(e.contradictions)} contradictions, ${fmtInt(map.crossLinks)} cross-links`);
        }
    }

    const rows: Row[] = [];
    const graphvizVersions: Partial<Record<Pipeline, string>> = {}; // as each child's SVG says
    const processDir = PIPELINES.includes('process') ? mkdtempSync(path.join(os.tmpdir(), 'argmap-vs-argdown-')) : '';
    try {
        for (const size of SIZES) {
            for (const shape of shapes) {
                const map = maps.get(`${size} ${shape}`)!;
                const warm = maps.get(`${warmUpSize(size)} ${shape}`) ?? generatePairedMap(warmUpSize(size), shape, SEED);
                const n = runsAt(size);
                process.stderr.write(`measuring ${fmtInt(size)} ${shape}...\n`);

                if (PIPELINES.includes('check')) {
                    const argmapModel = await measure(() => argmapCheck(warm.argmap), () => argmapCheck(map.argmap), n, () => argmap().forget());
                    const argdownModel = await measure(() => argdownRun(warm.argdown, ARGDOWN_MODEL), () => argdownRun(map.argdown, ARGDOWN_MODEL), n);
                    rows.push(row('check', size, shape, map.elements, argmapModel, { ...argdownModel, timedOut: false, error: null }));
                }

                const svgPipelines = (['svg-graphviz', 'svg-vizjs'] as const).filter(p => PIPELINES.includes(p));
                if (svgPipelines.length > 0) {
                    const argmapDraw = await measure(() => argmapSvg(warm.argmap), () => argmapSvg(map.argmap), n, () => argmap().forget());
                    for (const pipeline of svgPipelines) {
                        const argdownDraw = await argdownSvgInChild(pipeline, size, shape, svgRunsAt(size));
                        graphvizVersions[pipeline] ??= argdownDraw.graphviz ?? undefined;
                        rows.push(row(pipeline, size, shape, map.elements, argmapDraw, argdownDraw));
                    }
                }

                if (PIPELINES.includes('process')) {
                    const { argmap: argmapProcess, argdown: argdownProcess } = measureProcesses(processDir, size, shape, map, n);
                    rows.push(row('process', size, shape, map.elements, argmapProcess, argdownProcess));
                }
            }
        }
    } finally {
        if (processDir) rmSync(processDir, { recursive: true, force: true });
    }

    printTable(rows, graphvizVersions);
    const written = mergeResults(rows);
    console.log(`\nMerged ${rows.length} rows into ${written}. Load average now ${os.loadavg().map(l => l.toFixed(2)).join(' ')}.`);
}

interface ArgdownResult { ms: number | null; cpuMs: number | null; runs: number; timedOut: boolean; error: string | null }

function row(pipeline: Pipeline, size: number, shape: Shape, elements: number, argmap: Sample & { runs: number }, argdown: ArgdownResult): Row {
    // A timed-out cell has no Argdown time: only a bound, kept apart so no one averages it as a time.
    const done = argdown.ms !== null;
    return {
        pipeline, size, shape, elements,
        argmap_ms: round(argmap.ms),
        argdown_ms: done ? round(argdown.ms!) : null,
        ratio: done ? significant(argmap.ms / argdown.ms!) : null,
        argdown_timed_out: argdown.timedOut,
        ...(argdown.timedOut && !done ? { ratio_upper_bound: significant(argmap.ms / LIMIT_MS) } : {}),
        argdown_error: argdown.error,
        argmap_cpu_ms: Number.isNaN(argmap.cpuMs) ? null : round(argmap.cpuMs),
        argdown_cpu_ms: argdown.cpuMs === null || Number.isNaN(argdown.cpuMs) ? null : round(argdown.cpuMs),
        cpu_ratio: argdown.cpuMs === null || Number.isNaN(argdown.cpuMs) || Number.isNaN(argmap.cpuMs) ? null : significant(argmap.cpuMs / argdown.cpuMs),
        argmap_runs: argmap.runs,
        argdown_runs: argdown.runs,
        machine: machine(),
    };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const significant = (ratio: number) => Number(ratio.toPrecision(3));

function printTable(rows: Row[], graphvizVersions: Partial<Record<Pipeline, string>>) {
    const header = ['elements', 'shape', 'argmap', 'argdown', 'ratio', 'argmap CPU', 'argdown CPU', 'CPU ratio', 'runs'];
    const limit = `${LIMIT_MS / 1000} s`;
    for (const pipeline of allPipelines.filter(p => rows.some(r => r.pipeline === p))) {
        const version = graphvizVersions[pipeline];
        console.log(`\n${pipelineLabels[pipeline]}${version ? ` (Graphviz ${version})` : ''}`);
        const own = rows.filter(r => r.pipeline === pipeline);
        const cells = own.map(r => [
            fmtInt(r.elements),
            shapeLabels[r.shape],
            fmtMs(r.argmap_ms),
            r.argdown_ms !== null ? fmtMs(r.argdown_ms) : r.argdown_timed_out ? `> ${limit}` : 'fails',
            r.ratio !== null ? fmtRatio(r.ratio) : r.ratio_upper_bound !== undefined ? `< ${fmtRatio(r.ratio_upper_bound)}` : '-',
            r.argmap_cpu_ms === null ? '-' : fmtMs(r.argmap_cpu_ms),
            r.argdown_cpu_ms === null ? '-' : fmtMs(r.argdown_cpu_ms),
            r.cpu_ratio === null ? '-' : fmtRatio(r.cpu_ratio),
            // A partial Argdown median: the runs that finished before a timeout or a failure.
            `${r.argmap_runs}/${r.argdown_runs}${r.argdown_ms !== null && (r.argdown_timed_out || r.argdown_error) ? '*' : ''}`,
        ]);
        const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
        const line = (c: string[]) => '  ' + c.map((v, i) => i === 1 ? v.padEnd(widths[i]) : v.padStart(widths[i])).join('  ');
        console.log(line(header));
        for (const c of cells) console.log(line(c));
        for (const error of new Set(own.map(r => r.argdown_error).filter(e => e !== null))) console.log(`  fails: ${error}`);
        if (cells.some(c => c[8].endsWith('*'))) console.log(`  *: median of the Argdown runs that finished before one exceeded ${limit} or failed`);
    }
    console.log('\nratio = Argmap / Argdown, wall clock (below 1: Argmap is faster); CPU ratio: the same in CPU time');
    console.log('(of the measuring process; for `process`, of the whole child process); runs = Argmap/Argdown runs in the medians.');
}

function pkgVersion(name: string): string {
    const file = path.resolve(__dirname, '../../node_modules', name, 'package.json'); // bundled into bench/out/
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

if (process.argv[2] === '--child') {
    const [pipeline, size, shape, runs] = process.argv.slice(3);
    child(pipeline as Pipeline, Number(size), shape as Shape, Number(runs)).catch(error => {
        console.error(error);
        process.exit(1);
    });
} else {
    main().catch(error => {
        console.error(error);
        process.exit(1);
    });
}
