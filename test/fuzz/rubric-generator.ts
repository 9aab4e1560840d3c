import { ruleNames, ruleParameters } from '../../language-server/src/grading/rubric.js';
import { hostilePiece, phrase } from './hostile-text.js';
import type { Random } from './prng.js';

/**
 * Rubric JSON drawn from the format (DESIGN.md, "Rubric grading"): mostly valid rubrics with odd
 * values (points 0 or huge, min far beyond any map, share at its ends, framings with hostile names,
 * ids that are Object.prototype's properties), and one slip now and then (a wrong type, a missing
 * or unknown key, a duplicate id) that must give one clear line, never an exception.
 */
export function generateRubric(random: Random): string {
    const r = random;
    const criteria: unknown[] = [];
    const slip = r.pick([0, 0, 0.02, 0.2]);
    const count = r.chance(0.05) ? r.int(100, 2000) : r.int(r.chance(slip) ? 0 : 1, 12);
    // Names of Object.prototype's properties are valid ids: each at most once, so a clean rubric stays valid.
    const ids = ['args', 'obj', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'x-y_z', '_'];
    const used = new Set<string>();
    const cleanId = (i: number) => {
        const id = r.chance(0.6) ? `c${i}` : r.pick(ids);
        if (used.has(id)) return `c${i}`;
        used.add(id);
        return id;
    };
    const text = (words: number, fallback: string) => phrase(r, words).trim() || fallback;
    for (let i = 0; i < count; i++) {
        const rule = r.chance(1 - slip) ? r.pick(ruleNames) : r.pick<unknown>(['min-argument', 'MIN-ARGUMENTS', '', null, 5, '__proto__']);
        const criterion: Record<string, unknown> = {
            id: r.chance(1 - slip) ? cleanId(i) : r.pick<unknown>([null, 3, 'a b', 'file', '', 'c0', hostilePiece(r)]),
            rule,
            points: r.chance(1 - slip) ? r.pick([0, 1, 2, 0.5, 1e308, 3.14159]) : r.pick<unknown>([-1, '2', null, 1e309]),
        };
        const parameter = typeof rule === 'string' && Object.hasOwn(ruleParameters, rule) ? ruleParameters[rule as keyof typeof ruleParameters] : null;
        if (parameter === 'min' || parameter === 'max') criterion[parameter] = r.chance(1 - slip) ? r.pick([1, 2, 3, 1000, 2 ** 53]) : r.pick<unknown>([0, -1, 1.5, '3', null]);
        if (parameter === 'share') criterion.share = r.chance(1 - slip) ? r.pick([0, 0.5, 0.75, 1]) : r.pick<unknown>([1.5, -0.1, '0.5']);
        if (parameter === 'framings') {
            criterion.framings = r.chance(1 - slip)
                ? Array.from({ length: r.int(1, 4) }, (_, k) => `${r.pick(['realist', 'liberal', 'constructivist', hostilePiece(r), phrase(r, 3)])}${k}`)
                : r.pick<unknown>([[], ['a', 'a'], ['a\nb', 'a\nb'], [1], 'realist']);
        }
        if (r.chance(0.3)) criterion.label = r.chance(1 - slip) ? text(8, 'label') : r.pick<unknown>(['', ' ', 7]);
        if (r.chance(0.2)) criterion.partial = r.chance(1 - slip) ? parameter === 'min' && r.chance(0.8) : r.pick<unknown>(['yes', 1]);
        if (r.chance(slip)) criterion[r.pick(['extra', '__proto__', 'min', 'two\nlines', hostilePiece(r)])] = 1;
        criteria.push(r.chance(1 - slip / 4) ? criterion : r.pick<unknown>([null, [], 'criterion']));
    }
    const rubric: Record<string, unknown> = { criteria };
    if (r.chance(0.5)) rubric.$schema = './argmap-rubric.schema.json';
    if (r.chance(0.7)) rubric.title = r.chance(1 - slip) ? text(6, 'Essay') : r.pick<unknown>(['', 5, null]);
    if (r.chance(slip)) rubric[r.pick(['extra', '__proto__', 'line\nbreak', hostilePiece(r)])] = {};
    if (r.chance(0.02)) return JSON.stringify(r.pick<unknown>([null, [], 'rubric', 1]));
    return JSON.stringify(rubric, null, r.chance(0.5) ? 2 : undefined);
}
