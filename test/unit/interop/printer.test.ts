import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeepMap, generateMap } from '../../../bench/generate.js';
import { keywords, NameAllocator } from '../../../language-server/src/interop/argmap-names.js';
import { maxNesting } from '../../../language-server/src/interop/print-plan.js';
import { printArgmap } from '../../../language-server/src/interop/printer.js';
import { ArgmapGrammar } from '../../../language-server/src/generated/grammar.js';
import type { ArgumentGraph } from '../../../language-server/src/model/argument-graph.js';
import { graphShape } from '../../helpers/graph-shape.js';
import { lspWorkspace } from '../../helpers/lsp.js';
import { exampleGraph, examplesFolder, graphOf } from '../../helpers/render.js';
import { buildOne } from '../../helpers/workspace.js';

/** A graph to change by hand: a copy, since the graph index is cached per graph object. */
async function editableGraph(text: string): Promise<ArgumentGraph> {
    return structuredClone(await graphOf(text));
}

/** Prints a graph, parses the text again, and returns both with the reparsed file's errors. */
async function reprint(graph: ArgumentGraph) {
    const text = printArgmap(graph);
    const { model, diagnostics } = await buildOne(text);
    const errors = diagnostics.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`);
    return { text, graph: model.graph, errors };
}

async function roundTrip(source: string) {
    const { model, diagnostics } = await buildOne(source);
    const before = diagnostics.filter(d => d.severity === 1).map(d => d.code);
    const printed = await reprint(model.graph);
    return { ...printed, original: model.graph, errorsBefore: before };
}

const examples = readdirSync(examplesFolder).filter(f => f.endsWith('.argmap')).sort();

describe('printer: text -> graph -> text -> graph gives the same graph', () => {
    it.each(examples)('%s', async file => {
        const original = await exampleGraph(file);
        const { text, graph, errors } = await reprint(original);
        expect(errors).toEqual([]);
        expect(graphShape(graph)).toEqual(graphShape(original));
        // Printing the reprinted graph changes nothing: the printer's layout is a fixpoint.
        expect(printArgmap(graph)).toBe(text);
    });

    const generated = [
        ...[1, 2, 3, 4, 5].map(seed => ({ name: `generateMap(300, ${seed})`, text: generateMap(300, seed).text })),
        ...[1, 2, 3, 4, 5].map(seed => ({ name: `generateDeepMap(400, ${seed})`, text: generateDeepMap(400, seed).text })),
        { name: 'generateDeepMap(3000, 42)', text: generateDeepMap(3000, 42).text },
    ];
    it.each(generated)('$name', async ({ text: source }) => {
        const { graph, original, errors, errorsBefore } = await roundTrip(source);
        expect(graphShape(graph)).toEqual(graphShape(original));
        // The generator may reuse a premise in a circle; the printed text has exactly the original's errors.
        expect(errors.map(e => e.replace(/^\S+ ([a-z-]+):.*$/s, '$1')).sort()).toEqual([...errorsBefore].sort());
    });

    it('lays the text out as the formatter does (a formatted printout is unchanged)', async () => {
        const files: Record<string, string> = {};
        for (const file of examples) files[file] = printArgmap(await exampleGraph(file));
        files['deep.argmap'] = printArgmap(await graphOf(generateDeepMap(400, 3).text));
        const workspace = await lspWorkspace(files);
        for (const name of Object.keys(files)) expect(await workspace.format(name), name).toBe(files[name]);
    });
});

describe('printer: idiomatic text', () => {
    it('declares the header, sources and framings first, then nests the thesis\'s tree', async () => {
        const { text } = await roundTrip(`
claim extra supports t "Extra."
framing r "Realism" "States help themselves."
thesis t "T" #r { objection o "O" }
source s "S" url "https://example.org/?a=1&b=\\"2\\""
argument a supports t { claim p "P" cite s "p. 4" }
map "Title" by "Me"`.replace(/^\n/, '').split('\n').reverse().join('\n'));
        expect(text).toBe(`map "Title" by "Me"

source s "S" url "https://example.org/?a=1&b=\\"2\\""

framing r "Realism" "States help themselves."

thesis t "T" #r {
  argument a {
    claim p "P" cite s "p. 4"
  }
  objection o "O"
  claim extra "Extra."
}
`);
    });

    it('writes cross-links explicitly: reused premises by name, contradictions, relations between branches', async () => {
        const { text, errors } = await roundTrip(`thesis t "T" {
  argument a { claim p "P" claim q "Q" }
  argument b { p claim r "R" }
}
claim c contradicts p "C"
objection o undercuts b "O"
rebuttal attacks o "No."
argument x attacks t { q }
`);
        expect(errors).toEqual([]);
        expect(text).toBe(`thesis t "T" {
  argument a {
    claim p "P"
    claim q "Q"
  }
  argument b {
    p
    claim r "R"
    objection o "O" {
      rebuttal "No."
    }
  }
}

