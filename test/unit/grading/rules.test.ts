import { describe, expect, it } from 'vitest';
import { gradeFiles, gradeOne } from '../../helpers/grading.js';

/** Each rule of DESIGN.md's rubric table: what `actual` counts, when it passes, partial credit. */

const sources = 'source s "S"\nsource u "U"\nsource v "V"\n';

describe('one-thesis', () => {
    it('passes with exactly one thesis', async () => {
        expect(await gradeOne('thesis t "T"', { rule: 'one-thesis' })).toMatchObject({ actual: 1, passed: true, points: 2, max: 2 });
    });

    it('fails with none, and with two (naming both)', async () => {
        expect(await gradeOne('claim c "C"', { rule: 'one-thesis' })).toMatchObject({ actual: 0, passed: false, points: 0 });
        const two = await gradeOne('thesis a "A"\nthesis b "B"', { rule: 'one-thesis' });
        expect(two).toMatchObject({ actual: 2, passed: false, points: 0 });
        expect(two.mentions.map(m => [m.name, m.line])).toEqual([['a', 1], ['b', 2]]);
    });

    it('does not count an imported thesis', async () => {
        const grade = await gradeFiles({ 'main.argmap': 'import "lib.argmap"\nclaim c supports t "C" cite s', 'lib.argmap': 'source s "S"\nthesis t "T"' }, [{ id: 'c', rule: 'one-thesis', points: 1 }]);
        expect(grade.criteria[0]).toMatchObject({ actual: 0, passed: false });
    });
});

describe('min-arguments', () => {
    const threeArguments = `${sources}thesis t "T" {
  argument { claim a "A" cite s }
  claim b "B" cite s
}
argument explicit supports t { claim c "C" cite s }
argument supports a { claim deeper "Not direct." cite s }
`;

    it('counts the arguments for the thesis directly: nested, shorthand and explicit, not those for a premise', async () => {
        expect(await gradeOne(threeArguments, { rule: 'min-arguments', min: 3 })).toMatchObject({ actual: 3, passed: true, points: 2 });
        expect(await gradeOne(threeArguments, { rule: 'min-arguments', min: 4 })).toMatchObject({ actual: 3, passed: false, points: 0 });
    });

    it('partial credit: points × actual/min, rounded to 2 decimals', async () => {
        const one = `${sources}thesis t "T" { argument { claim a "A" cite s } }`;
        expect(await gradeOne(one, { rule: 'min-arguments', min: 3, partial: true })).toMatchObject({ actual: 1, passed: false, points: 0.67 });
        expect(await gradeOne(one, { rule: 'min-arguments', min: 3, points: 3, partial: true })).toMatchObject({ points: 1 });
        expect(await gradeOne(threeArguments, { rule: 'min-arguments', min: 2, partial: true })).toMatchObject({ points: 2 }); // never above the points
    });

    it('is 0 without a thesis, and measures against the first of several', async () => {
        expect(await gradeOne('claim c "C"', { rule: 'min-arguments', min: 1 })).toMatchObject({ actual: 0, passed: false });
        const two = `${sources}thesis a "A"\nthesis b "B" { argument { claim x "X" cite s } }`;
        expect(await gradeOne(two, { rule: 'min-arguments', min: 1 })).toMatchObject({ actual: 0 });
    });
});

describe('min-objections', () => {
    it('counts objection statements and attacking arguments, not rebuttals', async () => {
        const text = `${sources}thesis t "T" {
  objection o1 "O1" { rebuttal "R" }
}
objection o2 attacks t "O2"
argument attacks t { claim p "P" cite s }
rebuttal attacks o2 "R2"
`;
        expect(await gradeOne(text, { rule: 'min-objections', min: 3 })).toMatchObject({ actual: 3, passed: true });
        expect(await gradeOne(text, { rule: 'min-objections', min: 4, partial: true })).toMatchObject({ actual: 3, passed: false, points: 1.5 });
    });
});

