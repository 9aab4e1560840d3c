import { readFileSync } from 'node:fs';
import * as path from 'node:path';
// jsonschema comes with langium-cli (a devDependency); it stands in for VS Code's JSON validation here.
import { Validator, type Schema } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import { jsonErrorLine, parseRubric, RubricError, ruleNames, ruleParameters } from '../../../language-server/src/grading/rubric.js';

const root = path.resolve(__dirname, '../../..');
// Walked as plain JSON: its keywords (if/then, propertyNames) are what the tests compare.
const schema: any = JSON.parse(readFileSync(path.join(root, 'argmap-rubric.schema.json'), 'utf8'));
const criterion = (fields: Record<string, unknown>) => ({ title: 'T', criteria: [{ id: 'c', points: 1, ...fields }] });

function problem(value: unknown): string {
    try {
        parseRubric(value, 'fallback');
    } catch (error) {
        if (error instanceof RubricError) return error.message;
        throw error;
    }
    return 'valid';
}

/** Rubrics the format rejects, with the one line `grade` prints (after `rubric FILE: `). */
const invalid: Array<[string, unknown, string]> = [
    ['an array', [], 'a rubric is an object: {"title": "...", "criteria": [...]}'],
    ['an unknown top-level key', { title: 'T', criteria: [], rules: [] }, 'unknown key "rules" (a rubric has "$schema", "title", "criteria")'],
    ['an empty title', { title: ' ', criteria: [{ id: 'a', rule: 'one-thesis', points: 1 }] }, '"title" must be a non-empty string'],
    ['no criteria', { title: 'T', criteria: [] }, '"criteria" must be a list of at least one criterion'],
    ['a criterion that is not an object', { title: 'T', criteria: ['one-thesis'] }, 'criterion 1 is not an object with "id", "rule" and "points"'],
    ['a criterion without id', { title: 'T', criteria: [{ rule: 'one-thesis', points: 1 }] }, 'criterion 1 has no "id"'],
    ['an id with a space', criterion({ id: 'my args', rule: 'one-thesis' }), 'criterion 1: "id" must be a string of letters, digits, _ and - (it names a column), not "my args"'],
    ['an id taken by the output', criterion({ id: 'score', rule: 'one-thesis' }), 'criterion "score": "score" is taken by a column of the output; choose another id'],
    ['a duplicate id', { title: 'T', criteria: [{ id: 'a', rule: 'one-thesis', points: 1 }, { id: 'a', rule: 'no-errors', points: 1 }] }, 'criterion "a" appears twice: each id names one column'],
    ['no rule', criterion({}), `criterion "c" has no "rule" (one of ${ruleNames.join(', ')})`],
    ['an unknown rule', criterion({ rule: 'min-argument', min: 1 }), `criterion "c" has an unknown rule "min-argument" (did you mean "min-arguments"?); the rules are ${ruleNames.join(', ')}`],
    ['a rule far from any', criterion({ rule: 'vibes' }), `criterion "c" has an unknown rule "vibes"; the rules are ${ruleNames.join(', ')}`],
    ['a missing min', criterion({ rule: 'min-arguments' }), 'criterion "c" (min-arguments) needs "min": a whole number of 1 or more'],
    ['a min of 0', criterion({ rule: 'min-sources', min: 0 }), 'criterion "c" (min-sources): "min" must be a whole number of 1 or more, not 0'],
    ['a fractional min', criterion({ rule: 'min-depth', min: 1.5 }), 'criterion "c" (min-depth): "min" must be a whole number of 1 or more, not 1.5'],
    ['a min on a rule without one', criterion({ rule: 'one-thesis', min: 1 }), 'criterion "c" (one-thesis) has an unknown key "min" (one-thesis takes "id", "label", "rule", "points", "partial")'],
    ['negative points', criterion({ rule: 'one-thesis', points: -1 }), 'criterion "c" (one-thesis): "points" must be a number of 0 or more, not -1'],
    ['points as a string', criterion({ rule: 'one-thesis', points: '2' }), 'criterion "c" (one-thesis): "points" must be a number of 0 or more, not "2"'],
    ['no points', { title: 'T', criteria: [{ id: 'c', rule: 'no-errors' }] }, 'criterion "c" (no-errors) has no "points"'],
    ['partial on an all-or-nothing rule', criterion({ rule: 'no-errors', partial: true }), 'criterion "c" (no-errors): "partial" applies only to rules with a "min"; no-errors is all or nothing'],
    ['partial not a boolean', criterion({ rule: 'min-sources', min: 1, partial: 'yes' }), 'criterion "c" (min-sources): "partial" must be true or false'],
    ['a missing share', criterion({ rule: 'objections-answered' }), 'criterion "c" (objections-answered) needs "share": the share of objections that must be answered, from 0 to 1'],
    ['a share above 1', criterion({ rule: 'objections-answered', share: 75 }), 'criterion "c" (objections-answered): "share" must be a number from 0 to 1 (0.75 is three quarters), not 75'],
    ['missing framings', criterion({ rule: 'required-framings' }), 'criterion "c" (required-framings) needs "framings": the framing names that must be used, as in ["realist", "liberal"]'],
    ['empty framings', criterion({ rule: 'required-framings', framings: [] }), 'criterion "c" (required-framings): "framings" must be a list of at least one framing name'],
    ['a framing twice', criterion({ rule: 'required-framings', framings: ['a', 'a'] }), 'criterion "c" (required-framings): "framings" lists "a" twice'],
    ['a missing max', criterion({ rule: 'max-statement-words' }), 'criterion "c" (max-statement-words) needs "max": a whole number of 1 or more'],
    ['an empty label', criterion({ rule: 'one-thesis', label: '' }), 'criterion "c" (one-thesis): "label" must be a non-empty string'],
    // Found by the fuzzer (test/fuzz/): JSON.stringify of the value overflowed the stack, and a
    // line break in a key or name broke the one-line problem.
    ['points nested 10,000 deep', criterion({ rule: 'one-thesis', points: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) }), 'criterion "c" (one-thesis): "points" must be a number of 0 or more, not a list'],
    ['a min that is an object', criterion({ rule: 'min-depth', min: { n: 2 } }), 'criterion "c" (min-depth): "min" must be a whole number of 1 or more, not an object'],
    ['a key with a line break', { title: 'T', criteria: [], 'two\nlines\u2028': 1 }, 'unknown key "two\\nlines\\u2028" (a rubric has "$schema", "title", "criteria")'],
    ['a framing twice, with a line break', criterion({ rule: 'required-framings', framings: ['a\nb', 'a\nb'] }), 'criterion "c" (required-framings): "framings" lists "a\\nb" twice'],
    ['a long rule name', criterion({ rule: 'x'.repeat(100) }), `criterion "c" has an unknown rule "${'x'.repeat(39)}…"; the rules are ${ruleNames.join(', ')}`],
];