claim c contradicts p "C"

argument x attacks t {
  q
}
`);
    });

    it('uses the one-premise shorthand only where it means the same', async () => {
        const { text, graph, original } = await roundTrip(`thesis t "T" { claim a "A" }
thesis u "U"
thesis v supports u "V"
claim b supports t "B" { evidence e "E" }
argument supports t { b }
`);
        expect(graphShape(graph)).toEqual(graphShape(original));
        expect(text).toBe(`thesis t "T" {
  claim a "A"
  claim b "B" {
    evidence e "E"
  }
  argument {
    b
  }
}

thesis u "U" {
  argument {
    v
  }
}

thesis v "V"
`);
    });

    it('escapes quotes, backslashes and kept line breaks, and normalises what a string cannot hold', async () => {
        const original = await editableGraph('thesis t "Say \\"no\\" \\\\ then\\nnext line" { claim "tab\there" }');
        original.statements[1].text = '  spaced \t out \u00a0 ';
        const { text, graph } = await reprint(original);
        expect(text).toBe('thesis t "Say \\"no\\" \\\\ then\\nnext line" {\n  claim "spaced out"\n}\n');
        expect(graph.statements.map(s => s.text)).toEqual(['Say "no" \\ then\nnext line', 'spaced out']);
    });

    it('wraps long strings at spaces, continuation lines one step further in', async () => {
        const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
        const { text, graph, original } = await roundTrip(`framing r "R"\nsource s "S"\nthesis t "${long}" #r cite s "a locator"`);
        expect(graphShape(graph)).toEqual(graphShape(original));
        const lines = text.trimEnd().split('\n').slice(4);
        expect(lines.every(l => l.length <= 100)).toBe(true);
        expect(lines.slice(1).every(l => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
        expect(lines.join('\n')).toMatch(/" #r\s+cite s "a locator"$/);
    });

    it('nests at most maxNesting levels; deeper chains continue at top level with explicit relations', async () => {
        const chain = ['thesis s0 "S0"'];
        for (let i = 1; i <= 12; i++) chain.push(`argument a${i} supports s${i - 1} { claim s${i} "S${i}" }`);
        const { text, graph, original, errors } = await roundTrip(chain.join('\n'));
        expect(errors).toEqual([]);
        expect(graphShape(graph)).toEqual(graphShape(original));
        const elementLines = text.split('\n').filter(l => /^ *(thesis|claim|evidence|objection|rebuttal|argument)\b/.test(l));
        const depth = Math.max(...elementLines.map(l => l.match(/^ */)![0].length / 2));
        expect(depth).toBeLessThanOrEqual(maxNesting);
        expect(text).toMatch(/^argument a\d+ supports s\d+ \{$/m);
    });

    it('never invents a name for style: an unnamed chain stays nested, up to the language\'s 64 levels', async () => {
        const nested = (depth: number) => `thesis t "T" ${Array.from({ length: depth }, (_, i) => `{ claim "S${i + 1}" `).join('')}${'}'.repeat(depth)}`;
        const { text, graph, original, errors } = await roundTrip(nested(30));
        expect(errors).toEqual([]);
        expect(graphShape(graph)).toEqual(graphShape(original));
        expect(text.split('\n')[30]).toBe(`${'  '.repeat(30)}claim "S30"`);

        // A graph from elsewhere may nest deeper than any text can: beyond 64 levels a name is needed.
        const deep = await editableGraph('thesis t "T"');
        let previous = 't';
        for (let i = 1; i <= 70; i++) {
            const range = { ...deep.statements[0].range, line: i + 1 };
            deep.statements.push({ id: `s${i}`, name: null, kind: 'claim', text: `S${i}`, framings: [], citations: [], status: 'accepted', range });
            deep.arguments.push({ id: `a${i}`, name: null, conclusion: previous, premises: [`s${i}`], framings: [], citations: [], scheme: null, status: 'accepted', range });
            previous = `s${i}`;
        }
        const printed = await reprint(deep);
        expect(printed.errors).toEqual([]);
        expect(printed.text).toContain(`${'  '.repeat(64)}claim claim1 "S64"\n`);
        expect(printed.text).toMatch(/^claim supports claim1 "S65" \{$/m);
        const upToNames = { anonymous: () => true, content: ({ id: _i, range: _r, name: _n, ...rest }: ArgumentGraph['statements'][number] | ArgumentGraph['arguments'][number]) => rest };
        expect(graphShape(printed.graph, upToNames)).toEqual(graphShape(deep, upToNames));
    });

    it('cuts a circle of nesting open at its first element that can stand alone by name', async () => {
        // p nests in a, a in q (its conclusion), q in b, b in p: no element is the top of that circle.
        const { text, graph, original, errors, errorsBefore } = await roundTrip(`argument a supports q { claim p "P" }
argument b supports p { claim q "Q" }
`);
        expect(errorsBefore).toEqual(['circular-support']);
        expect(errors.map(e => e.split(' ')[1])).toEqual(['circular-support:']);
        expect(graphShape(graph)).toEqual(graphShape(original));
        expect(text).toBe(`argument a supports q {
  claim p "P" {
    argument b {
      claim q "Q"
    }
  }
}
`);
    });

    it('keeps names, gives one to an element that must be named and has none, and never prints a keyword as a name', async () => {
        const original = await editableGraph('thesis t "T" { argument { claim "P" } }\nobjection o "O"');
        // A graph from elsewhere: an objection contradicting an unnamed premise, and a name that is a keyword.
        const premise = original.statements.find(s => s.text === 'P')!;
        original.relations.push({ kind: 'contradicts', from: 'o', to: premise.id });
        const objection = original.statements.find(s => s.id === 'o')!;
        objection.name = 'claim';
        const { text, errors } = await reprint(original);
        expect(errors).toEqual([]);
        expect(text).toBe(`thesis t "T" {
  claim claim1 "P"
}

objection _claim contradicts claim1 "O"
`);
    });

    it('numbers names alike with the first free number, in linear time', () => {
        const names = new NameAllocator(['a_3', 'claim2']);
        expect(['a', 'a', 'a', 'a'].map(n => names.allocate(n))).toEqual(['a', 'a_2', 'a_4', 'a_5']);
        expect(names.claim('a_6')).toBe(true);
        expect(names.allocate('a')).toBe('a_7');
        expect([names.fresh('claim'), names.fresh('claim'), names.fresh('claim')]).toEqual(['claim1', 'claim3', 'claim4']);
        // Found by the fuzzer (test/fuzz/): each name counted up from 2 again, so 10,000 elements named
        // alike took seconds to print; 100,000 would take minutes (this test's watchdog), not milliseconds.
        const many = new NameAllocator();
        for (let i = 1; i <= 100_000; i++) many.allocate('same');
        expect(many.allocate('same')).toBe('same_100001');
    });

    it('writes a relation the language cannot hang on its element as an attacking argument, or a comment', async () => {
        const original = await editableGraph('thesis t "T"\nclaim c "C"\nobjection o attacks t "O"');
        original.relations.push({ kind: 'attacks', from: 'c', to: 't' }, { kind: 'attacks', from: 'o', to: 'c' }, { kind: 'contradicts', from: 'o', to: 'c' });
        const { text, errors } = await reprint(original);
        expect(errors).toEqual([]);
        expect(text).toBe(`thesis t "T" {
  // also contradicts c (the language gives a statement one relation of its own)
  objection o "O"
}

claim c "C"

argument attacks t {
  c
}
argument attacks c {
  o
}
`);
    });

    it('prints an empty graph as an empty file and a library as its declarations', async () => {
        expect(printArgmap(await graphOf(''))).toBe('');
        expect(printArgmap(await graphOf('source s "S"\nframing f "F"'))).toBe('source s "S"\n\nframing f "F"\n');
    });

    it('knows every keyword of the grammar', () => {
        const fromGrammar = new Set<string>();
        const seen = new Set<unknown>();
        const walk = (node: unknown): void => {
            if (node === null || typeof node !== 'object' || seen.has(node)) return;
            seen.add(node);
            if (Array.isArray(node)) { node.forEach(walk); return; }
            const record = node as Record<string, unknown>;
            if (record.$type === 'Keyword' && typeof record.value === 'string' && /^[a-z]+$/.test(record.value)) fromGrammar.add(record.value);
            for (const [key, value] of Object.entries(record)) if (!key.startsWith('$')) walk(value);
        };
        walk(ArgmapGrammar());
        expect([...keywords].sort()).toEqual([...fromGrammar].sort());
    });
});
