import { keywords } from '../../language-server/src/interop/argmap-names.js';
import { checkCodes } from '../../language-server/src/language/validation/codes.js';
import { schemes } from '../../language-server/src/model/schemes.js';
import { hostilePiece, phrase } from './hostile-text.js';
import type { Random } from './prng.js';

/**
 * Grammar-aware generation of `.argmap` text: mostly well-formed maps (so the checks, status,
 * layout and printer see real structure: nesting, cross-links, cycles of support and attack,
 * undercuts, imports, ignore comments), with slips sprinkled in at a low rate (a relation on a
 * nested element, a keyword as a name, a stray token) so the parser's recovery is exercised too.
 * Names come from a small pool, so duplicates, forward references and name clashes are common.
 */
export function generateArgmap(random: Random): string {
    return new ArgmapGenerator(random).document();
}

const statementKinds = ['thesis', 'claim', 'evidence', 'objection', 'rebuttal'] as const;
const relations = ['supports', 'attacks', 'undercuts', 'contradicts'] as const;
const imports = ['./framings.argmap', './main.argmap', 'framings.argmap', './missing.argmap', '', '.', '../fuzz/framings.argmap', 'C:\\x.argmap', '%2e%2e/x', 'file:///etc/hostname'];
const strayTokens = ['{', '}', ',', '"', '#', '# x', '#1', '42', '-1', '99999999999999999999', '@', ';', '\\', '/*', '*/', '//', '\u0000', '\u00ff', '\ufeff', '\u202e', ...keywords];

class ArgmapGenerator {
    private readonly out: string[] = [];
    private readonly names: string[] = ['t', 'a', 'b', 'c', 'need', 'x_1', 'y-2', '_'];
    private readonly sources: string[] = ['realist-src'];
    private readonly framings: string[] = ['realist', 'liberal'];
    /** How rough this input is: from nearly clean to full of slips. */
    private readonly slipRate: number;
    private readonly newline: string;

    constructor(private readonly random: Random) {
        this.slipRate = random.pick([0, 0, 0.01, 0.05, 0.2]);
        this.newline = random.pick(['\n', '\n', '\r\n', '\r']);
    }

    document(): string {
        const r = this.random;
        if (r.chance(0.7)) this.line(`map ${this.string()}${r.chance(0.5) ? ` by ${this.string()}` : ''}`);
        const members = r.chance(0.1) ? r.int(50, 400) : r.int(0, 25);
        for (let i = 0; i < members; i++) this.member(0);
        if (r.chance(0.05)) this.line(`map ${this.string()}`); // a second, late map line
        return this.out.join('');
    }

    private member(depth: number): void {
        const r = this.random;
        this.maybeComment();
        const what = r.next();
        if (what < 0.05) this.line(`import ${this.quote(r.pick(imports))}`);
        else if (what < 0.12) {
            const name = this.newName(this.sources);
            this.line(`source ${name} ${this.string()}${r.chance(0.3) ? ` url ${this.string()}` : ''}`);
        } else if (what < 0.18) {
            const name = this.newName(this.framings);
            this.line(`framing ${name} ${this.string()}${r.chance(0.4) ? ` ${this.string()}` : ''}`);
        } else if (what < 0.75) this.statement(depth, false);
        else this.argument(depth, false);
    }

    /** A statement; `nested` in a block: no thesis there and no relation of its own, unless by a slip. */
    private statement(depth: number, nested: boolean): void {
        const r = this.random;
        const kinds = nested && !r.chance(this.slipRate) ? statementKinds.filter(k => k !== 'thesis') : statementKinds;
        const kind = r.pick(kinds);
        const parts: string[] = [kind];
        if (r.chance(0.7)) parts.push(this.newName(this.names));
        if (!nested ? r.chance(0.6) : r.chance(this.slipRate)) parts.push(r.pick(relations), this.anyName());
        parts.push(this.string());
        parts.push(...this.attributes(kind));
        this.write(parts.join(this.space()));
        if (depth < 8 && r.chance(depth === 0 ? 0.5 : 0.3)) this.block(depth, 'statement');
        this.line('');
    }

    private argument(depth: number, nested: boolean): void {
        const r = this.random;
        const parts = ['argument'];
        if (r.chance(0.6)) parts.push(this.newName(this.names));
        if (!nested ? r.chance(0.8) : r.chance(this.slipRate)) parts.push(r.pick(['supports', 'supports', 'attacks', 'undercuts', 'contradicts']), this.anyName());
        parts.push(...this.attributes('argument'));
        this.write(parts.join(this.space()));
        if (depth < 8 && !r.chance(this.slipRate)) this.block(depth, 'argument');
        this.line('');
    }

