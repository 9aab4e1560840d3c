/**
 * A class's worth of student maps for the CLI benchmark (`cli-files.ts`): `generateStudentFiles(n,
 * seed)` writes `n` student-sized `.argmap` files (about 60 statements each: a thesis, four to six
 * arguments with nested support, objections with and without rebuttals, a few cross-links), with the
 * mistakes students make, each in a share of the files: an uncited piece of evidence or an
 * unsupported claim (most files), an unanswered objection, an orphan, an unused source, a long
 * statement, a misspelt name (`unresolved-reference`), a name declared twice, an empty argument, a
 * top-level argument without a target, an unknown scheme, a missing quote or brace (`syntax`), no
 * thesis or two. One student in fifty keeps the sources in a file of their own and imports it.
 * The same seed gives the same files.
 */
import { mulberry32 } from './generate.js';

export interface StudentFile {
    /** Relative path inside the class folder, `/`-separated: `section-b/student-0042.argmap`. */
    path: string;
    text: string;
    statements: number;
}

const topics = [
    ['collective security', 'the Security Council', 'great powers', 'aggression', 'the Charter'],
    ['nuclear deterrence', 'second-strike capability', 'arms control', 'escalation', 'alliances'],
    ['humanitarian intervention', 'sovereignty', 'the responsibility to protect', 'civilians', 'regional organisations'],
    ['economic sanctions', 'trade dependence', 'targeted measures', 'regime elites', 'enforcement'],
    ['climate cooperation', 'free riding', 'pledges', 'verification', 'developing states'],
];
const verbs = ['reduces', 'increases', 'shapes', 'weakens', 'strengthens', 'depends on', 'undermines', 'explains', 'limits', 'encourages'];
const fillers = ['in practice', 'over time', 'in most cases', 'after 1945', 'since the Cold War', 'for smaller states', 'when interests align', 'under anarchy'];
const nouns = ['trust', 'credibility', 'the cost of war', 'cooperation', 'the balance of power', 'legitimacy', 'compliance', 'information', 'reputation', 'domestic support'];
const authors = ['Mearsheimer', 'Keohane', 'Wendt', 'Waltz', 'Claude', 'Kupchan', 'Finnemore', 'Bull', 'Nye', 'Walt', 'Schelling', 'Jervis'];
const framingNames = ['realist', 'liberal', 'constructivist'];
const schemes = ['consequences', 'analogy', 'expert-opinion', 'precedent', 'cause-to-effect'];
/** What students name things after: a word of the topic and a number (`veto3`, `trust12`). */
const stems = ['veto', 'trust', 'power', 'costs', 'norms', 'league', 'treaty', 'record', 'deter', 'balance', 'council', 'charter', 'threat', 'alliance', 'sanction', 'rivalry'];

