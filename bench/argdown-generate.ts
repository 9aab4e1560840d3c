/**
 * One argument map, two languages: a seeded generator that builds an abstract map (statements,
 * arguments, relations) and writes it both as `.argmap` text and as Argdown text, so that the
 * side-by-side benchmark (`vs-argdown.ts`) gives both tools the same content.
 *
 * Only constructs with a one-to-one reading in both languages are used (DESIGN.md, "Interchange",
 * the Argdown paragraph, read backwards):
 *
 * | abstract element                | .argmap                                  | Argdown                               |
 * |---------------------------------|------------------------------------------|---------------------------------------|
 * | thesis                          | `thesis main "..." #tag`                 | `[main]: ... #tag`                    |
 * | argument with premises          | `argument a1 supports C { claim c2 "..." c7 }` | `<a1>` + PCS `(1) [c2]: ...` `(2) [c7]` `----` `(3) [C]` |
 * | one-premise support             | `claim c8 supports C "..."`              | `[c8]: ...` + `+> [C]`                 |
 * | objection to a statement        | `objection o4 attacks C "..."`           | `[o4]: ...` + `-> [C]`                 |
 * | objection to an argument        | `objection o6 undercuts a1 "..."`        | `[o6]: ...` + `_> <a1>`                |
 * | rebuttal of an objection        | `rebuttal r5 attacks o4 "..."`           | `[r5]: ...` + `-> [o4]`                |
 * | contradiction                   | `claim c9 contradicts C "..."`           | `[c9]: ...` + `>< [C]`                 |
 *
 * Both texts use the flat, explicit form (each element written once, with its own outgoing
 * relation, in the same order), which is also how Argdown writes PCS arguments (top-level blocks).
 * The one asymmetry is inherent to the models: Argmap counts a one-premise support as an argument
 * (DESIGN.md: "every support is an argument"), Argdown as a statement-to-statement relation.
 *
 * Shapes: `tree` (every element hangs under exactly one parent), `local` (the tree, plus cross-links:
 * extra premises reused from statements near the argument's conclusion) and `random` (the same
 * number of cross-links, to statements anywhere in the map). Cross-links are extra premises, not
 * elements, so the three shapes of one size have the same elements.
 */
import { framings, mulberry32, words } from './generate.js';

export type Shape = 'tree' | 'local' | 'random';
export const shapes: readonly Shape[] = ['tree', 'local', 'random'];
export const shapeLabels: Record<Shape, string> = {
    tree: 'tree',
    local: 'tree + local cross-links',
    random: 'random cross-links',
};

type StatementKind = 'thesis' | 'claim' | 'objection' | 'rebuttal';

interface Statement {
    id: string;
    kind: StatementKind;
    text: string;
    tag: string | null;
    /** Its own outgoing relation; premises have none (they live in their argument's block). */
    relation: { kind: 'supports' | 'attacks' | 'undercuts' | 'contradicts'; target: string } | null;
    /** Whether an argument's block declares it (then it is written there, not on its own). */
    premiseOf: string | null;
}

interface Argument {
    id: string;
    conclusion: string;
    premises: string[];
}

/** What each tool should see. Argmap's and Argdown's counts are compared with these and each other. */
export interface ContentCounts {
    statements: number;
    /** Arguments with premises and a conclusion: `argument` blocks / Argdown PCS arguments. */
    arguments: number;
    /** Premises over all those arguments, reused ones counted at each use. */
    premises: number;
    /** One-premise supports: Argmap's shorthand arguments / Argdown's statement-to-statement `+`. */
    supports: number;
    attacks: number;
    undercuts: number;
    contradictions: number;
}

export interface PairedMap {
    argmap: string;
    argdown: string;
    /** Statements + arguments as Argmap counts them (one-premise supports are arguments there). */
    elements: number;
    crossLinks: number;
    expected: ContentCounts;
}