/** Rubrics the format accepts. */
const valid: Array<[string, unknown]> = [
    ['the example rubric', JSON.parse(readFileSync(path.join(root, 'examples/essay.argmap-rubric.json'), 'utf8'))],
    ['no title, a $schema', { $schema: './argmap-rubric.schema.json', criteria: [{ id: 'a', rule: 'one-thesis', points: 1 }] }],
    ['zero points, partial false on an all-or-nothing rule', criterion({ rule: 'cross-framing-objection', points: 0, partial: false })],
    ['share 0 and share 1', { title: 'T', criteria: [{ id: 'a', rule: 'objections-answered', share: 0, points: 1 }, { id: 'b', rule: 'objections-answered', share: 1, points: 1 }] }],
];

describe('parseRubric', () => {
    it.each(invalid)('rejects %s with one line naming the criterion', (_, value, message) => {
        expect(problem(value)).toBe(message);
        expect(message).not.toContain('\n');
    });

    // Found by the fuzzer (test/fuzz/): JSON.parse quotes the text around its error, line breaks included.
    it('words a file that is not JSON in one line', () => {
        let error: unknown;
        try {
            JSON.parse('{\n\t"title": x\r\n}');
        } catch (e) {
            error = e;
        }
        expect(jsonErrorLine(error)).toMatch(/^Unexpected token 'x', "\{ "title": x \}" is not valid JSON$/);
    });

    it.each(valid)('accepts %s', (_, value) => {
        expect(problem(value)).toBe('valid');
    });

    it('fills in the defaults: the fallback title, no label, partial false', () => {
        expect(parseRubric({ criteria: [{ id: 'a', rule: 'min-depth', min: 2, points: 1 }] }, 'essay')).toEqual({
            title: 'essay',
            criteria: [{ id: 'a', label: null, rule: 'min-depth', min: 2, points: 1, partial: false }],
        });
    });
});

describe('argmap-rubric.schema.json', () => {
    const validator = new Validator();
    const schemaAccepts = (value: unknown) => validator.validate(value, schema as Schema).valid;

    it('is contributed to VS Code for *.argmap-rubric.json, and shipped in the .vsix', () => {
        const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
        expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: '*.argmap-rubric.json', url: './argmap-rubric.schema.json' });
        expect(readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n')).toContain('!argmap-rubric.schema.json');
    });

    it('is JSON Schema draft-07 and lists exactly the rules of rubric.ts', () => {
        expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
        expect(schema.definitions.criterion.properties.rule.enum).toEqual(ruleNames);
    });

    it('gives each rule exactly the parameter rubric.ts gives it, required', () => {
        for (const block of schema.definitions.criterion.allOf) {
            const rule = block.if.properties.rule.const as keyof typeof ruleParameters;
            const parameter = ruleParameters[rule];
            expect(block.then.propertyNames.enum, rule).toEqual(['id', 'label', 'rule', 'points', 'partial', ...(parameter ? [parameter] : [])]);
            expect(block.then.required ?? [], rule).toEqual(parameter ? [parameter] : []);
        }
        expect(schema.definitions.criterion.allOf.map((b: any) => b.if.properties.rule.const)).toEqual(ruleNames);
    });

    it('describes every property', () => {
        const undescribed: string[] = [];
        const walk = (node: any, where: string) => {
            for (const [name, property] of Object.entries<any>(node.properties ?? {})) {
                if (typeof property.description !== 'string') undescribed.push(`${where}.${name}`);
                walk(property, `${where}.${name}`);
                if (property.items) walk(property.items, `${where}.${name}[]`);
            }
        };
        walk(schema, 'rubric');
        walk(schema.definitions.criterion, 'criterion');
        expect(undescribed).toEqual([]);
    });

    // A duplicate id is the one thing JSON Schema can't say (uniqueItems compares whole criteria).
    it.each(invalid.filter(([name]) => name !== 'a duplicate id'))('rejects %s, as argmap grade does', (_, value) => {
        expect(schemaAccepts(value)).toBe(false);
    });

    it.each(valid)('accepts %s, as argmap grade does', (_, value) => {
        expect(schemaAccepts(value)).toBe(true);
    });
});

describe('docs/grading.md', () => {
    it('has a section for every rule, in the order of rubric.ts', () => {
        const markdown = readFileSync(path.join(root, 'docs/grading.md'), 'utf8');
        expect([...markdown.matchAll(/^### `([a-z-]+)`$/gm)].map(m => m[1])).toEqual(ruleNames);
    });
});
