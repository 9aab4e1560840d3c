import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { lspWorkspace } from '../../helpers/lsp.js';

const lib = [
    'source charter "Charter of the United Nations (1945)" url "https://www.un.org/en/about-us/un-charter"',
    'framing liberal "Liberal institutionalism" "Institutions make cooperation easier."',
    'claim veto "The veto blocks the Council." cite charter',
].join('\n');
const head = 'import "./lib.argmap"\nframing realist "Realism"\nsource mearsheimer "Mearsheimer (1994)"\n';

async function complete(text: string) {
    const ws = await lspWorkspace({ 'lib.argmap': lib, 'main.argmap': head + text });
    const items = await ws.completion('main.argmap');
    return { ws, items, labels: items.map(i => i.label) };
}

const keywords = (items: CompletionItem[]) => items.filter(i => i.kind === CompletionItemKind.Keyword).map(i => i.label);
const snippets = (items: CompletionItem[]) => items.filter(i => i.kind === CompletionItemKind.Snippet);

describe('completion', () => {
    it('offers framings after #, replacing the # instead of doubling it', async () => {
        const { ws, items, labels } = await complete('thesis t "T" #<|>');
        expect(labels).toEqual(['#realist', '#liberal']);
        expect(items[1].detail).toBe('Liberal institutionalism');
        expect(ws.accept('main.argmap', items[1])).toBe(`${head}thesis t "T" #liberal`);
    });

    it('offers framings after a # in the middle of a file', async () => {
        const { labels } = await complete('thesis t "T" #<|>\nclaim c supports t "C" cite mearsheimer');
        expect(labels).toEqual(['#realist', '#liberal']);
    });

    it('offers nothing inside a comment or a statement text', async () => {
        expect((await complete('thesis t "T" // see #<|>')).labels).toEqual([]);
        expect((await complete('thesis t "T" /* see #<|> */')).labels).toEqual([]);
        expect((await complete('/* see cite <|> */')).labels).toEqual([]);
        expect((await complete('thesis t "T" cite mearsheimer "p. #<|>"')).labels).toEqual([]);
    });

    it('completes a framing name already begun, and offers nothing else after #', async () => {
        const { ws, items, labels } = await complete('thesis t "T" #li<|> {\n}');
        expect(labels).toEqual(['#realist', '#liberal']);
        expect(ws.accept('main.argmap', items[1])).toBe(`${head}thesis t "T" #liberal {\n}`);
    });

    it('offers sources after cite, with the reference as detail, imported ones too', async () => {
        const { items } = await complete('thesis t "T" cite <|>');
        expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['mearsheimer: Mearsheimer (1994)', 'charter: Charter of the United Nations (1945)']);
        expect(items[1].documentation).toMatchObject({ value: expect.stringContaining('<https://www.un.org/en/about-us/un-charter>') });
    });

    it('offers attributes and framings after a statement text, and the next members', async () => {
        const { items, labels } = await complete('thesis t "T" <|>');
        expect(labels).toEqual(expect.arrayContaining(['#realist', '#liberal', 'cite', 'scheme', 'question', 'claim', 'source']));
        expect(keywords(items)).not.toContain('supports');
    });

    it('offers a name typed without # no framing', async () => {
        const { labels } = await complete('thesis t "T"\nar<|>');
        expect(labels).toEqual(['argument', 'argument']);
    });

    it('offers only the relations the kind may carry, and none on a nested element', async () => {
        expect(keywords((await complete('claim a <|>')).items)).toEqual(['supports', 'contradicts']);
        expect(keywords((await complete('objection a <|>')).items)).toEqual(['attacks', 'undercuts', 'contradicts']);
        expect(keywords((await complete('argument a <|>')).items)).toEqual(['supports', 'attacks', 'undercuts', 'cite', 'scheme', 'question']);
        expect((await complete('thesis t "T" {\n  objection o <|>\n}')).labels).toEqual([]);
    });

    it('offers statements after supports and arguments after undercuts, never the element itself', async () => {
        const text = 'thesis t "T"\nargument q supports t { veto }\n';
        expect((await complete(`${text}claim a supports <|>`)).items.map(i => `${i.label}: ${i.detail}`)).toEqual(['t: thesis', 'veto: claim']);
        expect((await complete(`${text}objection o undercuts <|>`)).labels).toEqual(['q']);
        expect((await complete(`${text}claim self contradicts <|>`)).labels).not.toContain('self');
    });

    it('offers block items by place: no thesis in a block, no argument in an argument, bare names only as premises', async () => {
        const inStatement = await complete('thesis t "T" {\n  <|>\n}');
        expect(keywords(inStatement.items)).toEqual(['claim', 'evidence', 'objection', 'rebuttal', 'argument']);
        expect(inStatement.labels).not.toContain('veto');
        const inArgument = await complete('thesis t "T" {\n  argument x {\n    <|>\n  }\n}');
        expect(keywords(inArgument.items)).toEqual(['claim', 'evidence', 'objection', 'rebuttal']);
        expect(inArgument.labels).toEqual(expect.arrayContaining(['veto']));
    });

    it('offers the scheme catalogue after scheme, with the critical questions as documentation', async () => {
        const { items } = await complete('thesis t "T"\nargument q supports t scheme <|>');
        expect(items.map(i => i.label)).toEqual([
            'expert-opinion', 'analogy', 'consequences', 'precedent', 'cause-to-effect', 'sign', 'example', 'practical-reasoning', 'popular-opinion',
        ]);
        expect(items[2]).toMatchObject({
            detail: '2 critical questions',
            documentation: { value: '1. How likely are the consequences?\n2. Are there other consequences, on the other side?' },
        });
    });

    it("offers the numbers of the targeted argument's critical questions after question", async () => {
        const { items } = await complete('thesis t "T"\nargument q supports t scheme sign { veto }\nobjection o undercuts q "O" question <|>');
        expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['1: Is the sign reliable?', '2: Could something else explain it?']);
    });

    it('offers snippets for a new thesis, argument and objection, shaped for where they go', async () => {
        const top = snippets((await complete('thesis main "T"\n<|>')).items);
        expect(top.map(s => s.label)).toEqual(['thesis', 'objection', 'argument']);
        expect(top.every(s => s.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
        expect(top[2].insertText).toBe('argument ${1:name} supports ${2|main,veto|} {\n\tclaim ${3:premise} "${4:A premise.}"$0\n}');
        const nested = snippets((await complete('thesis main "T" {\n  <|>\n}')).items);
        expect(nested.map(s => s.label)).toEqual(['objection', 'argument']);
        expect(nested[0].insertText).toBe('objection ${1:name} "${2:Why it may be wrong.}"$0');
    });

    it('offers the keywords a file starts with in an empty file', async () => {
        const ws = await lspWorkspace({ 'empty.argmap': '<|>' });
        expect(keywords(await ws.completion('empty.argmap'))).toEqual([
            'map', 'import', 'source', 'framing', 'thesis', 'claim', 'evidence', 'objection', 'rebuttal', 'argument',
        ]);
    });
});
