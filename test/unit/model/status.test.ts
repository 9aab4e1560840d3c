import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../../language-server/src/model/status.js';
import { buildOne } from '../../helpers/workspace.js';

const short = { accepted: 'in', rejected: 'out', undecided: 'undec' } as const;

/**
 * Parses a map and compares the status of the named elements with `expected`, written as
 * `name:in name:out name:undec` (hand-computed from DESIGN.md's rules).
 */
async function checkStatus(text: string, expected: string): Promise<void> {
    const { model } = await buildOne(text);
    const all = [...model.graph.statements, ...model.graph.arguments];
    const actual = expected.split(/\s+/).filter(Boolean).map(pair => {
        const id = pair.split(':')[0];
        const element = all.find(e => e.id === id);
        if (!element) throw new Error(`no element ${id}; ids: ${all.map(e => e.id).join(' ')}`);
        return `${id}:${short[element.status]}`;
    });
    expect(actual.join(' ')).toBe(expected.split(/\s+/).filter(Boolean).join(' '));
}

const src = 'source s "S"\n';

describe('dialectical status (grounded semantics)', () => {
    it('1. a thesis with nothing for or against it is accepted', () =>
        checkStatus('thesis t "T"', 't:in'));

    it('2. simple support: premises in, argument in, conclusion in', () =>
        checkStatus(`${src}thesis t "T" { argument a { claim p "P" cite s } }`, 'p:in a:in t:in'));

    it('3. an unanswered objection defeats what it attacks', () =>
        checkStatus(`thesis t "T" { objection o "O" }`, 'o:in t:out'));

    it('4. a rebuttal reinstates the statement its objection attacked', () =>
        checkStatus(`thesis t "T" { objection o "O" { rebuttal r "R" } }`, 'r:in o:out t:in'));

    it('5. an undercut defeats the argument and, with no other support, its conclusion', () =>
        checkStatus(`thesis t "T" { argument a { claim p "P" objection u "U" } }`, 'p:in u:in a:out t:out'));

    it('6. an undercut argument leaves the conclusion in when another argument holds', () =>
        checkStatus(`thesis t "T" { argument a { claim p "P" objection u "U" } argument b { claim q "Q" } }`, 'a:out b:in t:in'));

    it('7. a rebuttal of the undercutter reinstates the argument', () =>
        checkStatus(`thesis t "T" { argument a { claim p "P" objection u "U" { rebuttal r "R" } } }`, 'r:in u:out a:in t:in'));

    it('8. contradiction between two unsupported statements: both undecided (an even cycle)', () =>
        checkStatus(`thesis t "T"\nclaim c contradicts t "C"`, 't:undec c:undec'));

    it('9. an objection to one side settles a contradiction', () =>
        checkStatus(`thesis t "T"\nclaim c contradicts t "C"\nobjection o attacks c "O"`, 'o:in c:out t:in'));

    it('10. a chain of objections alternates in and out from its unattacked end', () =>
        checkStatus('thesis t "T"\nobjection a attacks t "A"\nobjection b attacks a "B"\nobjection c attacks b "C"\nobjection d attacks c "D"',
            'd:in c:out b:in a:out t:in'));

    it('10b. an even attack cycle (contradiction) leaves everything downstream undecided', () =>
        checkStatus('thesis t "T"\nobjection a attacks t "A"\nobjection b attacks a "B"\nclaim x contradicts b "X"', 'b:undec x:undec a:undec t:undec'));

    it('11. an odd attack cycle is undecided all round', () =>
        checkStatus('objection a attacks b "A"\nobjection b attacks c "B"\nobjection c attacks a "C"', 'a:undec b:undec c:undec'));

    it('12. a long chain of objections alternates from its unattacked end', () =>
        checkStatus('thesis t "T"\nobjection a attacks t "A"\nobjection b attacks a "B"\nobjection c attacks b "C"\nrebuttal r attacks c "R"',
            'r:in c:out b:in a:out t:in'));

    it('13. a premise that is itself attacked and unanswered brings its argument down', () =>
        checkStatus(`thesis t "T" { argument a { claim p "P" { objection o "O" } claim q "Q" } }`, 'o:in p:out q:in a:out t:out'));

    it('14. an attacked premise that is defended keeps the argument standing', () =>
        checkStatus(`thesis t "T" { argument a { claim p "P" { objection o "O" { rebuttal r "R" } } } }`, 'r:in o:out p:in a:in t:in'));

    it('15. circular support stays undecided', () =>
        checkStatus(`claim a supports b "A"\nclaim b supports a "B"`, 'a:undec b:undec'));

    it('16. a statement whose only supporter is undecided is undecided', () =>
        checkStatus(`thesis t "T" { argument x { claim p "P" } }\nclaim c contradicts p "C"`, 'p:undec c:undec x:undec t:undec'));

    it('17. an attacking argument with a defeated premise no longer defeats its target', () =>
        checkStatus(`thesis t "T"\nargument burden attacks t { claim costs "C" claim fatigue "F" }\nrebuttal r attacks fatigue "R"`,
            'r:in fatigue:out costs:in burden:out t:in'));

    it('18. an attacking argument whose premises stand defeats the thesis', () =>
        checkStatus(`thesis t "T"\nargument burden attacks t { claim costs "C" }`, 'costs:in burden:in t:out'));

    it('19. an empty argument is out, so the statement it alone supports is out', () =>
        checkStatus(`thesis t "T" { argument a { } }`, 'a:out t:out'));

    it('20. a statement with an in supporter and an out supporter is in (convergent arguments)', () =>
        checkStatus(`thesis t "T" { argument a { claim p "P" } argument b { claim q "Q" { objection o "O" } } }`, 'a:in b:out t:in'));

    it('labels a graph of 20,000 chained nodes without recursion', () => {
        const statements = Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}` }));
        const args = statements.slice(1).map((s, i) => ({ id: `a${i}`, premises: [s.id], conclusion: `s${i}` }));
        const status = computeStatus({ statements, arguments: args, relations: [] } as never);
        expect(status.get('s0')).toBe('accepted');
    });
});
