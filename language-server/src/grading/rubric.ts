import { closestNames } from '../language/lsp/code-actions/closest.js';

/**
 * The rubric an instructor writes (DESIGN.md, "Rubric grading"): its types and its validation.
 * `argmap-rubric.schema.json` at the package root describes the same format for VS Code; this file
 * is what `argmap grade` actually enforces, with one message per problem naming the criterion, and
 * `test/unit/grading/rubric.test.ts` checks the two agree.
 */

/** Each rule and the one parameter it takes (null: none). */
export const ruleParameters = {
    'one-thesis': null,
    'min-arguments': 'min',
    'min-objections': 'min',
    'objections-answered': 'share',
    'min-depth': 'min',
    'min-cited-evidence': 'min',
    'min-sources': 'min',
    'required-framings': 'framings',
    'cross-framing-objection': null,
    'no-errors': null,
    'max-statement-words': 'max',
} as const;

export type RuleName = keyof typeof ruleParameters;
export type RuleParameter = NonNullable<typeof ruleParameters[RuleName]>;
export const ruleNames = Object.keys(ruleParameters) as RuleName[];

interface CriterionBase {
    /** Names the criterion's column in the table and CSV and its entry in JSON. */
    id: string;
    /** A title for students (feedback); null: the rule's own title. */
    label: string | null;
    points: number;
    /** Only `min` rules: earn points × min(1, actual / min) instead of all or nothing. */
    partial: boolean;
}

type RulesTaking<P> = { [R in RuleName]: typeof ruleParameters[R] extends P ? R : never }[RuleName];

export type MinCriterion = CriterionBase & { rule: RulesTaking<'min'>; min: number };
export type Criterion =
    | CriterionBase & { rule: RulesTaking<null> }
    | MinCriterion
    | CriterionBase & { rule: 'objections-answered'; share: number }
    | CriterionBase & { rule: 'required-framings'; framings: string[] }
    | CriterionBase & { rule: 'max-statement-words'; max: number };

/** The criterion of one rule, for functions that handle exactly that rule. */
export type CriterionOf<R extends RuleName> = Extract<Criterion, { rule: R }>;

export interface Rubric {
    title: string;
    criteria: Criterion[];
}

/** A rubric that does not follow the format; the message is one line and names the criterion. */
export class RubricError extends Error { }

export function isRuleName(value: string): value is RuleName {
    return Object.hasOwn(ruleParameters, value);
}

export function isMinCriterion(criterion: Criterion): criterion is MinCriterion {
    return ruleParameters[criterion.rule] === 'min';
}

const topKeys = ['$schema', 'title', 'criteria'];
const baseKeys = ['id', 'label', 'rule', 'points', 'partial'];
/** Ids that would clash with the CSV's own columns. */
export const reservedIds = ['file', 'score', 'max'];
export const idPattern = /^[A-Za-z0-9_-]+$/;

/**
 * Checks a parsed rubric file and returns it with defaults filled in (`label` null, `partial`
 * false, `title` the given fallback). Throws RubricError on the first problem.
 */
export function parseRubric(value: unknown, fallbackTitle: string): Rubric {
    if (!isObject(value)) throw new RubricError('a rubric is an object: {"title": "...", "criteria": [...]}');
    for (const key of Object.keys(value)) {
        if (!topKeys.includes(key)) throw new RubricError(`unknown key ${shown(key)} (a rubric has ${quoteList(topKeys)})`);
    }
    if (value.title !== undefined && (typeof value.title !== 'string' || value.title.trim() === '')) {
        throw new RubricError('"title" must be a non-empty string');
    }
    if (!Array.isArray(value.criteria) || value.criteria.length === 0) {
        throw new RubricError('"criteria" must be a list of at least one criterion');
    }
    const seen = new Set<string>();
    const criteria = value.criteria.map((item, i) => {
        const criterion = parseCriterion(item, i + 1);
        if (seen.has(criterion.id)) throw new RubricError(`criterion "${criterion.id}" appears twice: each id names one column`);
        seen.add(criterion.id);
        return criterion;
    });
    return { title: typeof value.title === 'string' ? value.title : fallbackTitle, criteria };
}

/**
 * Why a rubric file is not JSON, in one line: JSON.parse quotes the text around the error, line
 * breaks, tabs and control characters included, and a rubric problem is one line (found by the
 * fuzzer, test/fuzz/). `argmap grade` and the server's `argmap/grade` both say it this way.
 */
