// UI tests of the grade view ("Argmap: Grade Workspace with Rubric") in a real VS Code (code-server in
// headless chromium, driven by playwright-core), with the packaged .vsix installed. Run by
// tools/e2e.mjs (npm run test:e2e), which sets ARGMAP_E2E_VSIX, ARGMAP_E2E_WORKSPACE (a copy of
// test/fixtures/workspace, with class.argmap-rubric.json) and ARGMAP_E2E_SCREENSHOTS. The webview's
// content is two iframes deep (see frame()).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tools/code-server/browser.mjs';
import { startCodeServer } from '../../tools/code-server/server.mjs';
import { workbench } from './workbench.mjs';

const vsix = process.env.ARGMAP_E2E_VSIX;
const sharedWorkspace = process.env.ARGMAP_E2E_WORKSPACE;
const screenshots = process.env.ARGMAP_E2E_SCREENSHOTS;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `argmap grade` (out/cli.cjs from the packaged build) run in the workspace folder. */
function cliGrade(workspace, args) {
    return execFileSync(process.execPath, [path.join(root, 'out', 'cli.cjs'), 'grade', '--rubric', 'class.argmap-rubric.json', '.', ...args], { cwd: workspace, encoding: 'utf8' });
}

describe('Argmap grade view (packaged .vsix, code-server)', function () {
    this.timeout(120_000);
    let cs;
    let browser;
    let page;
    let failed = false;
    /** This suite's own copy of the workspace: it writes a CSV and feedback files into it. */
    let workspace;

    let ui;
    const shot = name => ui.shot(name);
    /** The grade view's document: the webview's outer iframe, then its active frame. */
    const frame = () => ui.webview();
    const row = file => frame().locator(`table.grades tbody tr[data-file="${file}"]`);
    const cell = (file, criterion) => row(file).locator(`td[data-criterion="${criterion}"]`);
    const bodyFiles = () => frame().locator('table.grades tbody tr').evaluateAll(rows => rows.map(r => r.dataset.file));
    const runCommand = title => ui.runCommand(title);
    const setTheme = theme => ui.setTheme(theme);
    /**
     * VS Code's own file dialog (the browser's): waits for it to propose a path, then types `target`
     * and accepts, with Enter or, for a folder (where Enter goes into it), the dialog's `button`.
     */
    const answerFileDialog = async (expectedEnd, target, button) => {
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        let proposed = '';
        for (const start = Date.now(); Date.now() - start < 15_000; await page.waitForTimeout(100)) {
            proposed = await input.inputValue();
            if (proposed.endsWith(expectedEnd)) break;
        }
        assert.ok(proposed.endsWith(expectedEnd), `the dialog proposes …${expectedEnd} (it says ${proposed})`);
        if (target !== undefined) await input.fill(target);
        if (button) {
            // The dialog goes into the folder typed (its list then holds only ".."): let it settle there.
            await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(target) }).waitFor({ state: 'detached', timeout: 15_000 });
            await page.waitForTimeout(500);
            await page.locator('.quick-input-widget .monaco-button', { hasText: button }).click();
            await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        } else {
            await page.keyboard.press('Enter');
        }
    };
    const waitForFile = async file => {
        for (const start = Date.now(); !fs.existsSync(file); await page.waitForTimeout(100)) {
            assert.ok(Date.now() - start < 30_000, `${file} is written`);
        }
        await page.waitForTimeout(200);
    };

    before(async function () {
        assert.ok(vsix && sharedWorkspace && screenshots, 'run through tools/e2e.mjs (npm run test:e2e)');
        fs.mkdirSync(screenshots, { recursive: true });
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-e2e-grades-'));
        fs.cpSync(sharedWorkspace, workspace, { recursive: true });
        cs = await startCodeServer({ workspace, vsix, onLog: message => console.log(`      [code-server] ${message}`) });
        ({ browser, page } = await launchBrowser());
        ui = workbench(page, screenshots);
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') {
            failed = true;
            const name = `failed-grades-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
            await shot(name).catch(() => { });
        }
    });

    after(async () => {
        await browser?.close().catch(() => { });
        await cs?.stop({ keepLogs: failed });
        if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    it('grades the workspace with the rubric picked from the workspace\'s rubrics', async () => {
        await page.goto(cs.url);
        await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'class.argmap-rubric.json' }).waitFor({ timeout: 30_000 });
        await runCommand('Argmap: Grade Workspace with Rubric');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'class.argmap-rubric.json' }).first().click();
        await page.locator('.tab', { hasText: 'Grades: Test essay' }).waitFor({ timeout: 30_000 });
        await row('tutorial.argmap').waitFor({ timeout: 30_000 });
        assert.equal(await frame().locator('h1.title').textContent(), 'Test essay');
        assert.match(await frame().locator('.summary').textContent(), /^3 files in the workspace · class mean 5\.67 of 8 · class\.argmap-rubric\.json, graded at /);
    });

    it('shows a row per file and a column per criterion; lost points are marked and explained', async () => {
        assert.deepEqual(await bodyFiles(), ['closed.argmap', 'faults.argmap', 'tutorial.argmap']);
        const headers = await frame().locator('table.grades thead th').evaluateAll(cells => cells.map(c => c.querySelector('.label').textContent));
        assert.deepEqual(headers, ['File', 'Score', 'thesis', 'arguments', 'answered', 'evidence', 'errors']);
        // faults.argmap: an error (the typo `chartr`), so no points for `errors`, marked ✗.
        const errors = cell('faults.argmap', 'errors');
        assert.equal(await errors.locator('.value').textContent(), '0');
        assert.equal(await errors.locator('.mark').textContent(), '✗');
        assert.equal(await errors.getAttribute('title'), '0 of 1: The map has 1 error; none are allowed.');
        assert.equal(await row('faults.argmap').locator('.errors').textContent(), '1 error');
        // closed.argmap: 2 of the 3 arguments asked for, partial credit, marked ◐.
        const args = cell('closed.argmap', 'arguments');
        assert.equal(await args.locator('.value').textContent(), '2');
        assert.equal(await args.locator('.mark').textContent(), '◐');
        assert.match(await args.getAttribute('title'), /^2 of 3: 2 arguments support the thesis directly; at least 3 are asked for\.$/);
        // Full points: no mark.
        assert.equal(await cell('tutorial.argmap', 'arguments').locator('.mark').count(), 0);
        assert.equal(await row('tutorial.argmap').locator('td.score').textContent(), '8');
        assert.equal(await frame().locator('tfoot tr.mean td.score').textContent(), '5.67');
        await shot('30-grades-light');
    });

    it('sorts by a column when its header is clicked, and back', async () => {
        const score = frame().locator('button.sort[data-column="score"]');
        await score.click();
        assert.deepEqual(await bodyFiles(), ['faults.argmap', 'closed.argmap', 'tutorial.argmap']);
        assert.equal(await frame().locator('th:has(button.sort[data-column="score"])').getAttribute('aria-sort'), 'ascending');
        await score.click();
        assert.deepEqual(await bodyFiles(), ['tutorial.argmap', 'closed.argmap', 'faults.argmap']);
        await frame().locator('button.sort[data-column="file"]').click();
        assert.deepEqual(await bodyFiles(), ['closed.argmap', 'faults.argmap', 'tutorial.argmap']);
    });

    it('a click on a file opens it beside the grades', async () => {
        await row('faults.argmap').locator('button.file-link').click();
        await page.locator('.tab.active', { hasText: 'faults.argmap' }).first().waitFor({ timeout: 15_000 });
        await page.locator('#status\\.editor\\.mode', { hasText: 'Argmap' }).waitFor({ timeout: 15_000 });
        await page.locator('.tab', { hasText: 'Grades: Test essay' }).waitFor();
        assert.ok(await row('faults.argmap').isVisible(), 'the grades stay in view');
    });

    it('"Export CSV" saves the same CSV as `argmap grade --format csv`', async () => {
        const target = path.join(workspace, 'class-grades.csv');
        await frame().locator('button.export-csv').click();
        await answerFileDialog('class-grades.csv');
        await waitForFile(target);
        assert.equal(fs.readFileSync(target, 'utf8'), cliGrade(workspace, ['--format', 'csv']));
    });

    it('"Write feedback files" writes a Markdown file per student into the folder picked, as `argmap grade --feedback` does', async () => {
        const folder = path.join(workspace, 'feedback');
        fs.mkdirSync(folder);
        await frame().locator('button.write-feedback').click();
        await answerFileDialog(`${path.basename(workspace)}/`, `${folder}/`, 'Write Feedback Here');
        await waitForFile(path.join(folder, 'tutorial.md'));
        const expected = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-e2e-feedback-'));
        try {
            cliGrade(workspace, ['--feedback', expected]);
            assert.deepEqual(fs.readdirSync(folder).sort(), ['closed.md', 'faults.md', 'tutorial.md']);
            for (const name of fs.readdirSync(expected)) assert.equal(fs.readFileSync(path.join(folder, name), 'utf8'), fs.readFileSync(path.join(expected, name), 'utf8'), name);
        } finally {
            fs.rmSync(expected, { recursive: true, force: true });
        }
    });

    it('"Refresh" grades again: a fixed file earns its points', async () => {
        const file = path.join(workspace, 'faults.argmap');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('cite chartr', 'cite charter'));
        // The editor that has faults.argmap open follows the file on disk, and the server the editor.
        await page.locator('.monaco-editor .view-lines', { hasText: 'cite charter "Art. 42"' }).first().waitFor({ timeout: 15_000 });
        await frame().locator('button.refresh').click();
        for (const start = Date.now(); (await cell('faults.argmap', 'errors').locator('.value').textContent()) !== '1'; await page.waitForTimeout(100)) {
            assert.ok(Date.now() - start < 30_000, 'faults.argmap earns the point for no errors');
        }
        assert.equal(await row('faults.argmap').locator('.errors').count(), 0);
        assert.equal(await frame().locator('button.refresh').textContent(), 'Refresh');
    });

    it('reads well in the dark and high-contrast themes', async () => {
        await page.locator('.tab', { hasText: 'Grades: Test essay' }).click();
        await setTheme('Dark Modern');
        await frame().locator('body.vscode-dark').waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await shot('31-grades-dark');
        await setTheme('Dark High Contrast');
        await frame().locator('body.vscode-high-contrast').waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await shot('32-grades-high-contrast');
        await setTheme('Light Modern');
        await frame().locator('body.vscode-light').waitFor({ timeout: 15_000 });
    });
});
