import { describe, expect, it } from 'vitest';
import type { ArgumentGraph } from '../../../language-server/src/model/argument-graph.js';
import { buildOne, buildWorkspace } from '../../helpers/workspace.js';

/** DESIGN.md's "same graph": equal ignoring ranges and generated ids (positional ids become their role). */
function canonical(graph: ArgumentGraph): unknown {
    const generated = (id: string | null) => (id !== null && id.includes('@') ? '<generated>' : id);
    const premiseKey = (premises: Array<string | null>) => premises.map(generated).join(',');
    return {
        ...graph,
        statements: graph.statements.map(({ range: _r, id, ...s }) => ({ ...s, id: generated(id) })).sort((a, b) => a.text.localeCompare(b.text)),
        arguments: graph.arguments.map(({ range: _r, id, premises, conclusion, ...a }) =>
            ({ ...a, id: generated(id), premises: premises.map(generated), conclusion: generated(conclusion) }))
            .sort((a, b) => (premiseKey(a.premises) + a.conclusion).localeCompare(premiseKey(b.premises) + b.conclusion)),
        relations: [...graph.relations].map(r => ({ ...r, from: generated(r.from), to: generated(r.to) }))
            .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    };
}

const header = `map "Collective security" by "A. Student"
source siddiqi "Siddiqi (2023)"
source charter "UN Charter"
framing realist "Realism"
framing liberal "Liberal institutionalism"
`;

const nested = header + `
thesis need "The world needs collective security." #liberal {
  argument failure #liberal {
    evidence aggression "A permanent member invaded a neighbour." cite siddiqi
    claim veto "The veto blocked any response." cite charter "Art. 27(3)"
    objection selective "Collective action is selective." #realist {
      rebuttal reform "Reform it, don't abandon it." cite siddiqi
    }
  }
  objection selfHelp "States rely on self-help." #realist {
    rebuttal identities "Interests are constructed." cite siddiqi
  }
  claim openings "The Cold War's end opened room." cite siddiqi
}
`;

const explicit = header + `
thesis need "The world needs collective security." #liberal
evidence aggression "A permanent member invaded a neighbour." cite siddiqi
claim veto "The veto blocked any response." cite charter "Art. 27(3)"
argument failure supports need #liberal { aggression, veto }
objection selective undercuts failure "Collective action is selective." #realist
rebuttal reform attacks selective "Reform it, don't abandon it." cite siddiqi
objection selfHelp attacks need "States rely on self-help." #realist
rebuttal identities attacks selfHelp "Interests are constructed." cite siddiqi
claim openings supports need "The Cold War's end opened room." cite siddiqi
`;

