import { describe, expect, it } from 'vitest';
import { feedbackFileName, feedbackFileNames, feedbackMarkdown } from '../../../language-server/src/grading/feedback.js';
import { parseRubric } from '../../../language-server/src/grading/rubric.js';
import { gradeFiles } from '../../helpers/grading.js';

const criteria = [
    { id: 'thesis', rule: 'one-thesis', points: 1 },
    { id: 'args', label: 'Three reasons', rule: 'min-arguments', min: 3, points: 3, partial: true },
    { id: 'answered', rule: 'objections-answered', share: 1, points: 2 },
    { id: 'clean', rule: 'no-errors', points: 1 },
];
const rubric = parseRubric({ title: 'Essay 1', criteria }, 'x');

async function feedbackFor(text: string): Promise<string> {
    return feedbackMarkdown(rubric, await gradeFiles({ 'main.argmap': text }, criteria));
}

describe('feedback file names', () => {
    it('are the file as output names it, / → __, .argmap → .md', () => {
        expect(feedbackFileName('class/a.argmap')).toBe('class__a.md');
        expect(feedbackFileName('a.argmap')).toBe('a.md');
        expect(feedbackFileName('term 2/group-b/ana.argmap')).toBe('term 2__group-b__ana.md');
    });

    it('never start with a dot or a separator, so they stay inside the folder and visible', () => {
        expect(feedbackFileName('./class/a.argmap')).toBe('class__a.md');
        expect(feedbackFileName('/term2/class/a.argmap')).toBe('term2__class__a.md');
        expect(feedbackFileName('../class/a.argmap')).toBe('up__class__a.md');
    });

    it('never collide: a second file with the same name gets -2 (case-insensitively)', () => {
        expect(feedbackFileNames(['class/a.argmap', 'class__a.argmap', 'Class/A.argmap', 'b.argmap']))
            .toEqual(['class__a.md', 'class__a-2.md', 'Class__A-3.md', 'b.md']);
    });
});

describe('feedback content', () => {
    it('gives the score, then each lost point with why and what to do, then what earns full points', async () => {
        const text = 'thesis need "T" {\n  argument { claim a "A" cite s }\n}\nsource s "S"\nobjection veto attacks need "Nobody answers this."\n';
        expect(await feedbackFor(text)).toBe(`# Feedback on main.argmap

Essay 1

Your map earns **3 of 7 points**.

## Where you can still gain points

### Three reasons: 1 of 3

Your thesis \`need\` (line 1): 1 argument supports it directly, and this assignment asks for at least 3. Each argument is a separate reason to accept the thesis: add another \`argument { ... }\` inside the thesis's block, with the premises that together support it.

### Objections answered: 0 of 2

This objection to your thesis is still unanswered: \`veto\` (line 5). As the map stands, an unanswered objection defeats what it attacks. You answer none of the objections to your thesis yet, and this assignment asks you to answer every one. Answer each with a \`rebuttal\` inside its block, or with \`rebuttal attacks NAME "..."\`; an attacking argument is answered by attacking one of its premises.

## What already earns full points

- One thesis (1 of 1): The map has one thesis.
- No errors (1 of 1): The map has no errors.

Run \`argmap check main.argmap\`, or open the file in VS Code, to see its warnings and hints too.
`);
    });

    it('lists the errors last, with line, column and code', async () => {
        const feedback = await feedbackFor('thesis t "T" {\n  argument { ghost }\n}\n');
        expect(feedback).toContain('### No errors: 0 of 1\n\nYour map has 1 error (listed at the end).');
        expect(feedback).toMatch(/## Errors to fix\n\nEach error stops part of your map from being read as you meant it:\n\n- Line 2, column 14 \(`unresolved-reference`\): Nothing named `ghost` is declared/);
        expect(feedback.indexOf('## Errors to fix')).toBeGreaterThan(feedback.indexOf('## What already earns full points'));
    });

    it('says so when every criterion earns full points', async () => {
        const text = 'source s "S"\nthesis t "T" {\n  argument { claim a "A" cite s }\n  argument { claim b "B" cite s }\n  claim c "C" cite s\n}\n';
        const feedback = await feedbackFor(text);
        expect(feedback).toContain('Your map earns **7 of 7 points**.\n\nEvery criterion earns full points: well done.');
        expect(feedback).not.toContain('## Where you can still gain points');
    });

    it('shows the student\'s own text without letting Markdown act on it', async () => {
        const feedback = await feedbackFor('thesis t "T"\nobjection attacks t "<b>B</b> *c* [a](l) | p"\n');
        expect(feedback).toContain('still unanswered: "\\<b\\>B\\</b\\> \\*c\\* \\[a\\](l) \\| p" (line 2).');
    });
});