export function generateStudentFiles(count: number, seed = 2024): StudentFile[] {
    const random = mulberry32(seed);
    const chance = (p: number) => random() < p;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const files: StudentFile[] = [];
    for (let s = 1; s <= count; s++) {
        const id = String(s).padStart(4, '0');
        const section = `section-${'abcd'[(s - 1) % 4]}`;
        const topic = pick(topics);
        const sentence = (words = 0) => {
            let text = `${cap(pick(topic))} ${pick(verbs)} ${pick(nouns)} ${pick(fillers)}`;
            if (chance(0.5)) text += `, because ${pick(topic)} ${pick(verbs)} ${pick(nouns)}`;
            while (text.split(' ').length < words) text += ` and ${pick(topic)} ${pick(verbs)} ${pick(nouns)} ${pick(fillers)}`;
            return `${text}.`;
        };
        const out: string[] = [`// Essay plan, ${topic[0]}. Student ${id}.`, `map "${cap(topic[0])}: does it work?" by "Student ${id}"`, ''];
        const sourceCount = 3 + Math.floor(random() * 4);
        const sources = Array.from({ length: sourceCount }, (_, i) => `s${i + 1}`);
        const sourceLines = sources.map((name, i) => `source ${name} "${pick(authors)} (${1962 + Math.floor(random() * 60)}). On ${topic[i % topic.length]}."`);
        // One student in fifty keeps the sources in a file of their own and imports it.
        const ownSourceFile = s % 50 === 7;
        if (ownSourceFile) {
            files.push({ path: `${section}/student-${id}-sources.argmap`, text: `// My sources.\n${sourceLines.join('\n')}\n`, statements: 0 });
            out.push(`import "student-${id}-sources.argmap"`);
        } else {
            out.push(...sourceLines);
        }
        // An unused source: declared, never cited (a `hint`), in a third of the files.
        if (chance(0.3) && !ownSourceFile) out.push(`source unused "${pick(authors)} (2001). Read but not used."`);
        const tagged = chance(0.6);
        if (tagged) out.push(...framingNames.map(f => `framing ${f} "${cap(f)}"`));
        out.push('');
        const tag = () => (tagged && chance(0.5) ? ` #${pick(framingNames)}` : '');
        const cite = (p: number) => (chance(p) ? ` cite ${pick(sources)}${chance(0.4) ? ` "p. ${1 + Math.floor(random() * 300)}"` : ''}` : '');
        const names: string[] = [];
        let statements = 0;
        let n = 0;
        const fresh = (stem = pick(stems)) => `${stem}${++n}`;

        // No thesis (a claim instead) in 2 files in 100; two theses in 2 in 100.
        const thesisKind = chance(0.02) ? 'claim' : 'thesis';
        out.push(`${thesisKind} main "${sentence()}"${tag()} {`);
        statements++;
        // Arguments for the thesis until about 60 statements, less what follows the thesis's block.
        const target = 50 + Math.floor(random() * 9);
        while (statements < target) {
            const scheme = chance(0.15) ? ` scheme ${chance(0.05) ? 'slippery-slope' : pick(schemes)}` : '';
            out.push(`  argument ${fresh('arg')}${tag()}${scheme} {`);
            const premises = chance(0.005) ? 0 : 2 + Math.floor(random() * 2); // an empty argument now and then
            for (let p = 0; p < premises; p++) {
                const name = fresh();
                names.push(name);
                statements++;
                const long = chance(0.015) ? 45 : 0;
                if (chance(0.4)) {
                    out.push(`    evidence ${name} "${sentence(long)}"${cite(0.85)}`);
                } else if (chance(0.35)) {
                    // A claim backed by its own argument: two or three levels deep.
                    out.push(`    claim ${name} "${sentence(long)}"${tag()} {`, `      evidence "${sentence()}"${cite(0.8)}`);
                    statements++;
                    if (chance(0.5)) {
                        out.push(`      argument {`, `        claim ${fresh()} "${sentence()}"${cite(0.7)}`, `        evidence "${sentence()}"${cite(0.8)}`, '      }');
                        statements += 2;
                    }
                    out.push('    }');
                } else {
                    out.push(`    claim ${name} "${sentence(long)}"${cite(0.7)}`);
                }
            }
            if (chance(0.5)) {
                const o = fresh();
                statements++;
                if (chance(0.6)) {
                    out.push(`    objection ${o} "${sentence()}"${tag()}${cite(0.5)} {`, `      rebuttal "${sentence()}"${cite(0.6)}`, '    }');
                    statements++;
                } else {
                    out.push(`    objection ${o} "${sentence()}"${tag()}${cite(0.5)}`); // unanswered
                }
            }
            out.push('  }');
        }
        out.push('}', '');
        // Objections to the thesis, at the top level.
        for (let o = 0; o < 1 + Math.floor(random() * 2); o++) {
            const name = fresh('obj');
            statements++;
            out.push(`objection ${name} attacks main "${sentence()}"${tag()}${cite(0.6)}`);
            if (chance(0.7)) {
                out.push(`rebuttal ${fresh('reply')} attacks ${name} "${sentence()}"${tag()}${cite(0.6)}`);
                statements++;
            }
        }
        // One to three more arguments that reuse an earlier premise (cross-links).
        for (let x = 1 + Math.floor(random() * 3); x > 0; x--) {
            const supported = pick(names);
            const reused = pick(names);
            const e = fresh();
            statements++;
            out.push(`argument ${fresh('more')} supports ${supported} {`, `  evidence ${e} "${sentence()}"${cite(0.85)}`, ...(reused !== supported ? [`  ${reused}`] : []), '}');
        }
        // The mistakes of a share of the class.
        if (chance(0.12)) out.push(`argument supports main { ${misspell(pick(names), random)} }`); // a misspelt name
        if (chance(0.05)) {
            out.push(`claim ${pick(names)} "${sentence()}"${cite(0.5)}`); // a name declared twice
            statements++;
        }
        if (chance(0.03)) out.push(`argument ${fresh('arg')} { ${pick(names)}, ${pick(names)} }`); // no target
        if (chance(0.1)) {
            out.push(`claim ${fresh()} "${sentence()}"`); // connected to nothing
            statements++;
        }
        if (chance(0.02)) {
            out.push(`thesis second "${sentence()}"`);
            statements++;
        }
        if (chance(0.03)) out.push(`claim ${fresh()} "${sentence()}`); // a missing closing quote
        else if (chance(0.02)) out.push(`argument supports main {\n  evidence "${sentence()}"`); // a missing brace
        else if (chance(0.02)) out.push(`claim ${fresh()} ${sentence()}`); // no quotes at all
        files.push({ path: `${section}/student-${id}.argmap`, text: out.join('\n') + '\n', statements });
    }
    return files;
}

const cap = (text: string) => text[0].toUpperCase() + text.substring(1);

/** A typo in the word of a name: a letter doubled (`veto3` -> `vetto3`), so it names nothing. */
function misspell(name: string, random: () => number): string {
    const i = Math.floor(random() * name.replace(/\d+$/, '').length);
    return name.substring(0, i + 1) + name.substring(i);
}
