import type { FuzzResult } from './fuzz-result.js';
import { printedMap } from './interchange-pipeline.js';

/**
 * What `npm run fuzz`'s per-input time limit applies to: each command a user could run on the
 * input, on its own. The pipelines do more in one go than any command does (every export, every
 * report format, grading), so their sum is not what anyone waits for; the slowest command is.
 * The oracles' own re-parsing of printed text is no command and is not timed. An AIF or Argdown
 * input is timed as `argmap import`, and the map it printed as an `.argmap` input of its own.
 */
const reading = ['start', 'parse', 'link', 'check', 'graph', 'status'];
const commands: Record<string, string[]> = {
    'argmap check': [...reading, 'report'],
    'argmap render': [...reading, 'layout', 'svg'],
    'argmap export': [...reading, 'export'],
    'the printer (format, import)': [...reading, 'print'],
    'argmap grade': [...reading, 'grade'],
    'argmap import': ['start', 'import', 'import result'],
    'argmap grade --rubric': ['start', 'load', 'grade', 'outputs'],
};

/** The time of each command on the input (CPU milliseconds by default). */
export function commandTimes(result: FuzzResult, clock: 'cpu' | 'wall' = 'cpu'): Array<{ command: string; ms: number }> {
    const times = clock === 'cpu' ? result.stageCpuMs : result.stageMs;
    const out: Array<{ command: string; ms: number }> = [];
    for (const [prefix, subject] of [['', ''], [printedMap, ' (the printed map)']]) {
        const stages = Object.entries(times).filter(([stage]) => (prefix === '' ? !stage.startsWith(printedMap) : stage.startsWith(prefix)));
        if (stages.length === 0) continue;
        const ms = new Map(stages.map(([stage, t]) => [stage.slice(prefix.length), t]));
        for (const [command, parts] of Object.entries(commands)) {
            if (!parts.some(p => p !== 'start' && ms.has(p))) continue;
            out.push({ command: command + subject, ms: parts.reduce((sum, p) => sum + (ms.get(p) ?? 0), 0) });
        }
    }
    return out;
}

/** Why the result is too slow, or null. */
export function overTime(result: FuzzResult, limitMs: number, clock: 'cpu' | 'wall' = 'cpu'): string | null {
    const slow = commandTimes(result, clock).filter(c => c.ms > limitMs);
    if (slow.length === 0) return null;
    const times = clock === 'cpu' ? result.stageCpuMs : result.stageMs;
    const stages = Object.entries(times).filter(([, ms]) => ms >= 50).sort((a, b) => b[1] - a[1])
        .map(([stage, ms]) => `${stage} ${Math.round(ms)}`).join(', ');
    return `${slow.map(c => `${c.command} took ${Math.round(c.ms)} ms`).join('; ')} (${clock === 'cpu' ? 'CPU' : 'wall-clock'} time, limit ${limitMs} ms; stages: ${stages})`;
}
