import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GradeRequests } from '../../language-server/src/protocol.js';
import { activateExtension, closeAllEditors, fixture, waitFor, workspaceFolder } from './helpers.js';

/** The grade view's tabs: webview tabs whose view type is the grade view's (VS Code prefixes it). */
function gradeTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('argmap.grades'));
}

describe('grading with a rubric', () => {
    let extensionPath: string;
    before(async () => {
        extensionPath = (await activateExtension()).extensionPath;
    });
    after(closeAllEditors);

    it('"Argmap: Grade Workspace with Rubric" grades every .argmap file as `argmap grade` does, and shows the grades', async () => {
        const rubric = fixture('class.argmap-rubric.json');
        const report = await vscode.commands.executeCommand<GradeRequests.GradeReport | undefined>('argmap.gradeWorkspace', rubric);
        assert.ok(report, 'the command returns the report it shows');
        assert.equal(report.title, 'Test essay');
        assert.equal(report.max, 8);
        assert.deepEqual(report.criteria.map(c => `${c.id}: ${c.label}`), [
            'thesis: One thesis', 'arguments: Three reasons for the thesis', 'answered: Objections answered', 'evidence: Cited evidence', 'errors: No errors',
        ]);
        // closed.argmap was never opened: graded from the server's workspace all the same.
        assert.deepEqual(report.results.map(r => `${r.file} ${r.score}/${r.max}`), ['closed.argmap 6/8', 'faults.argmap 3/8', 'tutorial.argmap 8/8']);
        const faults = report.results[1];
        assert.equal(faults.uri, fixture('faults.argmap').toString());
        assert.equal(faults.errors, 1, 'the typo `chartr`');
        assert.deepEqual(faults.criteria.find(c => c.id === 'errors'), { id: 'errors', points: 0, max: 1, actual: 1, passed: false, message: 'The map has 1 error; none are allowed.' });
        assert.equal(faults.feedbackFile, 'faults.md');
        assert.match(faults.feedback, /^# Feedback on faults\.argmap$/m);
        assert.match(faults.feedback, /^- Line 20, column \d+ \(`unresolved-reference`\): /m);
        assert.equal(report.mean, 5.67);

        // The same CSV as the command line shipped beside the extension, run in the workspace folder.
        const cli = path.join(extensionPath, 'out', 'cli.cjs');
        const csv = execFileSync(process.execPath, [cli, 'grade', '--rubric', rubric.fsPath, '.', '--format', 'csv'], { cwd: workspaceFolder().fsPath, encoding: 'utf8' });
        assert.equal(report.csv, csv);

        const [tab] = await waitFor('the grade view', () => gradeTabs().length === 1 && gradeTabs());
        assert.equal(tab.label, 'Grades: Test essay');
        // Grading again reuses the view.
        await vscode.commands.executeCommand('argmap.gradeWorkspace', rubric);
        assert.equal(gradeTabs().length, 1);
    });

    it('grades only a folder when given one, and says nothing is graded where there are no maps', async () => {
        const folder = vscode.Uri.joinPath(workspaceFolder(), 'empty-folder');
        await vscode.workspace.fs.createDirectory(folder);
        try {
            const report = await vscode.commands.executeCommand<GradeRequests.GradeReport | undefined>('argmap.gradeWorkspace', fixture('class.argmap-rubric.json'), folder);
            assert.deepEqual(report?.results, []);
        } finally {
            await vscode.workspace.fs.delete(folder, { recursive: true });
        }
    });

    it('a rubric that can\'t be used grades nothing (the error names the criterion)', async () => {
        const bad = vscode.Uri.joinPath(workspaceFolder(), 'bad.argmap-rubric.json');
        await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"criteria": [{"id": "t", "rule": "one-thesiss", "points": 1}]}'));
        try {
            const report = await vscode.commands.executeCommand<GradeRequests.GradeReport | undefined>('argmap.gradeWorkspace', bad);
            assert.equal(report, undefined);
        } finally {
            await vscode.workspace.fs.delete(bad);
        }
    });
});
