import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import type { Range } from 'vscode-languageserver-types';
import { decodeArgmapText, endPosition } from '../../language-server/src/language/text-decoding.js';
import { isCheckCode, type CheckCode, type Severity } from '../../language-server/src/language/validation/codes.js';
import { loadArgmap, type FileDiagnostic } from '../../language-server/src/cli/load.js';

/**
 * Data-driven check fixtures (STYLE.md, "Check tests"): `// $TEST$ warning CODE` before an element
 * expects that diagnostic on the next `<|...|>` span; `// $TEST$ no CODE` expects none of CODE on
 * the next line holding code; `// $TEST$ warning a & info b` expects both on one span. Markers are stripped at the byte level, so fixtures may hold a BOM,
 * CRLF or bytes that are not UTF-8.
 */
export interface Expectation {
    kind: 'present' | 'absent';
    severity?: Severity;
    code: CheckCode;
    /** present: the expected span; absent: the 0-based line that must have none. */
    range?: Range;
    line?: number;
    /** Where the marker is, for failure messages. */
    markerLine: number;
}

export interface FixtureFile {
    name: string;
    expectations: Expectation[];
    diagnostics: FileDiagnostic[];
}

const markerPattern = /(?:\/\/ *\$TEST\$|&) +(no|error|warning|info|hint) +([a-z-]+)/g;

export function stripMarkers(bytes: Buffer): { bytes: Buffer; spans: Range[] } {
    const out: number[] = [];
    const starts: number[] = [];
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x3c && bytes[i + 1] === 0x7c) { starts.push(out.length); i++; continue; } // <|
        if (bytes[i] === 0x7c && bytes[i + 1] === 0x3e && starts.length > 0) { spans.push([starts.pop()!, out.length]); i++; continue; } // |>
        out.push(bytes[i]);
    }
    const stripped = Buffer.from(out);
    const position = (offset: number) => {
        const { text } = decodeArgmapText(stripped.subarray(0, offset));
        // A BOM is not part of the text; decodeArgmapText drops it from the prefix as well.
        return endPosition(text);
    };
    spans.sort((a, b) => a[0] - b[0]);
    return { bytes: stripped, spans: spans.map(([s, e]) => ({ start: position(s), end: position(e) })) };
}

function parseExpectations(text: string, spans: Range[], file: string): Expectation[] {
    const lines = text.split(/\r\n|\r|\n/);
    const expectations: Expectation[] = [];
    let nextSpan = 0;
    lines.forEach((line, index) => {
        // `// $TEST$ warning a & info b` expects both diagnostics on the same span.
        let sharesSpan = false;
        for (const match of line.matchAll(markerPattern)) {
            const [, what, code] = match;
            if (!isCheckCode(code)) throw new Error(`${file}:${index + 1}: unknown code "${code}" in a $TEST$ marker`);
            if (what === 'no') {
                let target = index + 1;
                while (target < lines.length && /^\s*(\/\/.*)?$/.test(lines[target])) target++;
                expectations.push({ kind: 'absent', code, line: target, markerLine: index + 1 });
            } else {
                const range = sharesSpan ? expectations.at(-1)!.range : spans[nextSpan++];
                sharesSpan = true;
                if (!range) throw new Error(`${file}:${index + 1}: a $TEST$ marker without a <|...|> span after it`);
                expectations.push({ kind: 'present', severity: what as Severity, code, range, markerLine: index + 1 });
            }
        }
    });
    if (nextSpan !== spans.length) throw new Error(`${file}: ${spans.length - nextSpan} <|...|> span(s) without a $TEST$ marker`);
    return expectations;
}

/** Loads every .argmap file of a fixture folder together (imports resolve among them) and returns each file's expectations and diagnostics. */
export async function loadFixtureFolder(folder: string): Promise<Map<string, FixtureFile>> {
    const temp = mkdtempSync(path.join(tmpdir(), 'argmap-fixture-'));
    try {
        const names = readdirSync(folder).filter(n => n.endsWith('.argmap')).sort();
        const expectations = new Map<string, Expectation[]>();
        for (const name of names) {
            const { bytes, spans } = stripMarkers(readFileSync(path.join(folder, name)));
            writeFileSync(path.join(temp, name), bytes);
            expectations.set(name, parseExpectations(decodeArgmapText(bytes).text, spans, path.join(folder, name)));
        }
        const loaded = await loadArgmap(names.map(name => ({ display: name, absolute: path.join(temp, name) })));
        return new Map(loaded.map(l => [l.file.display, { name: l.file.display, expectations: expectations.get(l.file.display)!, diagnostics: l.diagnostics }]));
    } finally {
        rmSync(temp, { recursive: true, force: true });
    }
}

export function toRange(d: FileDiagnostic): Range {
    return { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } };
}

export function showRange(r: Range): string {
    return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/**
 * Asserts a fixture file's markers: each marked diagnostic is there with its severity and exact span,
 * `no` markers hold, and no unmarked diagnostic of the `exhaustive` codes appears.
 */
export function expectMarkedDiagnostics(file: FixtureFile, exhaustive: readonly CheckCode[]): void {
    const present = file.expectations.filter(e => e.kind === 'present');
    const shown = file.diagnostics.map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code}`);
    for (const e of present) {
        const match = file.diagnostics.find(d => d.code === e.code && d.severity === e.severity && showRange(toRange(d)) === showRange(e.range!));
        expect(match, `${file.name}: expected ${e.severity} ${e.code} at ${showRange(e.range!)} (marker on line ${e.markerLine}); got:\n${shown.join('\n')}`).toBeDefined();
    }
    for (const e of file.expectations.filter(x => x.kind === 'absent')) {
        const found = file.diagnostics.find(d => d.code === e.code && d.line === e.line! + 1);
        expect(found, `${file.name}: no ${e.code} expected on line ${e.line! + 1} (marker on line ${e.markerLine})`).toBeUndefined();
    }
    const unexpected = file.diagnostics.filter(d => exhaustive.includes(d.code)
        && !present.some(e => e.code === d.code && showRange(e.range!) === showRange(toRange(d))));
    expect(unexpected.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`), `${file.name}: unmarked diagnostics`).toEqual([]);
}