describe('objections-answered', () => {
    const text = `${sources}thesis t "T" {
  argument a { claim p "P" cite s }
  objection answered "Answered nested." { rebuttal "R" }
}
objection byName attacks t "Answered by name."
rebuttal attacks byName "R"
objection open attacks t "Nobody answers this."
objection notTheThesis attacks p "Aimed at a premise: not covered."
`;

    it('is the answered share of the objections to the thesis, 2 decimals', async () => {
        const result = await gradeOne(text, { rule: 'objections-answered', share: 0.6 });
        expect(result).toMatchObject({ actual: 0.67, passed: true });
        expect(result.mentions.map(m => m.name)).toEqual(['open']);
        expect(await gradeOne(text, { rule: 'objections-answered', share: 0.75 })).toMatchObject({ actual: 0.67, passed: false, points: 0 });
    });

    it('covers undercutting an argument for the thesis, and attacking arguments answered through a premise', async () => {
        const covered = `${sources}thesis t "T" { argument a { claim p "P" cite s } }
objection cut undercuts a "Undercut, unanswered."
argument con attacks t { claim q "Q" cite s }
rebuttal attacks q "Answers the attacking argument."
`;
        const result = await gradeOne(covered, { rule: 'objections-answered', share: 1 });
        expect(result).toMatchObject({ actual: 0.5, passed: false });
        expect(result.mentions.map(m => m.name)).toEqual(['cut']);
    });

    it('is 1 when nothing challenges the thesis', async () => {
        expect(await gradeOne('thesis t "T"\nobjection o attacks x "O"\nclaim x "X"', { rule: 'objections-answered', share: 1 })).toMatchObject({ actual: 1, passed: true });
    });
});

describe('min-depth', () => {
    it('is the longest support chain ending at the thesis, in arguments', async () => {
        const text = `${sources}thesis t "T" {
  argument { claim p "P" { argument { claim q "Q" } } }
  claim shallow "S" cite s
}
claim r supports q "R" cite s
`;
        expect(await gradeOne(text, { rule: 'min-depth', min: 3 })).toMatchObject({ actual: 3, passed: true });
        expect(await gradeOne(text, { rule: 'min-depth', min: 4, partial: true })).toMatchObject({ actual: 3, passed: false, points: 1.5 });
        expect(await gradeOne('thesis t "T"', { rule: 'min-depth', min: 1 })).toMatchObject({ actual: 0, passed: false });
    });

    it('stays finite on circular support', async () => {
        const text = `${sources}thesis t "T" { argument { claim a "A" } }\nclaim b supports a "B"\nclaim a2 supports b "A2"\nargument supports a2 { a }`;
        const result = await gradeOne(text, { rule: 'min-depth', min: 1 });
        expect(result.actual).toBeGreaterThanOrEqual(1);
        expect(result.actual).toBeLessThanOrEqual(4);
    });

    it('walks a chain thousands of arguments long without recursion', async () => {
        const lines = ['source s "S"', 'thesis t "T"', 'claim c0 supports t "C0"'];
        for (let i = 1; i < 3000; i++) lines.push(`claim c${i} supports c${i - 1} "C${i}" cite s`);
        expect(await gradeOne(lines.join('\n'), { rule: 'min-depth', min: 1 })).toMatchObject({ actual: 3000, passed: true });
    });
});

describe('min-cited-evidence', () => {
    it('counts evidence with a cite; not uncited evidence, cited claims or an unresolved source', async () => {
        const text = `${sources}thesis t "T" {
  argument {
    evidence e1 "E1" cite s
    evidence e2 "E2" cite u "p. 3" cite v
    evidence bare "No cite."
    evidence ghostly "Unresolved." cite ghost
    claim c "A claim, not evidence." cite s
  }
}`;
        const result = await gradeOne(text, { rule: 'min-cited-evidence', min: 2 });
        expect(result).toMatchObject({ actual: 2, passed: true });
        expect(result.mentions.map(m => m.name)).toEqual(['bare', 'ghostly']);
        expect(await gradeOne(text, { rule: 'min-cited-evidence', min: 4, partial: true })).toMatchObject({ passed: false, points: 1 });
    });

    it('does not count evidence an import lends', async () => {
        const grade = await gradeFiles({
            'main.argmap': 'import "lib.argmap"\nthesis t "T" { argument { e } }',
            'lib.argmap': 'source s "S"\nevidence e "E" cite s',
        }, [{ id: 'ev', rule: 'min-cited-evidence', min: 1, points: 1 }, { id: 'src', rule: 'min-sources', min: 1, points: 1 }]);
        expect(grade.criteria.map(c => c.actual)).toEqual([0, 0]);
    });
});

