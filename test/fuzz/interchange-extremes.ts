/**
 * AIF and Argdown inputs at the limits, made the same way every time: deep JSON, deep Argdown
 * indentation and long premise-conclusion chains (Argdown's own parser recurses), 1 MB texts.
 */
export interface ExtremeFile {
    name: string;
    text: string;
    /** Part of the fast subset `npm test` runs (fuzz.test.ts); `npm run fuzz` runs them all. */
    quick?: boolean;
}

const megabyte = 1 << 20;

export const extremeAif: readonly ExtremeFile[] = [
    { name: 'JSON arrays 10,000 deep', text: `{"nodes": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "edges": []}`, quick: true },
    { name: 'JSON objects 10,000 deep', text: `{"nodes": [], "edges": [], "x": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}` },
    { name: 'I-node text of 1 MB', text: JSON.stringify({ nodes: [{ nodeID: 1, type: 'I', text: 'x'.repeat(megabyte) }, { nodeID: 2, type: 'I', text: 'y' }, { nodeID: 3, type: 'RA' }], edges: [{ fromID: 2, toID: 3 }, { fromID: 3, toID: 1 }] }) },
    { name: 'lone surrogates and NUL in texts', quick: true, text: '{"nodes": [{"nodeID": 1, "type": "I", "text": "\\ud800 \\udfff \\u0000 \\u202e"}, {"nodeID": 2, "type": "I", "text": "\\"}\\\\"}, {"nodeID": 3, "type": "CA"}], "edges": [{"fromID": 2, "toID": 3}, {"fromID": 3, "toID": 1}]}' },
    { name: '10,000 I-nodes, one RA', text: JSON.stringify({ nodes: [...Array.from({ length: 10_000 }, (_, i) => ({ nodeID: i, type: 'I', text: `p${i}` })), { nodeID: 'ra', type: 'RA' }], edges: Array.from({ length: 10_000 }, (_, i) => ({ fromID: i, toID: 'ra' })) }) },
    { name: '5,000 CAs in a circle', text: JSON.stringify({ nodes: Array.from({ length: 10_000 }, (_, i) => ({ nodeID: i, type: i % 2 ? 'CA' : 'I', text: 't' })), edges: Array.from({ length: 10_000 }, (_, i) => ({ fromID: i, toID: (i + 1) % 10_000 })) }) },
    { name: 'support chain of 10,000 RA, closed into a circle', text: JSON.stringify(supportChain(10_000)) },
    { name: '100,000 problems', text: JSON.stringify({ nodes: Array.from({ length: 100_000 }, () => ({})), edges: [] }) },
];

/** I0 <- RA <- I1 <- RA <- ... <- In, and one RA from In back to I0: deep support, and a circle. */
function supportChain(length: number) {
    const nodes: unknown[] = [{ nodeID: 'i0', type: 'I', text: 'thesis' }];
    const edges: unknown[] = [];
    for (let i = 1; i <= length; i++) {
        nodes.push({ nodeID: `i${i}`, type: 'I', text: `premise ${i}` }, { nodeID: `ra${i}`, type: 'RA', text: 'Default Inference' });
        edges.push({ fromID: `i${i}`, toID: `ra${i}` }, { fromID: `ra${i}`, toID: `i${i - 1}` });
    }
    nodes.push({ nodeID: 'back', type: 'RA' });
    edges.push({ fromID: `i${length}`, toID: 'back' }, { fromID: 'back', toID: 'i0' });
    return { nodes, edges };
}

function pcsChain(steps: number): string {
    const lines = ['<Chain>', ''];
    for (let i = 1; i <= steps; i++) lines.push(`(${i}) step ${i}`, '----');
    lines.push(`(${steps + 1}) end`);
    return lines.join('\n');
}

export const extremeArgdown: readonly ExtremeFile[] = [
    { name: 'relations 1,500 levels deep', text: `[A]: a\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}+ [S${i}]: s`).join('\n')}`, quick: true },
    { name: 'relation indented 100,000 spaces', text: `[A]: a\n${' '.repeat(100_000)}+ [B]: b` },
    { name: 'premise-conclusion chain of 5,000', text: pcsChain(5000) },
    { name: '10,000 relations', text: `[A]: a\n${Array.from({ length: 10_000 }, (_, i) => `  ${i % 2 ? '-' : '+'} [S${i}]: s`).join('\n')}` },
    { name: 'statement of 1 MB', text: `[A]: ${'word '.repeat(megabyte / 5)}` },
    { name: 'front matter of 1 MB', text: `===\ntitle: ${'x'.repeat(megabyte)}\n===\n[A]: a` },
    { name: '10,000 headings', text: Array.from({ length: 10_000 }, (_, i) => `${'#'.repeat(1 + (i % 6))} h${i}\n\n[S${i}]: s`).join('\n\n') },
    // @argdown/core's lexer is quadratic on runs of `[` and `{` (a regex that backtracks to the end
    // of the text at each one): 20,000 take a second, 100,000 half a minute. Upstream, left alone.
    { name: 'brackets only', text: '['.repeat(20_000) },
    { name: 'braces only', text: '{'.repeat(10_000) },
    { name: 'NUL, BOM, CRLF, RTL', quick: true, text: '\ufeff[A]: \u0000 \u202eevil\r\n  + [B]: 😀\r\n  - <C>: مرحبا\r' },
];
