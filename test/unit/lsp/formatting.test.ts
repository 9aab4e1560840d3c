import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArgmapText } from '../../../language-server/src/language/text-decoding.js';
import type { ArgumentGraph } from '../../../language-server/src/model/argument-graph.js';
import { stripMarkers } from '../../helpers/fixtures.js';
import { lspWorkspace } from '../../helpers/lsp.js';

async function format(text: string): Promise<string> {
    return (await lspWorkspace({ 'main.argmap': text })).format('main.argmap');
}

const messy = `

map   "Collective security"    by "A. Student"
source charter "Charter of the United Nations (1945)"   // aligned
   framing liberal "Liberal institutionalism"
thesis need "The world needs it." #liberal cite charter {   argument failure { claim veto "The veto." cite charter, claim war "A war." cite charter
  , trade }
      objection selfHelp "States won't help."
    cite charter
  // before the brace
}
claim trade supports need "Trade makes
   distant wars everyone's concern." cite charter  /* inline */ #liberal
argument burden supports need
{ trade }
objection attacks selfHelp "Sanctions." // trailing
  #liberal
/* a block
      comment, kept as written */



rebuttal attacks selfHelp "Answered." cite charter {}
`;

const canonical = `map "Collective security" by "A. Student"
source charter "Charter of the United Nations (1945)"   // aligned
framing liberal "Liberal institutionalism"
thesis need "The world needs it." #liberal cite charter {
  argument failure {
    claim veto "The veto." cite charter,
    claim war "A war." cite charter,
    trade
  }
  objection selfHelp "States won't help."
    cite charter
  // before the brace
}
claim trade supports need "Trade makes
   distant wars everyone's concern." cite charter  /* inline */ #liberal
argument burden supports need {
  trade
}
objection attacks selfHelp "Sanctions." // trailing
  #liberal
/* a block
      comment, kept as written */

rebuttal attacks selfHelp "Answered." cite charter { }
`;

describe('formatting', () => {
    it('lays a file out canonically: two spaces per block, one element per line, { on its line, } on its own', async () => {
        expect(await format(messy)).toBe(canonical);
    });

    it('is idempotent', async () => {
        expect(await format(canonical)).toBe(canonical);
    });

    it('never moves a token after a line comment onto its line', async () => {
        expect(await format('claim c "C" // why\n{ }\nargument supports c { c // first\n, c }'))
            .toBe('claim c "C" // why\n  { }\nargument supports c {\n  c // first\n    ,\n  c\n}\n');
    });

    it('neither splits nor joins a line that an argmap-ignore comment silences', async () => {
        const silenced = [
            'thesis t "T" { claim a "A" } // argmap-ignore orphan-statement',
            '// argmap-ignore unknown-scheme',
            'argument supports t scheme x { claim "B" cite s }',
            'argument supports t',
            '{ claim "C" } // argmap-ignore unknown-scheme',
        ].join('\n');
        expect(await format(silenced)).toBe(silenced.replace('\n{ claim "C"', '\n  { claim "C"') + '\n');
    });

    it('keeps CRLF line ends', async () => {
        expect(await format('thesis t "T" {\r\n    claim c "C"\r\n}')).toBe('thesis t "T" {\r\n  claim c "C"\r\n}\r\n');
    });

    it('leaves a file with syntax errors alone', async () => {
        const broken = 'thesis t "T" {\n      claim c "C"\n';
        expect(await format(broken)).toBe(broken);
        expect(await format('thesis   t "T" <oops>')).toBe('thesis   t "T" <oops>');
    });

    it('formats only the lines asked for', async () => {
        const ws = await lspWorkspace({ 'main.argmap': 'thesis   t "T"\nclaim    c supports t "C"\nclaim    d supports t "D"\n' });
        expect(await ws.format('main.argmap', [2, 2])).toBe('thesis   t "T"\nclaim c supports t "C"\nclaim    d supports t "D"\n');
    });
});

/** The graph without ranges, and with positional ids (`claim@3:1`) numbered in order instead. */
function comparable(graph: ArgumentGraph): string {
    const json = JSON.stringify(graph, (key, value) => (key === 'range' ? undefined : value));
    const renumbered = new Map<string, string>();
    return json.replace(/(thesis|claim|evidence|objection|rebuttal|argument)@\d+:\d+/g, id => {
        if (!renumbered.has(id)) renumbered.set(id, `${id.split('@')[0]}#${renumbered.size}`);
        return renumbered.get(id)!;
    });
}

/** Formats every file of a workspace; each must stay idempotent and keep its graph and its problems. */
async function expectFormattingKeepsMeaning(files: Record<string, string>): Promise<void> {
    const before = await lspWorkspace(files);
    const formatted: Record<string, string> = {};
    for (const name of Object.keys(files)) formatted[name] = await before.format(name);
    const after = await lspWorkspace(formatted);
    for (const name of Object.keys(files)) {
        expect(comparable(after.model(name).graph), name).toBe(comparable(before.model(name).graph));
        expect(after.codes(name).map(c => c.split('@')[0]).sort(), name).toEqual(before.codes(name).map(c => c.split('@')[0]).sort());
        expect(await after.format(name), `${name} formatted twice`).toBe(formatted[name]);
    }
}

function folder(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).filter(f => f.endsWith('.argmap'))) {
        files[name] = decodeArgmapText(stripMarkers(readFileSync(path.join(dir, name))).bytes).text;
    }
    return files;
}

describe('formatting keeps the meaning of every example and check fixture', () => {
    const root = path.resolve(__dirname, '../../..');
    it('examples/ are already canonical', async () => {
        const files = folder(path.join(root, 'examples'));
        const ws = await lspWorkspace(files);
        for (const name of Object.keys(files)) expect(await ws.format(name), name).toBe(files[name]);
    });

    const fixtures = path.join(root, 'test/fixtures/checks');
    it.each(readdirSync(fixtures).sort())('test/fixtures/checks/%s', async code => {
        await expectFormattingKeepsMeaning(folder(path.join(fixtures, code)));
    });
});
