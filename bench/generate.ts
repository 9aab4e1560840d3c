/**
 * A deterministic generator of realistic .argmap files: a thesis, arguments with nested premises
 * and evidence, objections with rebuttals, explicit cross-links, sources and framings. The same
 * seed gives the same text.
 */

export function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const words = ('states security council collective action peace war veto charter sovereignty power balance alliance '
    + 'institution cooperation norms threat aggression enforcement legitimacy order interest identity regime treaty '
    + 'sanction intervention deterrence conflict region great members assembly law trust burden cost').split(' ');
export const framings = ['realist', 'liberal', 'constructivist', 'english', 'human', 'critical'];

export interface GeneratedMap {
    text: string;
    lines: number;
}

/** Generates a map of about `targetLines` lines. */
export function generateMap(targetLines: number, seed = 1): GeneratedMap {
    const random = mulberry32(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const sentence = () => {
        const n = 8 + Math.floor(random() * 14);
        const w = Array.from({ length: n }, () => pick(words));
        w[0] = w[0][0].toUpperCase() + w[0].substring(1);
        return w.join(' ') + '.';
    };
    const out: string[] = [
        'map "Generated benchmark map" by "bench"',
        ...Array.from({ length: 40 }, (_, i) => `source src${i} "Author ${i} (${1950 + i}). A title about ${pick(words)} and ${pick(words)}."`),
        ...framings.map(f => `framing ${f} "${f[0].toUpperCase()}${f.substring(1)}"`),
        'thesis main "Collective security remains the best available framework for peace." #liberal {',
    ];
    const named: string[] = [];
    let id = 0;
    while (out.length < targetLines - 12) {
        const a = id++;
        out.push(`  argument arg${a} #${pick(framings)} {`);
        for (let p = 0; p < 2 + Math.floor(random() * 2); p++) {
            const name = `p${id++}`;
            named.push(name);
            if (random() < 0.4) {
                out.push(`    evidence ${name} "${sentence()}"`, `      cite src${Math.floor(random() * 40)} "p. ${1 + Math.floor(random() * 300)}"`);
            } else {
                out.push(`    claim ${name} "${sentence()}" cite src${Math.floor(random() * 40)} {`);
                out.push(`      evidence "${sentence()}" cite src${Math.floor(random() * 40)}`);
                out.push('    }');
            }
        }
        if (random() < 0.5) {
            out.push(`    objection u${a} "${sentence()}" #${pick(framings)} cite src${Math.floor(random() * 40)} {`);
            out.push(`      rebuttal "${sentence()}" cite src${Math.floor(random() * 40)}`);
            out.push('    }');
        }
        out.push('  }');
        if (random() < 0.3) {
            out.push(`  objection o${a} "${sentence()}" #${pick(framings)} cite src${Math.floor(random() * 40)} {`);
            out.push(`    rebuttal "${sentence()}" cite src${Math.floor(random() * 40)}`);
            out.push('  }');
        }
    }
    out.push('}');
    // Cross-links: reuse earlier premises in new arguments, by name, after the thesis's block.
    for (let i = 0; out.length < targetLines; i++) {
        out.push(`argument cross${i} supports main { ${pick(named)}, ${pick(named)} }`);
    }
    return { text: out.join('\n') + '\n', lines: out.length };
}

/**
 * A deeper map of about `targetElements` statements and arguments, written with explicit relations:
 * a thesis, then breadth first, each statement gets 0-2 supporting arguments of 1-3 premises and
 * sometimes an objection (itself sometimes rebutted), so support chains run several levels deep as
 * in a worked essay; a few premises are reused across branches (cross-links). Same seed, same text.
 */
export function generateDeepMap(targetElements: number, seed = 1): GeneratedMap & { elements: number } {
    const random = mulberry32(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const sentence = () => {
        const n = 6 + Math.floor(random() * 12);
        const w = Array.from({ length: n }, () => pick(words));
        w[0] = w[0][0].toUpperCase() + w[0].substring(1);
        return w.join(' ') + '.';
    };
    const out: string[] = [
        'map "Generated deep map" by "bench"',
        ...Array.from({ length: 20 }, (_, i) => `source src${i} "Author ${i} (${1950 + i}). A title."`),
        ...framings.map(f => `framing ${f} "${f[0].toUpperCase()}${f.substring(1)}"`),
        'thesis main "Collective security remains the best available framework for peace." #liberal',
    ];
    let elements = 1;
    let id = 0;
    const queue = ['main'];
    const premises: string[] = [];
    for (let head = 0; head < queue.length && elements < targetElements; head++) {
        const target = queue[head];
        const args = head === 0 ? 4 : Math.floor(random() * 2.4);
        for (let a = 0; a < args && elements < targetElements; a++) {
            const names: string[] = [];
            const body: string[] = [];
            for (let p = 0; p < 1 + Math.floor(random() * 3); p++) {
                if (premises.length > 10 && random() < 0.03) {
                    body.push(`  ${pick(premises)}`); // a reused premise: a cross-link
                    continue;
                }
                const name = `p${id++}`;
                names.push(name);
                body.push(random() < 0.4
                    ? `  evidence ${name} "${sentence()}" cite src${Math.floor(random() * 20)} "p. ${1 + Math.floor(random() * 300)}"`
                    : `  claim ${name} "${sentence()}" cite src${Math.floor(random() * 20)}`);
            }
            out.push(`argument a${id++} supports ${target} #${pick(framings)} {`, ...body, '}');
            elements += 1 + names.length;
            premises.push(...names);
            queue.push(...names);
        }
        if (random() < 0.3 && elements < targetElements) {
            const o = `o${id++}`;
            out.push(`objection ${o} attacks ${target} "${sentence()}" #${pick(framings)}`);
            elements++;
            if (random() < 0.7) {
                out.push(`rebuttal attacks ${o} "${sentence()}" #${pick(framings)}`);
                elements++;
            }
        }
    }
    return { text: out.join('\n') + '\n', lines: out.length, elements };
}
