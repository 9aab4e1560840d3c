/**
 * Every check's code, default severity and one-line summary: the one table the validator, the CLI
 * (`--config`, SARIF rules), the settings and the docs read. A mistyped code is a compile error.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface CheckInfo {
    severity: Severity;
    summary: string;
}

export const checks = {
    'syntax': { severity: 'error', summary: 'The text does not follow the .argmap grammar.' },
    'unresolved-reference': { severity: 'error', summary: 'A name that is declared neither in this file nor in its imports.' },
    'duplicate-name': { severity: 'error', summary: 'A name declared twice, or imported from two files.' },
    'import-not-found': { severity: 'error', summary: 'An import path that is missing or not a readable UTF-8 file.' },
    'empty-argument': { severity: 'error', summary: 'An argument without premises.' },
    'missing-target': { severity: 'error', summary: 'A top-level argument, objection or rebuttal that says nothing about what it supports or attacks.' },
    'wrong-target': { severity: 'error', summary: 'A relation, target, premise or name of the wrong kind, or pointing at itself.' },
    'circular-support': { severity: 'error', summary: 'Statements that support each other in a circle (begging the question).' },
    'no-thesis': { severity: 'warning', summary: 'A map without a thesis.' },
    'multiple-theses': { severity: 'warning', summary: 'A map with more than one thesis.' },
    'unsupported-thesis': { severity: 'warning', summary: 'A thesis that no argument supports.' },
    'unsupported-claim': { severity: 'warning', summary: 'A claim with neither an argument for it nor a citation.' },
    'uncited-evidence': { severity: 'warning', summary: 'Evidence without a citation.' },
    'unanswered-objection': { severity: 'warning', summary: 'An objection to the thesis (or to an argument for it) that nothing answers.' },
    'orphan-statement': { severity: 'warning', summary: 'A statement connected to nothing.' },
    'rebuttal-target': { severity: 'warning', summary: 'A rebuttal aimed at something other than an objection.' },
    'unknown-code': { severity: 'warning', summary: 'An ignore comment that names a code that does not exist.' },
    'unknown-scheme': { severity: 'warning', summary: 'A scheme that is not in the catalogue.' },
    'unknown-question': { severity: 'warning', summary: 'A critical question number that the targeted argument\'s scheme does not have.' },
    'one-sided': { severity: 'info', summary: 'A thesis that faces no objection.' },
    'single-framing': { severity: 'info', summary: 'Every tagged move comes from one framing.' },
    'long-statement': { severity: 'info', summary: 'A statement longer than the word limit.' },
    'critical-questions': { severity: 'info', summary: 'A scheme argument whose critical questions no objection raises.' },
    'unused-source': { severity: 'hint', summary: 'A source this file declares but never cites.' },
    'unused-framing': { severity: 'hint', summary: 'A framing this file declares but never uses.' },
} as const satisfies Record<string, CheckInfo>;

export type CheckCode = keyof typeof checks;

export const checkCodes = Object.keys(checks) as CheckCode[];

export function isCheckCode(value: string): value is CheckCode {
    return Object.hasOwn(checks, value);
}

/** Checks whose diagnostics mark code as unnecessary (shown faded, not as a squiggle). */
export const unnecessaryCodes: ReadonlySet<CheckCode> = new Set<CheckCode>(['unused-source', 'unused-framing']);
