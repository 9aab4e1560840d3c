import { NESTING_MESSAGE } from '../../language-server/src/language/argmap-lexer.js';
import { generateAif } from './aif-generator.js';
import { generateArgdown } from './argdown-generator.js';
import { generateArgmap } from './argmap-generator.js';
import { fuzzArgmap } from './argmap-pipeline.js';
import { mutate } from './byte-mutators.js';
import { extremeInputs } from './extreme-inputs.js';
import type { FuzzResult } from './fuzz-result.js';
import { extremeAif, extremeArgdown } from './interchange-extremes.js';
import { fuzzInterchange } from './interchange-pipeline.js';
import { Random } from './prng.js';
import { generateRubric } from './rubric-generator.js';
import { fuzzRubric } from './rubric-pipeline.js';
import { seeds, type SeedFile } from './seeds.js';

/**
 * Every kind of fuzz input: how input `index` of a run seeded with `seed` is made (the same bytes
 * every time), and which pipeline it goes through. `npm test` (fuzz.test.ts) and `npm run fuzz`
 * (runner.ts) both take their inputs from here.
 */
export interface FuzzInput {
    bytes: Uint8Array;
    /** What the input is, for a failure's report: the generator, or the seed file and the mutations. */
    label: string;
}

export interface FuzzKind {
    name: string;
    /** The file extension a failing input is saved with. */
    extension: string;
    /** A kind with a fixed list of inputs has this many; the others make as many as asked. */
    size?: number;
    /** The inputs of the fast subset `npm test` runs (fuzz.test.ts). */
    quick: number[];
    input(seed: number, index: number): FuzzInput;
    run(input: Uint8Array, index: number): Promise<FuzzResult>;
}

const encoder = new TextEncoder();

function generated(name: string, generate: (random: Random) => string): FuzzKind['input'] {
    return (seed, index) => ({ bytes: encoder.encode(generate(Random.forInput(seed, name, index))), label: 'generated' });
}

/** A seed file (or, one time in five, a generated input) with one to four byte mutations. */
function mutated(name: string, files: () => SeedFile[], generate: (random: Random) => string): FuzzKind['input'] {
    return (seed, index) => {
        const random = Random.forInput(seed, name, index);
        const pool = files();
        const base = random.chance(0.8) ? random.pick(pool) : { name: 'a generated input', bytes: encoder.encode(generate(random)) };
        const { bytes, applied } = mutate(base.bytes, random, random.pick(pool).bytes);
        return { bytes, label: `${base.name}, mutated: ${applied.join(', ')}` };
    };
}

function fixed(list: readonly { name: string; text: string; quick?: boolean }[]): Pick<FuzzKind, 'size' | 'input' | 'quick'> {
    return {
        size: list.length,
        quick: list.flatMap((item, i) => (item.quick ? [i] : [])),
        input: (_seed, index) => ({ bytes: encoder.encode(list[index % list.length].text), label: list[index % list.length].name }),
    };
}

/** The first `count` inputs. */
const first = (count: number) => Array.from({ length: count }, (_, i) => i);

const argmapRun = (input: Uint8Array) => fuzzArgmap(input);
const aifRun = (input: Uint8Array) => fuzzInterchange('input.json', input);
const argdownRun = (input: Uint8Array) => fuzzInterchange('input.argdown', input);
const rubricRun = (input: Uint8Array) => fuzzRubric(input);

export const fuzzKinds: readonly FuzzKind[] = [
    { name: 'argmap-generated', extension: '.argmap', quick: first(30), input: generated('argmap-generated', generateArgmap), run: argmapRun },
    { name: 'argmap-mutated', extension: '.argmap', quick: first(60), input: mutated('argmap-mutated', () => seeds().argmap, generateArgmap), run: argmapRun },
    {
        name: 'argmap-extreme', extension: '.argmap', ...fixed(extremeInputs),
        // DESIGN.md: 10,000 nested levels give the nesting-depth error (as `syntax`), not a stack overflow.
        run: async (input, index) => {
            const result = await fuzzArgmap(input);
            const expected = extremeInputs[index % extremeInputs.length].nestingError;
            if (result.ok && expected && !result.facts.includes(`syntax: ${NESTING_MESSAGE}`)) {
                return { ...result, ok: false, stage: 'nesting', error: 'no "nesting deeper than 64 levels" syntax error' };
            }
            return result;
        },
    },
    { name: 'aif-generated', extension: '.json', quick: first(60), input: generated('aif-generated', generateAif), run: aifRun },
    { name: 'aif-mutated', extension: '.json', quick: first(60), input: mutated('aif-mutated', () => seeds().aif, generateAif), run: aifRun },
    { name: 'aif-extreme', extension: '.json', ...fixed(extremeAif), run: aifRun },
    { name: 'argdown-generated', extension: '.argdown', quick: first(60), input: generated('argdown-generated', generateArgdown), run: argdownRun },
    { name: 'argdown-mutated', extension: '.argdown', quick: first(60), input: mutated('argdown-mutated', () => seeds().argdown, generateArgdown), run: argdownRun },
    { name: 'argdown-extreme', extension: '.argdown', ...fixed(extremeArgdown), run: argdownRun },
    { name: 'rubric-generated', extension: '.argmap-rubric.json', quick: first(100), input: generated('rubric-generated', generateRubric), run: rubricRun },
    { name: 'rubric-mutated', extension: '.argmap-rubric.json', quick: first(100), input: mutated('rubric-mutated', () => seeds().rubric, generateRubric), run: rubricRun },
];

export function fuzzKind(name: string): FuzzKind {
    const kind = fuzzKinds.find(k => k.name === name);
    if (!kind) throw new Error(`no fuzz kind ${name} (kinds: ${fuzzKinds.map(k => k.name).join(', ')})`);
    return kind;
}
