/**
 * Inputs at the limits, each made the same way every time: 10,000 levels of nesting in every form
 * the grammar has (DESIGN.md: the first element inside a 65th block is `syntax`, "nesting deeper
 * than 64 levels", and nothing may overflow the stack), 1 MB strings, comments and names, chains
 * and circles of 10,000 relations without any nesting (the graph's walks: status, support chains,
 * layout, printer, exports), and very wide maps.
 */
export interface ExtremeInput {
    name: string;
    text: string;
    /** Whether DESIGN.md's nesting-depth error must be among its diagnostics. */
    nestingError?: boolean;
    /** Part of the fast subset `npm test` runs (fuzz.test.ts); `npm run fuzz` runs them all. */
    quick?: boolean;
}

const deep = 10_000;
const wide = 5_000;
const megabyte = 1 << 20;

function nested(open: (i: number) => string, close = '}'): string {
    return Array.from({ length: deep }, (_, i) => open(i)).join('\n') + '\n' + `${close}\n`.repeat(deep);
}

function lines(count: number, line: (i: number) => string): string {
    return Array.from({ length: count }, (_, i) => line(i)).join('\n');
}

export const extremeInputs: readonly ExtremeInput[] = [
    { name: 'nested claims', text: `thesis t "T"${nested(() => ' {\nclaim "c"')}`, nestingError: true, quick: true },
    { name: 'nested objections and rebuttals', text: `thesis t "T"${nested(i => ` {\n${i % 2 ? 'rebuttal' : 'objection'} o${i} "o"`)}`, nestingError: true, quick: true },
    { name: 'nested arguments', text: `thesis t "T" {\n${nested(i => `argument a${i} { claim c${i} "c"`)}}`, nestingError: true, quick: true },
    { name: 'nested argument in claim', text: `thesis t "T"${nested(i => (i % 2 ? ' {\nargument {\nclaim "c"' : ' {\nclaim "c"'))}`, nestingError: true, quick: true },
    { name: 'bare braces', text: `thesis t "T" ${'{'.repeat(deep)}${'}'.repeat(deep)}` },
    { name: 'unclosed braces', text: `thesis t "T" ${'{ claim "c" '.repeat(deep)}`, nestingError: true, quick: true },
    { name: 'closing braces', text: `thesis t "T" ${'}'.repeat(deep)}` },
    { name: 'braces only, 1 MB', text: '{'.repeat(megabyte) },
    { name: 'string of 1 MB, one word', text: `thesis t "${'x'.repeat(megabyte)}"\nclaim supports t "c"`, quick: true },
    { name: 'string of 1 MB, words and lines', text: `thesis t "${'word \n'.repeat(megabyte / 6)}"` },
    { name: 'string of 1 MB, emoji and RTL', text: `thesis t "${'😀 مرحبا \u202e '.repeat(megabyte / 20)}"` },
    { name: 'string of 1 MB, escapes', text: `thesis t "${'\\n\\"\\\\'.repeat(megabyte / 6)}"` },
    { name: 'unterminated string of 1 MB', text: `thesis t "${'x '.repeat(megabyte / 2)}` },
    { name: 'unterminated comment of 1 MB', text: `thesis t "T"\n/* ${'x '.repeat(megabyte / 2)}` },
    { name: 'line comment of 1 MB', text: `// ${'x'.repeat(megabyte)}\nthesis t "T"` },
    { name: 'quotes only, 1 MB', text: '"'.repeat(megabyte) },
    { name: 'name of 1 MB', text: `thesis ${'n'.repeat(megabyte)} "T"` },
    { name: 'tag of 1 MB', text: `framing f "F"\nthesis t "T" #${'f'.repeat(megabyte)}` },
    { name: 'NULs, 1 MB', text: '\u0000'.repeat(megabyte) },
    { name: 'support chain of 10,000', text: `thesis c0 "c"\n${lines(deep, i => `claim c${i + 1} supports c${i} "c" cite s`)}\nsource s "S"` },
    { name: 'support circle of 10,000', text: `thesis t "T"\nclaim c0 supports t "c"\n${lines(deep, i => `claim c${i + 1} supports c${i} "c"`)}\nclaim more supports c${deep} "m"\nargument supports c${deep} { c0 }` },
    { name: 'attack chain of 10,000', text: `thesis o0 "t"\n${lines(deep, i => `objection o${i + 1} attacks o${i} "o"`)}` },
    { name: 'attack circle of 10,000', text: `thesis o0 "t"\n${lines(deep, i => `objection o${i + 1} attacks o${i} "o"`)}\nobjection back attacks o${deep} "b"\nrebuttal attacks back "r"\nobjection loop attacks o${deep} "l"\nobjection o0x attacks loop "x"` },
    { name: 'undercut chain of 10,000', text: `thesis t "T"\nargument a0 supports t { claim p0 "p" }\n${lines(deep, i => `argument a${i + 1} undercuts a${i} { claim p${i + 1} "p" }`)}` },
    { name: 'contradiction chain of 10,000', text: `thesis c0 "t"\n${lines(deep, i => `claim c${i + 1} contradicts c${i} "c"`)}` },
    { name: 'argument chain through premises', text: `thesis c0 "t"\n${lines(deep, i => `argument supports c${i} scheme analogy { claim c${i + 1} "c" }`)}` },
    // Wide maps at 5,000: their size is the point, not their depth (a 10,000-wide map renders in about 2 s).
    { name: 'one argument of 5,000 premises', text: `thesis t "T"\nargument supports t {\n${lines(wide, i => `claim p${i} "p"`)}\n}` },
    { name: 'one premise in 5,000 arguments', text: `thesis t "T"\nclaim p "p"\n${lines(wide, () => 'argument supports t { p }')}` },
    { name: '5,000 objections to the thesis', text: `thesis t "T"\n${lines(wide, i => `objection o${i} attacks t "o" question ${i}`)}` },
    { name: '5,000 theses', text: lines(wide, i => `thesis t${i} "T"`) },
    { name: '10,000 tags and citations', text: `source s "S"\nframing f "F"\nthesis t "T" ${'#f cite s "p" '.repeat(deep)}` },
    { name: '5,000 duplicate names', text: lines(wide, () => 'claim same "c"') },
    { name: '10,000 ignore comments', text: `${lines(deep, i => `// argmap-ignore ${i % 2 ? 'orphan-statement' : 'nope'}`)}\nclaim c "c"` },
    { name: '10,000 self-imports', text: `${lines(deep, () => 'import "./main.argmap"')}\nthesis t "T"` },
    // The framing analysis lists every pair of used framings that never answer each other: with F
    // framings that is F²/2 lines by design (2,000 gave 2 million lines in 2 s), so 1,000 here.
    { name: '1,000 framings', text: `${lines(1000, i => `framing f${i} "F${i}"`)}\nthesis t "T" ${Array.from({ length: 1000 }, (_, i) => `#f${i}`).join(' ')}` },
    { name: 'BOM, CRLF, NUL, RTL, emoji', text: '\ufeffmap "😀\u202e" by "مرحبا"\r\nthesis t "T\u0000" {\r\n  claim "🏳️‍🌈"\r}\r\n\u0000', quick: true },
];
