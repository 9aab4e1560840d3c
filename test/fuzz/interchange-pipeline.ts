import { importInterchange } from '../../language-server/src/interop/interchange-import.js';
import { fuzzArgmap } from './argmap-pipeline.js';
import { OracleFailure, runStages, type FuzzResult } from './fuzz-result.js';

/**
 * One AIF (`.json`) or Argdown (`.argdown`) input through `argmap import`'s code
 * (importInterchange: decode, read, map to a graph, print), then the printed map through the
 * whole `.argmap` pipeline. Malformed input must come back as problem lines, each one line; the
 * printed text must parse without a `syntax` error (DESIGN.md: "as if written by hand").
 */
export async function fuzzInterchange(fileName: 'input.json' | 'input.argdown', input: Uint8Array): Promise<FuzzResult> {
    let printed: string | null = null;
    const imported = await runStages((enter, facts) => {
        enter('import');
        const result = importInterchange(fileName, input);
        enter('import result');
        if (result.argmap === null && result.problems.length === 0) throw new OracleFailure('nothing imported, and no problem says why');
        for (const line of [...result.problems, ...result.warnings.map(w => w.message), result.note ?? '']) {
            if (/[\r\n\u2028\u2029]/.test(line)) throw new OracleFailure(`a problem, warning or note of more than one line: ${JSON.stringify(line.slice(0, 300))}`);
        }
        facts.push(...result.problems.map(p => `problem: ${p}`), ...result.warnings.map(w => `warning: ${w.message}`));
        printed = result.argmap;
    });
    if (!imported.ok || printed === null) return imported;
    const mapped = await fuzzArgmap(new TextEncoder().encode(printed));
    // The printed map is an input of its own: its stages are kept apart (runner.ts times each on its own).
    const stageMs = { ...imported.stageMs };
    const stageCpuMs = { ...imported.stageCpuMs };
    for (const [stage, ms] of Object.entries(mapped.stageMs)) stageMs[`${printedMap}${stage}`] = ms;
    for (const [stage, ms] of Object.entries(mapped.stageCpuMs)) stageCpuMs[`${printedMap}${stage}`] = ms;
    const result = { ...imported, ms: imported.ms + mapped.ms, stageMs, stageCpuMs };
    if (!mapped.ok) return { ...result, ok: false, stage: `${printedMap}${mapped.stage}`, error: mapped.error };
    const syntax = mapped.facts.find(f => f.startsWith('syntax:'));
    if (syntax) return { ...result, ok: false, stage: `${printedMap}parse`, error: `the imported map does not parse: ${syntax}` };
    return result;
}

/** The prefix of the printed map's stages. */
export const printedMap = 'printed map: ';