    /**
     * A block's items as the nesting table allows them (an argument's: premises by name or inline,
     * and objections; a statement's: arguments and statements), anything else only by a slip.
     */
    private block(depth: number, owner: 'statement' | 'argument'): void {
        const r = this.random;
        this.write(' {');
        this.line('');
        const items = r.small(6);
        for (let i = 0; i < items; i++) {
            this.indent(depth + 1);
            const what = r.next();
            const slip = r.chance(this.slipRate);
            if (what < 0.25 && (owner === 'argument' || slip)) this.write(this.anyName());
            else if (what < 0.4 && (owner === 'statement' || slip)) this.argument(depth + 1, true);
            else this.statement(depth + 1, true);
            if (owner === 'argument' && r.chance(0.2)) this.write(',');
            this.line('');
        }
        this.indent(depth);
        if (!r.chance(this.slipRate)) this.write('}');
    }

    /** `#tag`s and citations for all; `scheme` for arguments and `question` for objections, elsewhere only by a slip. */
    private attributes(kind: string): string[] {
        const r = this.random;
        const out: string[] = [];
        const n = r.small(5);
        for (let i = 0; i < n; i++) {
            const what = r.next();
            const slip = r.chance(this.slipRate);
            if (what < 0.4) out.push(`#${r.chance(0.9) ? r.pick(this.framings) : this.anyName()}`);
            else if (what < 0.8) out.push(`cite ${r.chance(0.8) ? r.pick(this.sources) : this.anyName()}${r.chance(0.4) ? ` ${this.string()}` : ''}`);
            else if ((kind === 'argument' && !out.some(a => a.startsWith('scheme'))) || slip) out.push(`scheme ${r.chance(0.8) ? r.pick(Object.keys(schemes)) : this.anyName()}`);
            else if (kind === 'objection' || slip) out.push(`question ${r.pick(['1', '2', '3', '4', '0', '7', '99999999999999999999', slip ? '1e3' : '2'])}`);
        }
        return out;
    }

    private maybeComment(): void {
        const r = this.random;
        if (!r.chance(0.15)) return;
        const what = r.next();
        if (what < 0.4) this.line(`// ${phrase(r).replace(/[\r\n\u2028\u2029]/g, ' ')}`);
        else if (what < 0.6) this.line(`/* ${phrase(r).replace(/\*\//g, '')} */`);
        else {
            const codes = Array.from({ length: r.int(0, 3) }, () => (r.chance(0.8) ? r.pick(checkCodes) : this.anyName()));
            this.line(`// argmap-ignore${r.chance(0.2) ? '-file' : ''} ${codes.join(' ')}${r.chance(0.3) ? ' -- a reason' : ''}`);
        }
    }

    /** A name to declare: usually from the pool (so clashes happen), sometimes new, a keyword or invalid. */
    private newName(pool: string[]): string {
        const r = this.random;
        if (r.chance(this.slipRate)) return r.pick([...keywords, '1abc', 'é', 'a.b', '']);
        if (r.chance(0.5) && pool.length > 0) return r.pick(pool);
        const name = `${r.pick(['n', 'arg', 'claim_', 'X'])}${r.int(0, 999)}`;
        pool.push(name);
        return name;
    }

    private anyName(): string {
        const r = this.random;
        if (r.chance(this.slipRate)) return r.pick([...keywords, 'missing', 'Need', '"quoted"']);
        return r.pick(r.chance(0.8) ? this.names : [...this.sources, ...this.framings]);
    }

    /** A quoted string: words, hostile pieces, `\n` escapes, raw line breaks, now and then long; a slip breaks its quoting. */
    private string(): string {
        const r = this.random;
        let text = phrase(r);
        if (r.chance(0.05)) text = Array.from({ length: r.int(41, 120) }, () => 'word').join(' ');
        if (r.chance(0.02)) text = hostilePiece(r).repeat(r.int(100, 3000));
        let body = escape(text);
        if (r.chance(0.1)) body += ` \\n ${escape(phrase(r))}`;
        if (r.chance(this.slipRate)) {
            const at = r.int(0, body.length);
            body = body.slice(0, at) + r.pick(['\\q', '"', '\\', '\\u0041']) + body.slice(at);
        }
        return `"${body}"`;
    }

    private quote(text: string): string {
        return `"${escape(text)}"`;
    }

    private space(): string {
        const r = this.random;
        if (r.chance(this.slipRate)) return ` ${r.pick(strayTokens)} `;
        return r.chance(0.95) ? ' ' : r.pick(['  ', this.newline + '  ', '\t', '\u00a0', '\u2028']);
    }

    private indent(depth: number): void {
        this.write('  '.repeat(depth));
    }

    private write(text: string): void {
        this.out.push(text);
    }

    private line(text: string): void {
        this.out.push(text, this.newline);
    }
}

/** Text as a string's body: backslashes and quotes escaped, everything else as it is. */
function escape(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
