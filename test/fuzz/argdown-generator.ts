import { hostilePiece, phrase } from './hostile-text.js';
import type { Random } from './prng.js';

/**
 * Argdown-aware generation: front matter (sometimes invalid YAML), headings, statements and
 * arguments with titles from a small pool, relation trees by indentation (support, attack,
 * undercut, contrary, in both directions), premise-conclusion structures with inference rules,
 * tags, links, emphasis and comments; now and then an indentation thousands of levels deep.
 */
export function generateArgdown(random: Random): string {
    const r = random;
    const out: string[] = [];
    const titles = ['A', 'B', 'C', 'Thesis', 'a b', '😀', 'مرحبا', '__proto__'];
    const statement = () => `[${r.pick(titles)}]`;
    const argument = () => `<${r.pick(titles)}>`;
    const element = () => (r.chance(0.5) ? statement() : argument());
    const text = () => `${phrase(r, 10).replace(/[\r\n]+/g, ' ')}${r.chance(0.2) ? ` #${r.pick(['realist', 'liberal', '(a tag)', hostilePiece(r)])}` : ''}${r.chance(0.05) ? ' [link](https://x.org)' : ''}${r.chance(0.05) ? ' *em* _u_' : ''}`;
    const relation = () => r.pick(['+', '-', '_', '><', '+>', '<+', '->', '<-', '_>', '<_']);
    if (r.chance(0.2)) out.push('===', r.chance(0.9) ? `title: ${phrase(r, 4)}\nauthor: ${phrase(r, 2)}` : r.pick(['title: [unclosed', ': :', '- a\n- b', '!!binary x', 'a: *ref']), '===', '');
    const lines = r.chance(0.1) ? r.int(100, 800) : r.int(0, 40);
    let depth = 0;
    for (let i = 0; i < lines; i++) {
        const what = r.next();
        if (what < 0.08) { out.push(`${'#'.repeat(r.int(1, 7))} ${phrase(r, 5)}`, ''); depth = 0; continue; }
        if (what < 0.3) { out.push(`${element()}: ${text()}`); depth = 0; continue; }
        if (what < 0.6) {
            depth = Math.max(1, Math.min(depth + r.int(-2, 1), 12));
            out.push(`${'  '.repeat(depth)}${relation()} ${r.chance(0.7) ? element() : ''}${r.chance(0.6) ? `: ${text()}` : ''}`);
            continue;
        }
        if (what < 0.75) {
            out.push('', `${argument()}${r.chance(0.5) ? `: ${text()}` : ''}`, '');
            const premises = r.int(0, 4);
            let n = 1;
            for (let p = 0; p < premises; p++) out.push(`(${n++}) ${r.chance(0.3) ? `${statement()}: ` : ''}${text()}`);
            out.push(r.pick(['----', '--', '-- Modus ponens {uses: [1,2]} --', '---', '-- rule']));
            out.push(`(${r.chance(0.9) ? n : 1}) ${text()}`, '');
            depth = 0;
            continue;
        }
        if (what < 0.8) { out.push(r.pick(['<!-- comment -->', '// comment', '/* block */', '<!-- unclosed', '{data: 1}', '{unclosed: ', '\\', '[', '<', '>', '(1)'])); continue; }
        if (what < 0.82) { out.push(`${'  '.repeat(r.int(50, 3000))}+ ${statement()}`); continue; }
        out.push(text());
    }
    return out.join(r.pick(['\n', '\n', '\r\n', '\r']));
}
