import type { FileDiagnostic } from '../load.js';

export function escapeXml(text: string): string {
    // Characters XML 1.0 cannot hold at all are dropped; the rest are escaped.
    return text
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A test suite per file, a failing test case per error or warning; a clean file has one passing case. */
export function formatJunit(diagnostics: readonly FileDiagnostic[], files: readonly string[]): string {
    const suites: string[] = [];
    let tests = 0, failures = 0;
    for (const file of files) {
        const failing = diagnostics.filter(d => d.file === file && (d.severity === 'error' || d.severity === 'warning'));
        const name = escapeXml(file);
        if (failing.length === 0) {
            tests++;
            suites.push(`<testsuite name="${name}" tests="1" failures="0"><testcase classname="${name}" name="clean"/></testsuite>`);
            continue;
        }
        tests += failing.length;
        failures += failing.length;
        const cases = failing.map(d =>
            `<testcase classname="${name}" name="${d.line}:${d.column} ${d.code}"><failure type="${d.severity}" message="${escapeXml(d.message)}"/></testcase>`);
        suites.push(`<testsuite name="${name}" tests="${failing.length}" failures="${failing.length}">${cases.join('')}</testsuite>`);
    }
    return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="argmap" tests="${tests}" failures="${failures}">`, ...suites, '</testsuites>'].join('\n') + '\n';
}
