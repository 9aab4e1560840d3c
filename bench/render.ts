/**
 * `npm run bench -- render`: the map's layout and drawing. For generated maps of about 100, 1,000,
 * 5,000 and 20,000 elements (statements and arguments; `generateDeepMap`, support chains several
 * levels deep): document text -> SVG (parse, link, check, graph, then layout and SVG, which is what
 * `argmap render` adds), medians of several runs after a warm-up. Then the layout's stability (share
 * of boxes that move when one word of a leaf statement is edited) on the examples and generated
 * maps, and PNG export with resvg. Merges a `layout-stability` row per map into bench/results.json
 * (results.ts): the share of boxes that move after a one-word edit (mean and worst) and after a
 * line more (mean); size = the map's elements, shape = the map.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ArgumentGraph } from '../language-server/src/model/argument-graph.js';
import { layoutMap } from '../language-server/src/render/layout.js';
import { svgToPng } from '../language-server/src/render/png.js';
import { leafEdits, movedNodes } from '../language-server/src/render/stability.js';
import { sceneToSvg } from '../language-server/src/render/svg.js';
import { graphOfText } from './argmap-pipeline.js';
import { generateDeepMap, generateMap } from './generate.js';
import { machine, mergeResults, type ResultRow } from './results.js';

const root = path.resolve(__dirname, '../..'); // this file runs bundled from bench/out/
const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** Layout + SVG of a fresh copy each run (layoutMap caches per graph object), after a collection. */
function drawTimes(graph: ArgumentGraph, n: number) {
    const layout: number[] = [];
    const svg: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    let boxes = 0;
    sceneToSvg(layoutMap(structuredClone(graph))); // warm-up
    for (let i = 0; i < n; i++) {
        const copy = structuredClone(graph);
        global.gc?.();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const scene = layoutMap(copy);
        const t1 = performance.now();
        size = sceneToSvg(scene).length;
        layout.push(t1 - t0);
        svg.push(performance.now() - t1);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        boxes = scene.nodes.length;
    }
    return { layout: median(layout), svg: median(svg), cpu: median(cpu), boxes, bytes: size };
}

function stability(graph: ArgumentGraph) {
    const before = layoutMap(graph);
    const shares: number[] = [];
    for (const edit of leafEdits(graph)) shares.push(movedNodes(before, layoutMap(edit.graph)).length / before.nodes.length);
    // And edits that add a line to a leaf (the box grows): what moves then.
    const grown: number[] = [];
    for (const edit of leafEdits(graph)) {
        const copy = structuredClone(graph);
        const s = copy.statements.find(x => x.id === edit.id)!;
        s.text += ' with a few more words to make one more line';
        grown.push(movedNodes(before, layoutMap(copy)).length / before.nodes.length);
        if (grown.length >= 200) break;
    }
    const mean = (v: number[]) => v.length === 0 ? 0 : v.reduce((a, b) => a + b, 0) / v.length;
    return { edits: shares.length, moved: mean(shares), worst: Math.max(0, ...shares), grownEdits: grown.length, grown: mean(grown) };
}