export function jsonErrorLine(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** A rubric without a `title` is named after its file: `essay.argmap-rubric.json` → `essay`. */
export function rubricTitleFromFileName(fileName: string): string {
    return fileName.replace(/(\.argmap-rubric)?\.json$/, '');
}

function parseCriterion(item: unknown, position: number): Criterion {
    if (!isObject(item)) throw new RubricError(`criterion ${position} is not an object with "id", "rule" and "points"`);
    const id = item.id;
    if (id === undefined) throw new RubricError(`criterion ${position} has no "id"`);
    if (typeof id !== 'string' || !idPattern.test(id)) {
        throw new RubricError(`criterion ${position}: "id" must be a string of letters, digits, _ and - (it names a column), not ${shown(id)}`);
    }
    if (reservedIds.includes(id)) throw new RubricError(`criterion "${id}": "${id}" is taken by a column of the output; choose another id`);
    const name = `criterion "${id}"`;

    const rule = item.rule;
    if (rule === undefined) throw new RubricError(`${name} has no "rule" (one of ${ruleNames.join(', ')})`);
    if (typeof rule !== 'string' || !isRuleName(rule)) {
        const near = typeof rule === 'string' ? closestNames(rule, ruleNames, { normalise: n => n.toLowerCase(), limit: 1 })[0]?.name : undefined;
        throw new RubricError(`${name} has an unknown rule ${shown(rule)}${near ? ` (did you mean "${near}"?)` : ''}; the rules are ${ruleNames.join(', ')}`);
    }
    const ruled = `${name} (${rule})`;
    const parameter = ruleParameters[rule];
    const allowed = parameter === null ? baseKeys : [...baseKeys, parameter];
    for (const key of Object.keys(item)) {
        if (!allowed.includes(key)) {
            throw new RubricError(`${ruled} has an unknown key ${shown(key)} (${rule} takes ${quoteList(allowed)})`);
        }
    }

    if (item.points === undefined) throw new RubricError(`${ruled} has no "points"`);
    if (typeof item.points !== 'number' || !Number.isFinite(item.points) || item.points < 0) {
        throw new RubricError(`${ruled}: "points" must be a number of 0 or more, not ${shown(item.points)}`);
    }
    if (item.label !== undefined && (typeof item.label !== 'string' || item.label.trim() === '')) {
        throw new RubricError(`${ruled}: "label" must be a non-empty string`);
    }
    if (item.partial !== undefined && typeof item.partial !== 'boolean') {
        throw new RubricError(`${ruled}: "partial" must be true or false`);
    }
    if (item.partial === true && parameter !== 'min') {
        throw new RubricError(`${ruled}: "partial" applies only to rules with a "min"; ${rule} is all or nothing`);
    }
    const base = { id, label: typeof item.label === 'string' ? item.label : null, points: item.points, partial: item.partial === true };

    switch (parameter) {
        case null: return { ...base, rule } as Criterion;
        case 'min': return { ...base, rule, min: wholeNumber(item.min, ruled, 'min') } as Criterion;
        case 'max': return { ...base, rule, max: wholeNumber(item.max, ruled, 'max') } as Criterion;
        case 'share': return { ...base, rule: 'objections-answered', share: share(item.share, ruled) };
        case 'framings': return { ...base, rule: 'required-framings', framings: framingNames(item.framings, ruled) };
    }
}

function wholeNumber(value: unknown, ruled: string, key: 'min' | 'max'): number {
    if (value === undefined) throw new RubricError(`${ruled} needs "${key}": a whole number of 1 or more`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        throw new RubricError(`${ruled}: "${key}" must be a whole number of 1 or more, not ${shown(value)}`);
    }
    return value;
}

function share(value: unknown, ruled: string): number {
    if (value === undefined) throw new RubricError(`${ruled} needs "share": the share of objections that must be answered, from 0 to 1`);
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
        throw new RubricError(`${ruled}: "share" must be a number from 0 to 1 (0.75 is three quarters), not ${shown(value)}`);
    }
    return value;
}

function framingNames(value: unknown, ruled: string): string[] {
    if (value === undefined) throw new RubricError(`${ruled} needs "framings": the framing names that must be used, as in ["realist", "liberal"]`);
    if (!Array.isArray(value) || value.length === 0 || !value.every(v => typeof v === 'string' && v !== '')) {
        throw new RubricError(`${ruled}: "framings" must be a list of at least one framing name`);
    }
    const duplicate = value.find((v, i) => value.indexOf(v) !== i);
    if (duplicate !== undefined) throw new RubricError(`${ruled}: "framings" lists ${shown(duplicate)} twice`);
    return value as string[];
}

/**
 * A value from the rubric file as a problem names it: briefly and on one line. JSON for a string,
 * number, boolean or null (cut after 40 characters; control, format and line-separator characters
 * escaped), "a list" or "an object" for the rest. JSON.stringify of any value overflowed the stack
 * on a list nested 10,000 deep, and a key with a line break broke the one-line problem (found by
 * the fuzzer, test/fuzz/).
 */
function shown(value: unknown): string {
    if (Array.isArray(value)) return 'a list';
    if (typeof value === 'object' && value !== null) return 'an object';
    if (typeof value === 'number') return String(value); // 1e999 is Infinity, which JSON would call null
    const cut = typeof value === 'string' && value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return String(JSON.stringify(cut)).replace(/[\p{C}\p{Zl}\p{Zp}]/gu, c => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quoteList(keys: readonly string[]): string {
    return keys.map(k => `"${k}"`).join(', ');
}
