import { describe, expect, it } from 'vitest';
import { analyseFramings, framingsToMarkdown } from '../../../language-server/src/interop/framings.js';
import { exampleGraph, graphOf } from '../../helpers/render.js';

const debate = `map "Debate"
framing realist "Realism"
framing liberal "Liberal institutionalism"
framing constructivist "Constructivism"
framing english "English School"
thesis t "Collective security works." #liberal {
  argument #liberal { claim a "Institutions lower costs." }
  argument #constructivist { claim b "Norms shape interests." #constructivist }
  objection o "States rely on self-help." #realist {
    rebuttal "Self-help is what states make of it." #constructivist
  }
}
argument against attacks a #realist { claim p "Institutions reflect power." #realist }
rebuttal r attacks p "Power is not everything." #liberal
claim c contradicts b "Interests are given." #realist
`;

describe('export --format framings', () => {
    it('counts each used framing\'s arguments for the thesis, objections and rebuttals, and whom it answers', async () => {
        const { rows, silentPairs } = analyseFramings(await graphOf(debate));
        expect(rows).toEqual([
            { name: 'realist', label: 'Realism', argumentsForThesis: 0, objections: 2, rebuttals: 0, answers: ['liberal', 'constructivist'] },
            { name: 'liberal', label: 'Liberal institutionalism', argumentsForThesis: 1, objections: 0, rebuttals: 1, answers: ['realist'] },
            { name: 'constructivist', label: 'Constructivism', argumentsForThesis: 1, objections: 0, rebuttals: 1, answers: ['realist'] },
        ]);
        // `english` is declared but never used: no row. Liberals and constructivists never meet.
        expect(silentPairs).toEqual([['liberal', 'constructivist']]);
    });

    it('prints a Markdown table, then the framings that never answer each other', async () => {
        expect(framingsToMarkdown(await graphOf(debate), 'debate')).toBe(`# Framings in Debate

| Framing | Arguments for the thesis | Objections | Rebuttals | Answers |
| --- | --- | --- | --- | --- |
| #realist (Realism) | 0 | 2 | 0 | #liberal, #constructivist |
| #liberal (Liberal institutionalism) | 1 | 0 | 1 | #realist |
| #constructivist (Constructivism) | 1 | 0 | 1 | #realist |

These framings never answer each other:

- #liberal and #constructivist
`);
    });

    it('says how to start when nothing is tagged', async () => {
        expect(framingsToMarkdown(await graphOf('thesis t "T"\n'), 'm')).toMatch(/No move is tagged with a framing yet/);
    });

    it('on the debate example, realists answer both others and the rows follow the declarations', async () => {
        const { rows } = analyseFramings(await exampleGraph('realism-vs-liberalism.argmap'));
        expect(rows.map(r => r.name)).toEqual(['realist', 'liberal', 'constructivist']);
        expect(rows[0].answers).toEqual(['liberal', 'constructivist']);
    });
});
