import { describe, expect, it } from 'vitest';
import { lspWorkspace } from '../../helpers/lsp.js';

const lib = [
    'source s<|>iddiqi "Siddiqi, M. A. (2023). Need for collective security."',
    'framing lib<|>eral "Liberal institutionalism"',
    'claim veto "The veto blocks the Council." cite siddiqi',
].join('\n');

const main = [
    'import "./lib.argmap"',
    'thesis need "The world needs collective security." #lib<|>eral cite sid<|>diqi {',
    '  argument failure { ve<|>to }',
    '}',
    'claim trade supports n<|>eed "Interdependence." cite siddiqi #liberal',
].join('\n');

/** Names resolve per file plus imports, so navigation must follow imports and nothing else. */
describe('go to definition, references, highlights and rename across imports', () => {
    it('goes to a declaration in an imported file, from a name, a cite and a #tag', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.definition('main.argmap', 1)).toEqual(['lib.argmap:1:8 siddiqi']);
        expect(await ws.definition('main.argmap', 0)).toEqual(['lib.argmap:2:9 liberal']);
        expect(await ws.definition('main.argmap', 2)).toEqual(['lib.argmap:3:7 veto']);
        expect(await ws.definition('main.argmap', 3)).toEqual(['main.argmap:2:8 need']);
    });

    it('goes to a framing from the # of its tag too', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main.replace('#lib<|>eral', '<|>#liberal') });
        expect(await ws.definition('main.argmap', 0)).toEqual(['lib.argmap:2:9 liberal']);
        expect(await ws.highlights('main.argmap', 0)).toEqual(['main.argmap:2:53 liberal', 'main.argmap:5:60 liberal']);
    });

    it('finds references in every importing file; on a tag, just the name after #', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.references('lib.argmap', 0)).toEqual([
            'lib.argmap:1:8 siddiqi', 'lib.argmap:3:48 siddiqi', 'main.argmap:2:66 siddiqi', 'main.argmap:5:51 siddiqi',
        ]);
        expect(await ws.references('lib.argmap', 1, false)).toEqual(['main.argmap:2:53 liberal', 'main.argmap:5:60 liberal']);
    });

    it('never finds a same-named declaration in a file that does not import it', async () => {
        const ws = await lspWorkspace({
            'a.argmap': 'thesis ma<|>in "A"\nclaim x supports main "X" cite s\nsource s "S"',
            'b.argmap': 'thesis main "B"\nclaim y supports main "Y" cite s\nsource s "S"',
        });
        expect(await ws.references('a.argmap', 0)).toEqual(['a.argmap:1:8 main', 'a.argmap:2:18 main']);
        expect(await ws.workspaceSymbols('main')).toHaveLength(2);
    });

    it('highlights the uses of a name in the current file', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        expect(await ws.highlights('main.argmap', 1)).toEqual(['main.argmap:2:66 siddiqi', 'main.argmap:5:51 siddiqi']);
    });

    it('renames a declaration and its uses in importing files, keeping the # of tags', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        const renamed = await ws.rename('main.argmap', 0, 'institutionalist');
        expect(renamed['lib.argmap']).toContain('framing institutionalist "Liberal institutionalism"');
        expect(renamed['main.argmap']).toContain('#institutionalist cite siddiqi {');
        expect(renamed['main.argmap']).toContain('cite siddiqi #institutionalist');
        expect(renamed['main.argmap']).not.toContain('liberal');
    });

    it('offers the name after # for renaming a tag, and accepts a new name typed with #', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main.replace('#lib<|>eral', '<|>#liberal') });
        expect(await ws.prepareRename('main.argmap', 0)).toBe('main.argmap:2:53 liberal');
        const renamed = await ws.rename('main.argmap', 0, '#lib');
        expect(renamed['main.argmap']).toContain('"The world needs collective security." #lib cite');
    });

    it('refuses a new name that is a keyword or not a name', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        await expect(ws.rename('main.argmap', 3, 'claim')).rejects.toThrow(/can't be a name/);
        await expect(ws.rename('main.argmap', 3, 'two words')).rejects.toThrow(/can't be a name/);
        expect(Object.keys(await ws.rename('main.argmap', 3, 'needs-1'))).toEqual(['main.argmap']);
    });
});

describe('document links', () => {
    it('open the file an import names, relative to the importing file', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'sub/main.argmap': 'import "../lib.argmap"\nimport "./missing.argmap"' });
        expect(await ws.links('sub/main.argmap')).toEqual([
            'sub/main.argmap:1:9 ../lib.argmap -> file:///w/lib.argmap',
            'sub/main.argmap:2:9 ./missing.argmap -> file:///w/sub/missing.argmap',
        ]);
    });
});

describe('workspace symbols', () => {
    it('lists the names of every loaded file, though nothing is in the global index', async () => {
        const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': main });
        const symbols = await ws.workspaceSymbols('');
        expect(symbols.map(s => `${s.containerName}:${s.name}`)).toEqual([
            'lib.argmap:siddiqi', 'lib.argmap:liberal', 'lib.argmap:veto', 'main.argmap:need', 'main.argmap:failure', 'main.argmap:trade',
        ]);
        expect((await ws.workspaceSymbols('fail')).map(s => s.name)).toEqual(['failure']);
        const need = symbols.find(s => s.name === 'need')!;
        expect('range' in need.location && ws.show(need.location.uri, need.location.range)).toBe('main.argmap:2:8 need');
    });
});