describe('ArgumentGraph', () => {
    it('nested and explicit forms give the same graph', async () => {
        const a = await buildOne(nested);
        const b = await buildOne(explicit);
        expect(a.codes).toEqual([]);
        expect(b.codes).toEqual([]);
        expect(canonical(b.model.graph)).toEqual(canonical(a.model.graph));
    });

    it('has exactly the JSON shape of DESIGN.md and survives a JSON round trip', async () => {
        const { model } = await buildOne(nested);
        const graph = model.graph;
        expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
        expect(Object.keys(graph)).toEqual(['title', 'author', 'statements', 'arguments', 'relations', 'framings', 'sources']);
        const veto = graph.statements.find(s => s.id === 'veto')!;
        expect(veto).toEqual({
            id: 'veto', name: 'veto', kind: 'claim', text: 'The veto blocked any response.', framings: [],
            citations: [{ source: 'charter', locator: 'Art. 27(3)' }], status: 'accepted',
            range: { file: 'main.argmap', line: 10, column: 5, endLine: 10, endColumn: 74 },
        });
        const selective = graph.statements.find(s => s.id === 'selective')!;
        expect(Object.keys(selective)).toEqual(['id', 'name', 'kind', 'text', 'framings', 'citations', 'questions', 'status', 'range']);
        const failure = graph.arguments.find(a => a.id === 'failure')!;
        expect(Object.keys(failure)).toEqual(['id', 'name', 'conclusion', 'premises', 'framings', 'citations', 'scheme', 'status', 'range']);
        expect(failure).toMatchObject({ conclusion: 'need', premises: ['aggression', 'veto'], framings: ['liberal'], scheme: null });
        expect(graph.framings).toEqual([
            { name: 'realist', label: 'Realism', description: null },
            { name: 'liberal', label: 'Liberal institutionalism', description: null },
        ]);
        expect(graph.sources[1]).toEqual({ name: 'charter', text: 'UN Charter', url: null });
    });

    it('gives unnamed elements KIND@LINE:COLUMN ids, and implicit arguments their premise\'s position', async () => {
        const { model } = await buildOne('thesis t "T" {\n  claim "nested claim"\n  objection "an objection"\n}\nclaim supports t "shorthand"');
        expect(model.graph.statements.map(s => s.id)).toEqual(['t', 'claim@2:3', 'objection@3:3', 'claim@5:1']);
        expect(model.graph.arguments.map(a => [a.id, a.conclusion, a.premises])).toEqual([
            ['argument@2:3', 't', ['claim@2:3']],
            ['argument@5:1', 't', ['claim@5:1']],
        ]);
        expect(model.graph.relations).toEqual([{ kind: 'attacks', from: 'objection@3:3', to: 't' }]);
    });

    it('represents an attacking argument with a null conclusion and an attacks relation', async () => {
        const { model } = await buildOne('thesis t "T"\nargument burden attacks t { claim c "C" }\nobjection u undercuts burden "U"');
        expect(model.graph.arguments[0]).toMatchObject({ id: 'burden', conclusion: null, premises: ['c'] });
        expect(model.graph.relations).toEqual([
            { kind: 'attacks', from: 'burden', to: 't' },
            { kind: 'undercuts', from: 'u', to: 'burden' },
        ]);
    });

    it('leaves unresolved names out of premises and relations', async () => {
        const { model, codes } = await buildOne('thesis t "T"\nargument a supports t { ghost }\nobjection o attacks nowhere "O"');
        expect(codes).toContain('unresolved-reference@2:25');
        expect(model.graph.arguments[0]).toMatchObject({ premises: [], status: 'rejected' });
        expect(model.graph.relations).toEqual([]);
    });

    it('normalises text: whitespace runs become one space, escapes apply after', async () => {
        const { model } = await buildOne('thesis t "  A  \\"quoted\\"\n   word\\nnext \\\\ end  "');
        expect(model.graph.statements[0].text).toBe('A "quoted" word\nnext \\ end');
    });

    it('holds the imported statements, arguments, sources and framings this file references, with their own file', async () => {
        const workspace = await buildWorkspace({
            'lib.argmap': 'source s "Source"\nframing f "F"\nclaim shared "Shared claim." cite s #f\nargument libArg supports shared { claim inner "Inner." cite s }\nclaim unused "Never referenced." cite s',
            'main.argmap': 'import "./lib.argmap"\nthesis t "T" { argument { shared } }\nobjection o undercuts libArg "O" { rebuttal "R" }',
        });
        expect(workspace.codes('main.argmap')).toEqual(['one-sided@2:1']);
        const graph = workspace.model('main.argmap').graph;
        expect(graph.statements.map(s => [s.id, s.range.file])).toEqual([
            ['t', 'main.argmap'], ['o', 'main.argmap'], ['rebuttal@3:36', 'main.argmap'],
            ['shared', 'lib.argmap'], ['inner', 'lib.argmap'],
        ]);
        // Imported arguments come without their own relations: no conclusion here.
        expect(graph.arguments.find(a => a.id === 'libArg')).toMatchObject({ conclusion: null, premises: ['inner'] });
        expect(graph.sources.map(s => s.name)).toEqual(['s']);
        expect(graph.framings.map(f => f.name)).toEqual(['f']);
    });

    it('never throws on broken input and still builds what parsed', async () => {
        const { model, codes } = await buildOne('thesis t "T" {\n  claim a "unterminated\n}\nclaim b "ok" cite\n');
        expect(codes.some(c => c.startsWith('syntax'))).toBe(true);
        expect(model.graph.statements[0].id).toBe('t');
    });

    // Found by the fuzzer (test/fuzz/): the printer wrote these as `source  "S"`, which does not parse.
    it('leaves out a source or framing the parser recovered without its name', async () => {
        const { model, codes } = await buildOne('source thesis "S"\nframing "F"\nsource s "kept"\nthesis t "T" cite s\n');
        expect(codes.filter(c => c.startsWith('syntax'))).toHaveLength(2);
        expect(model.graph.sources.map(s => s.name)).toEqual(['s']);
        expect(model.graph.framings).toEqual([]);
    });
});
