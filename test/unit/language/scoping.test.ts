import { describe, expect, it } from 'vitest';
import { buildOne, buildWorkspace } from '../../helpers/workspace.js';

describe('scoping: a file sees its own names and its imports, nothing else', () => {
    it('resolves forward references and names at any depth', async () => {
        const { codes, model } = await buildOne('argument a supports t { deep }\nthesis t "T" { claim c "C" { claim deep "D" } }');
        expect(codes.filter(c => c.startsWith('unresolved'))).toEqual([]);
        expect(model.graph.arguments.find(a => a.id === 'a')).toMatchObject({ conclusion: 't', premises: ['deep'] });
    });

    it('gives 300 student files that each declare `thesis main` no clashes and no cross-file resolution', async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < 300; i++) files[`s${i}.argmap`] = `thesis main "Student ${i}'s thesis."\nargument supports main { claim c "A claim." cite src${i} }\nsource src${i} "Source ${i}"`;
        files['lonely.argmap'] = 'claim x supports main "Which main?" cite src1';
        const workspace = await buildWorkspace(files);
        for (let i = 0; i < 300; i++) expect(workspace.codes(`s${i}.argmap`)).toEqual(['one-sided@1:1']);
        expect(workspace.codes('lonely.argmap')).toEqual(expect.arrayContaining(['unresolved-reference@1:18', 'unresolved-reference@1:42']));
    });

    it('follows imports transitively and through cycles, relative to the importing file', async () => {
        const workspace = await buildWorkspace({
            'a.argmap': 'import "./sub/b.argmap"\nthesis t "T" { argument { fromC } }',
            'sub/b.argmap': 'import "../c.argmap"\nimport "../a.argmap"',
            'c.argmap': 'source s "S"\nclaim fromC "From C." cite s',
        });
        expect(workspace.codes('a.argmap')).toEqual(['one-sided@2:1']);
        expect(workspace.model('a.argmap').graph.statements.map(s => s.id)).toEqual(['t', 'fromC']);
    });

    it('lets a local name win over an imported one', async () => {
        const workspace = await buildWorkspace({
            'lib.argmap': 'source s "Imported S"',
            'main.argmap': 'import "./lib.argmap"\nsource s "Local S"\nthesis t "T" cite s',
        });
        expect(workspace.model('main.argmap').graph.sources).toEqual([{ name: 's', text: 'Local S', url: null }]);
    });

    it('reports a name from two imported files (and not local) as duplicate-name at each use', async () => {
        const workspace = await buildWorkspace({
            'x.argmap': 'source s "X"',
            'y.argmap': 'source s "Y"',
            'main.argmap': 'import "./x.argmap"\nimport "./y.argmap"\nthesis t "T" cite s\nclaim c supports t "C" cite s',
        });
        expect(workspace.codes('main.argmap')).toEqual(expect.arrayContaining(['duplicate-name@3:19', 'duplicate-name@4:29']));
    });

    it('reports a name of the wrong kind as wrong-target', async () => {
        const { codes } = await buildOne('thesis t "T" cite t');
        expect(codes).toContain('wrong-target@1:19');
    });

    it('lends what parsed from an imported file with syntax errors', async () => {
        const workspace = await buildWorkspace({
            'lib.argmap': 'source good "Good"\nclaim broken "no end\n',
            'main.argmap': 'import "./lib.argmap"\nthesis t "T" cite good',
        });
        expect(workspace.codes('main.argmap').filter(c => !c.startsWith('one-sided') && !c.startsWith('unsupported'))).toEqual([]);
    });
});
