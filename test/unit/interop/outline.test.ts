import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphToOutline } from '../../../language-server/src/interop/outline.js';
import { escapeMarkdown } from '../../../language-server/src/interop/markdown.js';
import { exampleGraph, examplesFolder, graphOf } from '../../helpers/render.js';

const essay = `map "Is collective security worth keeping?" by "A. Student"
source charter "Charter of the United Nations (1945)." url "https://www.un.org/en/about-us/un-charter"
source unused "Never cited."
thesis keep "Collective security is worth keeping." {
  argument law {
    evidence ban "The Charter forbids the use of force." cite charter "Art. 2(4)"
    claim costly "Rules make aggression costlier." {
      argument { claim habits "States keep most of their obligations." }
    }
  }
  objection selfHelp "States will not risk soldiers for others." {
    rebuttal "Sanctions risk no soldiers." cite charter "Art. 41"
  }
}
claim anarchy contradicts costly "Without a world government rules change nothing."
`;

describe('export --format outline', () => {
    it('writes the essay plan: title, author, thesis, a section per argument, counter-arguments with responses, sources cited', async () => {
        expect(graphToOutline(await graphOf(essay), 'essay')).toBe(`# Is collective security worth keeping?

*A. Student*

## Thesis

Collective security is worth keeping.

## Arguments

### law

- The Charter forbids the use of force. (Charter of the United Nations (1945), Art. 2(4))
- Rules make aggression costlier.
  - States keep most of their obligations.

## Counter-arguments and responses

- **Objection:** States will not risk soldiers for others. *(against the thesis)*
  - **Response:** Sanctions risk no soldiers. (Charter of the United Nations (1945), Art. 41)
- **Contradiction:** Without a world government rules change nothing. *(against “Rules make aggression costlier.”)*

## Sources

- Charter of the United Nations (1945). <https://www.un.org/en/about-us/un-charter>
`);
    });

    it('names an unnamed argument after its first premise, cut to 60 characters, and the file when the map has no title', async () => {
        const long = 'A premise long enough that the heading must cut it somewhere before the end.';
        const outline = graphToOutline(await graphOf(`thesis t "T" { argument { claim "${long}" } }\n`), 'my-essay');
        expect(outline).toMatch(/^# my-essay\n/);
        expect(outline).toContain(`### ${long.substring(0, 59).trimEnd()}…\n`);
    });

    it('escapes Markdown in user text, so it reads as written', async () => {
        const outline = graphToOutline(await graphOf('thesis t "A *bold* claim about [links](x) and # signs, <b>tags</b> and `code`."\n'), 'm');
        expect(outline).toContain('A \\*bold\\* claim about \\[links\\](x) and \\# signs, \\<b\\>tags\\</b\\> and \\`code\\`.');
        expect(outline).not.toContain('<b>');
    });

    it('writes a source\'s url as a link only when it is a plain web address', async () => {
        const outline = graphToOutline(await graphOf('source s "S" url "javascript:alert(1)"\nthesis t "T" cite s\n'), 'm');
        expect(outline).toContain('- S javascript:alert(1)');
        expect(outline).not.toContain('<javascript');
    });

    // Found by the fuzzer (test/fuzz/): a chain of 10,000 supports or objections overflowed the stack.
    it('follows chains of 10,000 supports and objections without overflowing, every statement once', async () => {
        const chains = [
            `thesis s0 "t"\n${Array.from({ length: 10_000 }, (_, i) => `claim s${i + 1} supports s${i} "support ${i + 1}."`).join('\n')}`,
            `thesis s0 "t"\n${Array.from({ length: 10_000 }, (_, i) => `${i % 2 ? 'rebuttal' : 'objection'} s${i + 1} attacks s${i} "answer ${i + 1}."`).join('\n')}`,
        ];
        for (const text of chains) {
            const graph = await graphOf(text);
            const outline = graphToOutline(graph, 'chain');
            const lines = outline.split('\n');
            const bullets = new Map<string, number>();
            for (const line of lines) {
                // A bullet's own text (not the "against ..." that names its target).
                const text = /^\s*- (?:\*\*\w+:\*\* )?((?:support|answer) \d+\.)/.exec(line)?.[1];
                if (text) bullets.set(text, (bullets.get(text) ?? 0) + 1);
            }
            for (const statement of graph.statements.slice(1)) expect(bullets.get(statement.text), statement.id).toBe(1);
            // Nesting stops at 32 levels: what lies deeper continues as a bullet of its own.
            expect(Math.max(...lines.map(line => line.search(/\S/)))).toBeLessThanOrEqual(2 * 32 + 4);
        }
    });

    const examples = readdirSync(examplesFolder).filter(f => f.endsWith('.argmap')).sort();
    it.each(examples)('every statement of %s appears, verbatim and escaped, once', async file => {
        const graph = await exampleGraph(file);
        const outline = graphToOutline(graph, file);
        // A reused premise is written once, and referred to as "(see above)" where it is used again.
        const lines = outline.split('\n').filter(line => !line.endsWith('*(see above)*'));
        for (const statement of graph.statements) {
            const occurrences = lines.filter(line => line.includes(escapeMarkdown(statement.text))).length;
            expect(occurrences, `${statement.id}: ${statement.text}`).toBe(1);
        }
    });
});