describe('min-sources', () => {
    it('counts distinct sources cited by statements and arguments; declared but uncited ones are mentioned', async () => {
        const text = `${sources}source w "W"\nthesis t "T" {
  argument cite v { claim a "A" cite s cite s "p. 2" }
  claim b "B" cite u
  claim c "C" cite s
}`;
        const result = await gradeOne(text, { rule: 'min-sources', min: 3 });
        expect(result).toMatchObject({ actual: 3, passed: true });
        expect(result.mentions.map(m => m.name)).toEqual(['w']);
        expect(await gradeOne(text, { rule: 'min-sources', min: 4, partial: true })).toMatchObject({ passed: false, points: 1.5 });
    });
});

describe('required-framings', () => {
    const text = `framing realist "Realism"\nframing liberal "Liberalism"\nframing constructivist "Constructivism"
thesis t "T" #liberal {
  objection o "O" #realist { rebuttal "R" }
}`;

    it('counts how many of the listed framings are used as tags; passes when all are', async () => {
        expect(await gradeOne(text, { rule: 'required-framings', framings: ['realist', 'liberal'] })).toMatchObject({ actual: 2, passed: true });
        const missing = await gradeOne(text, { rule: 'required-framings', framings: ['realist', 'liberal', 'constructivist'] });
        expect(missing).toMatchObject({ actual: 2, passed: false, points: 0 });
        expect(missing.mentions.map(m => m.name)).toEqual(['#constructivist']);
    });
});

describe('cross-framing-objection', () => {
    const framings = 'framing realist "Realism"\nframing liberal "Liberalism"\n';

    it('counts objections and attacking arguments tagged with a framing the thesis lacks', async () => {
        const text = `${framings}source s "S"\nthesis t "T" #liberal {
  objection same "Same framing." #liberal
  objection other "Other framing." #realist #liberal
}
argument attacks t #realist { claim p "P" cite s }`;
        expect(await gradeOne(text, { rule: 'cross-framing-objection' })).toMatchObject({ actual: 2, passed: true });
    });

    it('fails when every objection shares the thesis\'s framings or has none', async () => {
        const text = `${framings}thesis t "T" #liberal #realist {\n  objection a "A" #realist\n  objection b "B"\n}`;
        const result = await gradeOne(text, { rule: 'cross-framing-objection' });
        expect(result).toMatchObject({ actual: 0, passed: false, points: 0 });
        expect(result.mentions.map(m => m.name)).toEqual(['#liberal', '#realist']);
    });
});

describe('no-errors', () => {
    it('counts errors as check finds them; warnings do not count', async () => {
        expect(await gradeOne('thesis t "T"\nobjection o attacks t "Unanswered: a warning."', { rule: 'no-errors' })).toMatchObject({ actual: 0, passed: true });
        expect(await gradeOne('thesis t "T" { argument { ghost } }\nclaim x supports nowhere "X"', { rule: 'no-errors' }))
            .toMatchObject({ actual: 2, passed: false, points: 0 });
    });
});

describe('max-statement-words', () => {
    it('is the word count of the longest statement; passes when at most max', async () => {
        const text = 'thesis t "one two three" {\n  claim long "one two three four five" cite s\n}\nsource s "S"';
        expect(await gradeOne(text, { rule: 'max-statement-words', max: 5 })).toMatchObject({ actual: 5, passed: true });
        const over = await gradeOne(text, { rule: 'max-statement-words', max: 4 });
        expect(over).toMatchObject({ actual: 5, passed: false });
        expect(over.mentions).toEqual([{ name: 'long', description: '', line: 2, detail: '5 words' }]);
        expect(await gradeOne('', { rule: 'max-statement-words', max: 1 })).toMatchObject({ actual: 0, passed: true });
    });
});

describe('scores', () => {
    it('add up the points earned; the maximum is the sum of the points', async () => {
        const grade = await gradeFiles({ 'main.argmap': 'thesis t "T"' }, [
            { id: 'one', rule: 'one-thesis', points: 1.5 },
            { id: 'args', rule: 'min-arguments', min: 3, points: 1, partial: true },
            { id: 'clean', rule: 'no-errors', points: 0.25 },
        ]);
        expect(grade).toMatchObject({ file: 'main.argmap', score: 1.75, max: 2.75, errors: 0 });
        expect(grade.warnings).toBeGreaterThan(0); // unsupported-thesis
    });
});
