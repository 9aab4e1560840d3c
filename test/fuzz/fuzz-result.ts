/**
 * What every fuzz pipeline returns for one input: whether it came through, and if not, the stage
 * that failed and why. Time is measured but judged only by `npm run fuzz` (runner.ts), never by
 * `npm test`: a loaded machine must not fail the tests.
 */
export interface FuzzResult {
    ok: boolean;
    /** The stage that threw or broke an oracle; null when ok. */
    stage: string | null;
    /** The exception (first lines of its stack) or the broken oracle, in words; null when ok. */
    error: string | null;
    /** Wall-clock milliseconds for the whole input. */
    ms: number;
    /** Wall-clock milliseconds per stage: where the time of a slow input went. */
    stageMs: Record<string, number>;
    /**
     * This thread's CPU milliseconds per stage. `npm run fuzz` judges these: on a shared machine the
     * wall clock also counts what other processes do (this one ran at a load of 6 on 2 cores).
     */
    stageCpuMs: Record<string, number>;
    /** What the input gave, for tests about particular inputs (diagnostic codes and the like). */
    facts: string[];
}

/** Thrown by an oracle (not by the product) to fail an input with a message. */
export class OracleFailure extends Error { }

export function describeError(error: unknown): string {
    if (error instanceof OracleFailure) return error.message;
    if (error instanceof Error) return (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 8).join('\n');
    return `non-Error thrown: ${String(error)}`;
}

/**
 * Langium catches an exception in a validation check or the linker, logs it with console.error
 * and carries on; so would a careless catch in our code. Whatever reaches console.error or
 * console.warn during an input is a swallowed exception and fails the input.
 */
export function trapConsole(): { lines: string[]; restore(): void } {
    const lines: string[] = [];
    const original = { error: console.error, warn: console.warn };
    const record = (...args: unknown[]) => { lines.push(args.map(a => (a instanceof Error ? describeError(a) : String(a))).join(' ')); };
    console.error = record;
    console.warn = record;
    return { lines, restore: () => Object.assign(console, original) };
}

/** This thread's CPU time in milliseconds (Node 22's process.threadCpuUsage; the wall clock where it is missing). */
export function threadCpuMs(): number {
    const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
    return usage ? (usage.user + usage.system) / 1000 : performance.now();
}

/** Runs `body` stage by stage (it calls `enter` before each), and turns what goes wrong into a result. */
export async function runStages(body: (enter: (stage: string) => void, facts: string[]) => Promise<void> | void): Promise<FuzzResult> {
    const started = performance.now();
    const trap = trapConsole();
    let stage = 'start';
    let stageStarted = started;
    let stageCpuStarted = threadCpuMs();
    const stageMs: Record<string, number> = {};
    const stageCpuMs: Record<string, number> = {};
    const facts: string[] = [];
    const enter = (next: string) => {
        const now = performance.now();
        const cpu = threadCpuMs();
        stageMs[stage] = (stageMs[stage] ?? 0) + now - stageStarted;
        stageCpuMs[stage] = (stageCpuMs[stage] ?? 0) + cpu - stageCpuStarted;
        stage = next;
        stageStarted = now;
        stageCpuStarted = cpu;
    };
    const result = (ok: boolean, at: string | null, error: string | null): FuzzResult =>
        ({ ok, stage: at, error, ms: performance.now() - started, stageMs, stageCpuMs, facts });
    try {
        await body(enter, facts);
        enter('end');
        if (trap.lines.length > 0) return result(false, 'console', `logged during the run: ${trap.lines[0].slice(0, 2000)}`);
        return result(true, null, null);
    } catch (error) {
        const at = stage;
        enter('end');
        return result(false, at, describeError(error));
    } finally {
        trap.restore();
    }
}
