import { describe, expect, it } from 'vitest';
import { importArgdown } from '../../../language-server/src/interop/argdown-import.js';
import { parseArgdown } from '../../../language-server/src/interop/argdown-parse.js';
import { importInterchange } from '../../../language-server/src/interop/interchange-import.js';
import { printArgmap } from '../../../language-server/src/interop/printer.js';
import { buildOne } from '../../helpers/workspace.js';

function imported(argdown: string) {
    return importArgdown(parseArgdown(argdown), 'in.argdown');
}

/** The `.argmap` text an Argdown snippet imports to (without the "Imported from" line). */
function printed(argdown: string): string {
    const result = imported(argdown);
    return printArgmap(result.graph, { comments: result.comments, epilogue: result.epilogue });
}

/** Each rule's snippet must also give a map that checks without errors. */
async function errorsOf(argdown: string): Promise<string[]> {
    const { diagnostics } = await buildOne(printed(argdown));
    return diagnostics.filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
}

describe('Argdown import: the mapping', () => {
    it('makes each equivalence class one statement: its (canonical) text, else its title; Argdown\'s "Untitled N" are no names', async () => {
        const argdown = '[Safe]: Cities are safer with more police.\n\n[Safe]: A second wording.\n\nAn untitled statement.\n\n[Bare]\n';
        expect(printed(argdown)).toBe(`claim Safe "A second wording."
claim "An untitled statement."
claim Bare "Bare"
`);
        expect(imported(argdown).note).toBe('left out 1 other wording of a statement or argument (Argdown holds them as equivalent; the map keeps the one Argdown shows)');
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('makes a class whose one deed is one attack an objection carrying it; a class that does more is a claim', async () => {
        const argdown = '[T]: Taxes should rise.\n  - [O]: It would hurt growth.\n  - [P]: It is unfair.\n    - [T]\n  - [Q]: Q.\n\n[Q]\n  + [T]\n';
        const { graph } = imported(argdown);
        // T attacks P and supports Q: a claim, its attack on a one-premise attacking argument. Q only attacks T.
        expect(graph.statements.map(s => [s.name, s.kind])).toEqual([['T', 'claim'], ['O', 'objection'], ['P', 'objection'], ['Q', 'objection']]);
        expect(graph.relations).toEqual([
            { kind: 'attacks', from: 'O', to: 'T' },
            { kind: 'attacks', from: 'argument@4:1', to: 'P' },
            { kind: 'attacks', from: 'P', to: 'T' },
            { kind: 'attacks', from: 'Q', to: 'T' },
        ]);
        expect(graph.arguments.map(a => [a.premises, a.conclusion])).toEqual([[['T'], null], [['T'], 'Q']]);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('makes a premise-conclusion structure one supporting argument per inference, the last named by the title, description and rules as comments', async () => {
        const argdown = '<Growth>: Growth needs investment.\n\n(1) Investment drives growth.\n(2) Taxes fund investment.\n-- Modus ponens --\n'
            + '(3) [Mid]: Taxes drive growth.\n(4) Growth is good.\n----\n(5) [T]: Taxes are good.\n';
        expect(printed(argdown)).toBe(`claim T "Taxes are good." {
  // <Growth>: Growth needs investment.
  argument Growth {
    claim Mid "Taxes drive growth." {
      // inference rule: Modus ponens
      argument {
        claim "Investment drives growth."
        claim "Taxes fund investment."
      }
    }
    claim "Growth is good."
  }
}
`);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('makes an argument without a PCS an argument on a claim holding its description (else its title), or only that claim when no relation leaves it', async () => {
        const argdown = '[T]: Taxes should rise.\n  + <Fair>: The rich can pay more.\n  - <Growth>\n\n<Lonely>: Nothing leaves me.\n  + <Helper>: I help.\n';
        expect(printed(argdown)).toBe(`claim T "Taxes should rise." {
  argument Fair {
    claim "The rich can pay more."
  }
}

argument Growth attacks T {
  claim "Growth"
}

claim Lonely "Nothing leaves me." {
  argument Helper {
    claim "I help."
  }
}
`);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('makes support into an argument support its first premise (a sketched argument\'s claim, a PCS\'s first statement)', async () => {
        const argdown = '<A>: A.\n  +> [C]: C.\n\n[S]: S.\n  +> <A>\n\n<P>\n\n(1) p1\n(2) p2\n----\n(3) [C2]: c\n\n[S2]: s2\n  +> <P>\n';
        expect(printed(argdown)).toBe(`claim C "C." {
  argument A {
    claim "A." {
      claim S "S."
    }
  }
}

claim C2 "c" {
  argument P {
    claim "p1" {
      claim S2 "s2"
    }
    claim "p2"
  }
}
`);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('makes an attack on an argument undercut it (a PCS: its last inference), an undercut of an inference undercut that inference\'s argument', async () => {
        const argdown = '<A>: A.\n  +> [C]: C.\n\n[X]: X.\n  -> <A>\n\n<P>\n\n(1) p1\n(2) p2\n----\n(3) [Q]: q\n  <_ [U]: u\n\n[Y]: y\n  -> <P>\n';
        const { graph } = imported(argdown);
        expect(graph.relations).toEqual([
            { kind: 'undercuts', from: 'X', to: 'A' },
            { kind: 'undercuts', from: 'U', to: 'P' },
            { kind: 'undercuts', from: 'Y', to: 'P' },
        ]);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('turns an undercut whose target is a statement in the map into an attack, and says so', async () => {
        const argdown = '<a1>\n  <_ <a4>: a4\n\n[s]: s\n  <_ [t]: t\n';
        const result = imported(argdown);
        expect(result.graph.relations).toEqual([{ kind: 'attacks', from: 'a4', to: 'a1' }, { kind: 'attacks', from: 't', to: 's' }]);
        expect(result.note).toBe('2 undercuts became attacks: their targets are statements in the map, and undercuts needs an argument (<a4> undercuts <a1>, [t] undercuts [s])');
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('makes contrary and contradictory `contradicts`, carried by a free claim, else two one-premise attacking arguments', async () => {
        const argdown = '[A]: a\n  >< [B]: b\n\n[C]: c\n  - [D]: d\n  >< [D]\n\n[E]: e\n  - [F]: f\n  + [G]: g\n\n[F]\n  - [E]\n  >< [E]\n';
        const { graph } = imported(argdown);
        expect(graph.relations.filter(r => r.kind === 'contradicts')).toEqual([
            { kind: 'contradicts', from: 'A', to: 'B' },
            { kind: 'contradicts', from: 'C', to: 'D' },
            { kind: 'contradicts', from: 'F', to: 'E' },
        ]);
        expect(await errorsOf(argdown)).toEqual([]);
        // Both sides already carry a `contradicts`: the next one is two one-premise attacking arguments.
        const both = imported('[A]: a\n  >< [B]: b\n\n[C]: c\n  >< [D]: d\n\n[A]\n  >< [C]\n').graph;
        expect(both.relations.map(r => `${r.kind} ${both.arguments.find(a => a.id === r.from)?.premises.join() ?? r.from} ${r.to}`))
            .toEqual(['contradicts A B', 'contradicts C D', 'attacks A C', 'attacks C A']);
    });

    it('puts what an argument can\'t carry itself on a one-premise argument from its claim (a PCS: from its conclusion)', async () => {
        const sketched = imported('<A>: a\n  +> [X]: x\n  +> [Y]: y\n  -> [Z]: z\n').graph;
        expect(sketched.arguments.map(a => [a.name, a.premises, a.conclusion])).toEqual([
            ['A', ['claim@1:1'], 'X'], [null, ['claim@1:1'], 'Y'], [null, ['claim@1:1'], null],
        ]);
        expect(sketched.relations).toEqual([{ kind: 'attacks', from: 'argument@4:1', to: 'Z' }]);
        // Argdown moves a PCS's relations to its conclusion unless told not to; then the import does.
        const argdown = '===\nmodel:\n  transformArgumentRelations: false\n===\n\n<P>\n\n(1) p\n----\n(2) [C]: c\n\n<P>\n  -> [Y]: y\n';
        const pcs = imported(argdown).graph;
        expect(pcs.relations.map(r => [pcs.arguments.find(a => a.id === r.from)?.premises, r.kind, r.to])).toEqual([[['C'], 'attacks', 'Y']]);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('reads the front matter\'s `model: mode: strict` as Argdown does: support between statements entails, attack is contrary', async () => {
        const argdown = '===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  + [B]: b\n  - [C]: c\n';
        expect(printed(argdown)).toBe(`claim A "a" {
  claim B "b"
}

claim C contradicts A "c"
`);
        expect(imported(argdown).note).toBe('left out the front matter\'s model');
    });

    it('makes tags framings (names by the shared rules) and headings comments above the first top-level element under them', async () => {
        const argdown = '# Section #sec\n\n[A]: a #(two words) #claim\n  + <B>: b #pro\n\n## Empty\n';
        expect(printed(argdown)).toBe(`framing two_words "two words"
framing _claim "claim"
framing pro "pro"

// # Section #sec
claim A "a #(two words) #claim" #two_words #_claim {
  argument B #pro {
    claim "b #pro"
  }
}

// ## Empty
`);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('names elements after their titles: characters outside [A-Za-z0-9_-] become _, a keyword or leading digit gets a _ prefix, a clash _2', () => {
        const { graph } = imported('[claim]: keyword\n\n[1st]: digit\n\n[a.b]: dot\n\n[a_b]: underscore\n\n[Grüße]: umlaut\n');
        expect(graph.statements.map(s => s.name)).toEqual(['_claim', '_1st', 'a_b', 'a_b_2', 'Gr__e']);
    });

    it('takes the map\'s title and author from the front matter and lists its other keys as left out', () => {
        const { graph, note } = imported('===\ntitle: The Title\nauthor: [Ann, Bob]\ndate: 2020\n===\n\n[A]: a\n');
        expect([graph.title, graph.author]).toEqual(['The Title', 'Ann, Bob']);
        expect(note).toBe('left out the front matter\'s date');
    });

    it('leaves out a relation that would point an element at itself, and says so', () => {
        const { graph, note } = imported('[A]: a\n  + [A]\n');
        expect(graph.arguments).toEqual([]);
        expect(note).toBe('left out 1 relation that would point an element at itself ([A] supports [A])');
    });
});

describe('Argdown import: Argdown\'s errors', () => {
    it('turns parser errors into warnings with their line, and goes on with what Argdown\'s model holds', async () => {
        const argdown = '[A]: a\n  + [B]: b\n\n(1) x\n--\n\n<a>\n';
        const { graph, warnings } = imported(argdown);
        expect(warnings).toEqual([
            { line: 6, column: 1, message: 'Invalid inference syntax. Please end your inference with two hyphens (--)' },
            { line: 7, column: 1, message: 'Expecting --> (Number) (Statement Number) <-- but found --> \'<\' <--' },
        ]);
        expect(graph.statements.map(s => s.text)).toEqual(['a', 'b', 'x', '<a>']);
        expect(await errorsOf(argdown)).toEqual([]);
    });

    it('says where the front matter is not YAML; Argdown builds nothing after it', () => {
        const { graph, warnings, note } = imported('===\ntitle: [unclosed\n===\n\n[A]: a\n');
        expect(warnings).toEqual([{ line: 3, column: 1, message: 'Argdown stopped building its model: the front matter is not valid YAML: unexpected end of the stream within a flow collection' }]);
        expect(graph.statements).toEqual([]);
        expect(note).toBe('Argdown\'s model holds no statements, so the map is empty');
    });

    it('reports a plugin that gave up (two PCSs for one argument) and keeps what was built before', () => {
        const { warnings } = imported('<a>\n\n(1) x\n----\n(2) y\n\n<a>\n\n(1) p\n----\n(2) q\n');
        expect(warnings).toContainEqual({ line: null, column: null, message: 'Argdown stopped building its model: Multiple premise-conclusion-structures assigned to argument <a>. You can only assign one pcs per argument.' });
    });

    it('imports an empty file as an empty map', () => {
        expect(imported('  \n')).toMatchObject({ warnings: [], note: 'Argdown\'s model holds no statements, so the map is empty' });
    });

    it('reads invalid UTF-8 as U+FFFD and warns with the line of the first bad byte', () => {
        const bytes = Buffer.concat([Buffer.from('[A]: a\n\n[B]: b'), Buffer.from([0xff]), Buffer.from('\n')]);
        const result = importInterchange('in.argdown', bytes);
        expect(result.warnings).toEqual([{ line: 3, column: null, message: 'the file is not valid UTF-8 here; its invalid bytes were read as \uFFFD' }]);
        expect(result.argmap).toContain('claim B "b\uFFFD"');
    });
});