/** One cross-link (a reused premise) per this many elements, in the `local` and `random` shapes. */
const ELEMENTS_PER_CROSS_LINK = 20;
/** `local` cross-links reuse a statement at most this many places after the conclusion in creation order. */
const LOCAL_WINDOW = 40;

/**
 * Generates a map of about `targetElements` statements + arguments (it may overshoot by a few).
 * Same size, shape and seed: same texts.
 */
export function generatePairedMap(targetElements: number, shape: Shape, seed = 42): PairedMap {
    const random = mulberry32(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    // 8 to 30 words, uniformly: from a short claim to a long sentence, all under Argmap's
    // long-statement limit (40), so no `long-statement` info differs between sizes.
    const sentence = () => {
        const n = 8 + Math.floor(random() * 23);
        const w = Array.from({ length: n }, () => pick(words));
        w[0] = w[0][0].toUpperCase() + w[0].substring(1);
        return w.join(' ') + '.';
    };

    const statements: Statement[] = [];
    const args: Argument[] = [];
    const order: Array<Statement | Argument> = []; // document order, the same in both texts
    const index = new Map<string, number>(); // statement id -> creation index
    let next = 1;
    let elements = 0;
    let supports = 0;

    const addStatement = (kind: StatementKind, relation: Statement['relation'], premiseOf: string | null = null, tagged = kind !== 'claim') => {
        const id = kind === 'thesis' ? 'main' : `${kind[0]}${next++}`;
        const s: Statement = { id, kind, text: sentence(), tag: tagged ? pick(framings) : null, relation, premiseOf };
        index.set(s.id, statements.length);
        statements.push(s);
        if (premiseOf === null) order.push(s);
        elements++;
        return s;
    };
    const addArgument = (conclusion: Statement) => {
        const a: Argument = { id: `a${next++}`, conclusion: conclusion.id, premises: [] };
        args.push(a);
        order.push(a);
        elements++;
        for (let p = 1 + Math.floor(random() * 3); p > 0; p--) a.premises.push(addStatement('claim', null, a.id).id);
        // Now and then an objection denies that the premises support the conclusion.
        if (random() < 0.06) addStatement('objection', { kind: 'undercuts', target: a.id });
        return a;
    };
    const addSupport = (target: Statement) => {
        addStatement('claim', { kind: 'supports', target: target.id });
        supports++;
        elements++; // Argmap's implicit one-premise argument
    };

    // Breadth first from the thesis: each statement gets the children its kind usually has, so
    // support runs several levels deep and objections meet rebuttals, as in a worked essay.
    addStatement('thesis', null);
    for (let head = 0; elements < targetElements; head = (head + 1) % statements.length) {
        const s = statements[head];
        const room = () => elements < targetElements;
        if (s.kind === 'thesis') {
            for (let i = 0; i < 3 && room(); i++) addArgument(s);
            if (room()) addStatement('objection', { kind: 'attacks', target: s.id });
        } else if (s.kind === 'claim') {
            const r = random();
            for (let i = r < 0.35 ? 0 : r < 0.8 ? 1 : 2; i > 0 && room(); i--) addArgument(s);
            if (room() && random() < 0.15) addSupport(s);
            if (room() && random() < 0.2) addStatement('objection', { kind: 'attacks', target: s.id });
            if (room() && random() < 0.04) addStatement('claim', { kind: 'contradicts', target: s.id });
        } else if (s.kind === 'objection') {
            if (room() && random() < 0.6) addStatement('rebuttal', { kind: 'attacks', target: s.id });
            if (room() && random() < 0.2) addArgument(s);
        } else {
            if (room() && random() < 0.3) addArgument(s);
            if (room() && random() < 0.15) addStatement('objection', { kind: 'attacks', target: s.id });
        }
    }

    // Cross-links: an argument reuses a claim declared elsewhere as an extra premise. The claim is
    // always created after the argument's conclusion, so every support points from a later statement
    // to an earlier one and no support circle (a `circular-support` error) can form.
    let crossLinks = 0;
    if (shape !== 'tree') {
        const wanted = Math.round(elements / ELEMENTS_PER_CROSS_LINK);
        for (let attempt = 0; crossLinks < wanted && attempt < wanted * 20; attempt++) {
            const a = pick(args);
            const from = index.get(a.conclusion)! + 1;
            const to = shape === 'local' ? Math.min(statements.length, from + LOCAL_WINDOW) : statements.length;
            if (from >= to) continue;
            const z = statements[from + Math.floor(random() * (to - from))];
            if (z.kind !== 'claim' || a.premises.includes(z.id)) continue;
            a.premises.push(z.id);
            crossLinks++;
        }
    }

    const expected: ContentCounts = {
        statements: statements.length,
        arguments: args.length,
        premises: args.reduce((n, a) => n + a.premises.length, 0),
        supports,
        attacks: statements.filter(s => s.relation?.kind === 'attacks').length,
        undercuts: statements.filter(s => s.relation?.kind === 'undercuts').length,
        contradictions: statements.filter(s => s.relation?.kind === 'contradicts').length,
    };
    const title = `Generated ${shapeLabels[shape]} map`;
    return {
        argmap: writeArgmap(title, statements, order),
        argdown: writeArgdown(title, statements, order),
        elements,
        crossLinks,
        expected,
    };
}

const isArgument = (e: Statement | Argument): e is Argument => 'premises' in e;

function writeArgmap(title: string, statements: Statement[], order: Array<Statement | Argument>): string {
    const byId = new Map(statements.map(s => [s.id, s]));
    const out = [
        `map "${title}" by "bench"`,
        ...framings.map(f => `framing ${f} "${f[0].toUpperCase()}${f.substring(1)}"`),
        '',
    ];
    for (const e of order) {
        if (isArgument(e)) {
            out.push(`argument ${e.id} supports ${e.conclusion} {`);
            for (const p of e.premises) {
                const s = byId.get(p)!;
                out.push(s.premiseOf === e.id ? `  claim ${s.id} "${s.text}"` : `  ${s.id}`); // declared here, or reused
            }
            out.push('}');
        } else {
            const relation = e.relation ? ` ${e.relation.kind} ${e.relation.target}` : '';
            out.push(`${e.kind} ${e.id}${relation} "${e.text}"${e.tag ? ` #${e.tag}` : ''}`);
        }
    }
    return out.join('\n') + '\n';
}

function writeArgdown(title: string, statements: Statement[], order: Array<Statement | Argument>): string {
    const byId = new Map(statements.map(s => [s.id, s]));
    const arrows = { supports: '+>', attacks: '->', undercuts: '_>', contradicts: '><' } as const;
    // Blank lines separate blocks: in Argdown a line break inside a paragraph continues the statement.
    const blocks = [`===\ntitle: ${title}\nauthor: bench\n===`];
    for (const e of order) {
        if (isArgument(e)) {
            const lines = [`<${e.id}>`, ''];
            e.premises.forEach((p, i) => {
                const s = byId.get(p)!;
                lines.push(s.premiseOf === e.id ? `(${i + 1}) [${s.id}]: ${s.text}` : `(${i + 1}) [${s.id}]`);
            });
            lines.push('----', `(${e.premises.length + 1}) [${e.conclusion}]`);
            blocks.push(lines.join('\n'));
        } else {
            let block = `[${e.id}]: ${e.text}${e.tag ? ` #${e.tag}` : ''}`;
            if (e.relation) {
                const target = e.relation.kind === 'undercuts' ? `<${e.relation.target}>` : `[${e.relation.target}]`;
                block += `\n  ${arrows[e.relation.kind]} ${target}`;
            }
            blocks.push(block);
        }
    }
    return blocks.join('\n\n') + '\n';
}