async function main() {
    console.log(`Node ${process.version}; medians of ${runs} runs after a warm-up; load average ${os.loadavg().map(l => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs.\n`);
    console.log('Document -> SVG (generated deep maps):');
    console.log('(wall-clock times; "CPU" is the process CPU time of layout+SVG, steadier on a busy machine)');
    console.log('  elements  boxes  build (parse+link+check)  layout   SVG     layout+SVG  CPU      document->SVG  SVG size');
    const sized: Array<{ elements: number; graph: ArgumentGraph }> = [];
    for (const target of [100, 1_000, 5_000, 20_000]) {
        const map = generateDeepMap(target, 42);
        const builds: number[] = [];
        let graph!: ArgumentGraph;
        for (let i = 0; i < Math.min(runs, target >= 20_000 ? 3 : runs); i++) ({ graph, buildMs: builds[i] } = await graphOfText(map.text));
        const elements = graph.statements.length + graph.arguments.length;
        const d = drawTimes(graph, target >= 20_000 ? 3 : runs);
        sized.push({ elements, graph });
        const build = median(builds);
        console.log(`  ${String(elements).padStart(8)}  ${String(d.boxes).padStart(5)}  ${ms(build).padStart(24)}  ${ms(d.layout).padStart(7)}  ${ms(d.svg).padStart(6)}  ${ms(d.layout + d.svg).padStart(10)}  ${ms(d.cpu).padStart(7)}  ${ms(build + d.layout + d.svg).padStart(13)}  ${(d.bytes / 1e6).toFixed(1)} MB`);
    }
    const flat = await graphOfText(generateMap(3_000, 42).text);
    const f = drawTimes(flat.graph, runs);
    console.log(`  flat map (generateMap, one thesis with every argument under it): ${flat.graph.statements.length + flat.graph.arguments.length} elements, layout+SVG ${ms(f.layout + f.svg)}`);

    console.log('\nStability: share of boxes that move (> 1 px) after a one-word edit of a leaf statement');
    console.log('(edits keep the line count), and after adding a line to a leaf instead:');
    // The maps among the examples (a library such as framings.argmap has nothing to draw).
    const examples = readdirSync(path.join(root, 'examples'))
        .filter(f => f.endsWith('.argmap') && /^thesis /m.test(readFileSync(path.join(root, 'examples', f), 'utf8'))).sort();
    const cases: Array<[string, ArgumentGraph]> = [];
    for (const file of examples) cases.push([file, (await graphOfText(readFileSync(path.join(root, 'examples', file), 'utf8'), file)).graph]);
    cases.push(['generated deep, ~1,000 elements', sized[1].graph]);
    cases.push(['generated flat, ~1,400 elements', flat.graph]);
    const rows: ResultRow[] = [];
    for (const [name, graph] of cases) {
        const s = stability(graph);
        console.log(`  ${name.padEnd(40)} ${String(s.edits).padStart(4)} edits: ${(s.moved * 100).toFixed(2)}% moved on average (worst ${(s.worst * 100).toFixed(1)}%); a line more: ${(s.grown * 100).toFixed(1)}% (${s.grownEdits} edits)`);
        rows.push({
            pipeline: 'layout-stability', size: graph.statements.length + graph.arguments.length, shape: name,
            moved_share: Number(s.moved.toFixed(5)), moved_share_worst: Number(s.worst.toFixed(5)), edits: s.edits,
            line_more_moved_share: Number(s.grown.toFixed(5)), line_more_edits: s.grownEdits,
            argmap_ms: null, argdown_ms: null, ratio: null, machine: machine(),
        });
    }
    console.log(`  (merged ${rows.length} rows into ${mergeResults(rows)})`);

    console.log('\nPNG export (resvg-wasm, DejaVu Sans, scale 2):');
    const wasm = readFileSync(path.join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'));
    const font = readFileSync(path.join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const t0 = performance.now();
    await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { wasm, fonts: [font] });
    console.log(`  wasm start-up (once per process): ${ms(performance.now() - t0)}`);
    for (const [name, graph] of [...cases.slice(0, examples.length), ['generated deep, ~1,000 elements', sized[1].graph] as const]) {
        const svg = sceneToSvg(layoutMap(graph));
        const times: number[] = [];
        let png!: Awaited<ReturnType<typeof svgToPng>>;
        for (let i = 0; i < 3; i++) {
            const t = performance.now();
            png = await svgToPng(svg, { wasm, fonts: [font] });
            times.push(performance.now() - t);
        }
        console.log(`  ${name.padEnd(40)} ${png.width}x${png.height} px at ${png.scale.toFixed(2)}x: ${ms(median(times))}, ${(png.png.length / 1e6).toFixed(1)} MB`);
    }
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
