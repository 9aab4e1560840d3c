import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
    activateExtension, argmapDiagnostics, codeOf, EXTENSION_ID, fixture, hasDiagnostic, openFixture, setArgmapSetting, summary, waitFor,
} from './helpers.js';

/** faults.argmap's planted problems: 0-based line, code, severity (the file's "fault:" comments say the same). */
const planted = [
    { line: 6, code: 'unused-source', severity: vscode.DiagnosticSeverity.Hint },
    { line: 12, code: 'uncited-evidence', severity: vscode.DiagnosticSeverity.Warning },
    { line: 15, code: 'unanswered-objection', severity: vscode.DiagnosticSeverity.Warning },
    { line: 19, code: 'unresolved-reference', severity: vscode.DiagnosticSeverity.Error },
];
const plantedSummary = planted.map(p => `${p.line}:${p.code}`).sort();

describe('activation and diagnostics', () => {
    it('opening an .argmap file gives it the Argmap language and activates the extension', async () => {
        const editor = await openFixture('faults.argmap');
        assert.equal(editor.document.languageId, 'argmap');
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is loaded`);
        await waitFor('the extension to be active', () => extension.isActive);
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['argmap.newMap', 'argmap.restartServer', 'argmap.showOutput']) {
            assert.ok(commands.includes(command), `command ${command} is registered`);
        }
    });

    it('shows each planted fault with its code, line and severity, and nothing else', async () => {
        await activateExtension();
        const uri = fixture('faults.argmap');
        await openFixture('faults.argmap');
        await waitFor(() => `faults.argmap's diagnostics ${plantedSummary.join(', ')} (have: ${summary(uri).join(', ')})`,
            () => JSON.stringify(summary(uri)) === JSON.stringify(plantedSummary));
        const diagnostics = argmapDiagnostics(uri);
        for (const p of planted) {
            const found = diagnostics.find(d => codeOf(d) === p.code);
            assert.ok(found, p.code);
            assert.equal(found.range.start.line, p.line, `${p.code} line`);
            assert.equal(found.severity, p.severity, `${p.code} severity`);
            assert.ok(found.message.length > 20, `${p.code} has a real message: ${found.message}`);
        }
        const unresolved = diagnostics.find(d => codeOf(d) === 'unresolved-reference')!;
        assert.match(unresolved.message, /chartr/);
        const document = await vscode.workspace.openTextDocument(uri);
        assert.equal(document.getText(unresolved.range), 'chartr', 'the error underlines exactly the misspelt name');
    });

    it('a clean map has no problems', async () => {
        await openFixture('tutorial.argmap');
        // Once the closed file's problem is in, every workspace file has been checked.
        await waitFor('closed.argmap to be checked', () => hasDiagnostic(fixture('closed.argmap'), 'uncited-evidence'));
        await waitFor('faults.argmap to be checked', () => hasDiagnostic(fixture('faults.argmap'), 'unresolved-reference'));
        assert.deepEqual(summary(fixture('tutorial.argmap')), []);
    });
});

describe('workspace diagnostics (argmap.workspaceDiagnostics)', () => {
    afterEach(() => setArgmapSetting('workspaceDiagnostics', undefined));

    it('by default, a file that was never opened shows its problems too', async () => {
        await activateExtension();
        const closed = fixture('closed.argmap');
        assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === closed.toString()), 'closed.argmap is not open');
        await waitFor(() => `closed.argmap's uncited-evidence on line 7 (have: ${summary(closed).join(', ')})`,
            () => hasDiagnostic(closed, 'uncited-evidence', 6));
    });

    it('turned off, closed files lose their problems and open files keep theirs; turned on, they come back', async () => {
        await openFixture('faults.argmap');
        const closed = fixture('closed.argmap');
        const open = fixture('faults.argmap');
        await waitFor('closed.argmap checked', () => hasDiagnostic(closed, 'uncited-evidence'));
        await setArgmapSetting('workspaceDiagnostics', false);
        await waitFor(() => `closed.argmap's problems to go (have: ${summary(closed).join(', ')})`, () => summary(closed).length === 0);
        assert.deepEqual(summary(open), plantedSummary, 'the open file keeps its problems');
        await setArgmapSetting('workspaceDiagnostics', true);
        await waitFor('closed.argmap\'s problems to come back', () => hasDiagnostic(closed, 'uncited-evidence', 6));
    });
});

describe('check settings (argmap.checks.<code>)', () => {
    afterEach(async () => {
        await setArgmapSetting('checks.unanswered-objection', undefined);
        await setArgmapSetting('checks.uncited-evidence', undefined);
    });

    it('"off" removes that check\'s diagnostic and leaves the others', async () => {
        await openFixture('faults.argmap');
        const uri = fixture('faults.argmap');
        await waitFor('the planted diagnostics', () => hasDiagnostic(uri, 'unanswered-objection'));
        await setArgmapSetting('checks.unanswered-objection', 'off');
        await waitFor(() => `unanswered-objection to go (have: ${summary(uri).join(', ')})`, () => !hasDiagnostic(uri, 'unanswered-objection'));
        assert.deepEqual(summary(uri), plantedSummary.filter(s => !s.endsWith(':unanswered-objection')));
        await setArgmapSetting('checks.unanswered-objection', undefined);
        await waitFor('unanswered-objection to come back', () => hasDiagnostic(uri, 'unanswered-objection', 15));
    });

    it('a severity setting changes the diagnostic\'s severity', async () => {
        const uri = fixture('faults.argmap');
        await openFixture('faults.argmap');
        await setArgmapSetting('checks.uncited-evidence', 'error');
        await waitFor('uncited-evidence to become an error', () => argmapDiagnostics(uri)
            .some(d => codeOf(d) === 'uncited-evidence' && d.severity === vscode.DiagnosticSeverity.Error));
    });
});
