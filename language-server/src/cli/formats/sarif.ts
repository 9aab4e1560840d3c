import { checkCodes, checks, type Severity } from '../../language/validation/codes.js';
import type { FileDiagnostic } from '../load.js';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0: a rule per check code, a result per diagnostic. */
export function formatSarif(diagnostics: readonly FileDiagnostic[], version: string): string {
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'argmap',
                    version,
                    rules: checkCodes.map(code => ({
                        id: code,
                        shortDescription: { text: checks[code].summary },
                        defaultConfiguration: { level: levels[checks[code].severity] },
                    })),
                },
            },
            columnKind: 'utf16CodeUnits',
            results: diagnostics.map(d => ({
                ruleId: d.code,
                ruleIndex: checkCodes.indexOf(d.code),
                level: levels[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(d.file) },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
