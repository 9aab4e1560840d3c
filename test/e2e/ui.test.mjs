// UI tests in a real VS Code (code-server in headless chromium, driven by playwright-core), with
// the packaged .vsix installed as a user would install it. Run by tools/e2e.mjs (npm run test:e2e),
// which sets ARGMAP_E2E_VSIX, ARGMAP_E2E_WORKSPACE (a copy of test/fixtures/workspace) and
// ARGMAP_E2E_SCREENSHOTS. Screenshots: test/e2e/screenshots/ (gitignored).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tools/code-server/browser.mjs';
import { startCodeServer } from '../../tools/code-server/server.mjs';
import { workbench } from './workbench.mjs';

const vsix = process.env.ARGMAP_E2E_VSIX;
const workspace = process.env.ARGMAP_E2E_WORKSPACE;
const screenshots = process.env.ARGMAP_E2E_SCREENSHOTS;

describe('Argmap in VS Code (packaged .vsix, code-server)', function () {
    this.timeout(90_000);
    let cs;
    let browser;
    let page;
    let failed = false;

    let ui;
    const shot = name => ui.shot(name);
    const editorLines = () => ui.editorLines();
    const runCommand = title => ui.runCommand(title);
    const goTo = (line, column) => ui.goTo(line, column);

    /** Waits until the status bar's problem counts are these (its label reads e.g. "Errors: 1, Warnings: 3"). */
    const problemCounts = async (errors, warnings) => {
        const item = page.locator('#status\\.problems');
        const count = (label, what) => Number(label.match(new RegExp(`${what}: (\\d+)`))?.[1] ?? 0);
        let label = '';
        for (const start = Date.now(); Date.now() - start < 30_000; await page.waitForTimeout(200)) {
            label = (await item.getAttribute('aria-label')) ?? '';
            if (count(label, 'Errors') === errors && count(label, 'Warnings') === warnings) return;
        }
        assert.fail(`status bar problems: expected ${errors} errors and ${warnings} warnings, got "${label}"`);
    };

    before(async function () {
        assert.ok(vsix && workspace && screenshots, 'run through tools/e2e.mjs (npm run test:e2e)');
        fs.mkdirSync(screenshots, { recursive: true });
        cs = await startCodeServer({ workspace, vsix, onLog: message => console.log(`      [code-server] ${message}`) });
        ({ browser, page } = await launchBrowser());
        ui = workbench(page, screenshots);
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') {
            failed = true;
            const name = `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
            await shot(name).catch(() => { });
        }
    });

    after(async () => {
        await browser?.close().catch(() => { });
        await cs?.stop({ keepLogs: failed });
    });

    it('loads the workbench with the workspace', async () => {
        await page.goto(cs.url);
        await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
        await page.locator('.monaco-workbench .part.statusbar').waitFor();
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'faults.argmap' }).waitFor({ timeout: 30_000 });
    });

    it('opens faults.argmap with Quick Open; the language mode is Argmap and the server runs', async () => {
        await page.locator('.monaco-workbench .part.editor').click({ position: { x: 400, y: 300 } }); // focus the workbench
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').fill('faults.argmap');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'faults.argmap' }).first().waitFor();
        await page.keyboard.press('Enter');
        await editorLines().filter({ hasText: 'Planted faults' }).waitFor();
        await page.locator('#status\\.editor\\.mode', { hasText: 'Argmap' }).waitFor({ timeout: 30_000 });
        // The client's status bar item turns to "$(check) Argmap" once the language server runs.
        const server = page.locator('.statusbar-item[id$="argmap.server"]');
        await server.locator('.codicon-check').waitFor({ timeout: 30_000 });
        assert.match(await server.getAttribute('aria-label'), /Argmap is checking your maps/);
    });

    it('underlines the planted faults: an error squiggle under the misspelt name, warning squiggles', async () => {
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
        assert.equal(await page.locator('.monaco-editor .squiggly-error').count(), 1);
        assert.equal(await page.locator('.monaco-editor .squiggly-warning').count(), 2);
        // The status bar counts every problem once: faults.argmap's error and two warnings, and the
        // warning of closed.argmap, which is not open (workspace diagnostics).
        await problemCounts(1, 3);
        // Hovering the squiggle shows the message, once.
        await page.locator('.monaco-editor .view-line', { hasText: 'cite chartr' }).locator('span', { hasText: /^chartr$/ }).first().hover();
        const hover = page.locator('.monaco-hover', { hasText: 'Nothing named' });
        await hover.waitFor({ timeout: 15_000 });
        const text = await hover.innerText();
        assert.match(text, /Nothing named `?chartr`? is declared/);
        assert.match(text, /unresolved-reference/);
        assert.equal(text.split('Nothing named').length - 1, 1, `the message appears once in the hover:\n${text}`);
        await shot('01-editor-squiggles-hover');
        await page.keyboard.press('Escape');
    });

    it('lists the problems with their check codes in the Problems panel, closed files included', async () => {
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor();
        const row = text => panel.locator('.monaco-list-row', { hasText: text }).first();
        await row('Nothing named').waitFor({ timeout: 15_000 });
        assert.match(await row('Nothing named').innerText(), /argmap\s*unresolved-reference\s*\[Ln 20, Col 90\]/);
        assert.match(await row('The evidence `gulf`').innerText(), /uncited-evidence\s*\[Ln 13, Col 5\]/);
        assert.match(await row('The objection `selfHelp`').innerText(), /unanswered-objection\s*\[Ln 16, Col 3\]/);
        // closed.argmap was never opened: it is listed through workspace diagnostics.
        await row('closed.argmap').waitFor();
        await shot('02-problems-panel');
    });

    it('fixes the misspelt name with a quick fix from the light bulb (Ctrl+.)', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await goTo(20, 92); // inside `chartr`
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget');
        const fix = menu.locator('.monaco-list-row', { hasText: 'Change to `charter`' });
        await fix.first().waitFor({ timeout: 15_000 });
        assert.equal(await fix.count(), 1, 'the fix is offered once');
        await shot('03-quick-fix-menu');
        await fix.click();
        await editorLines().filter({ hasText: 'cite charter "Art. 42"' }).waitFor();
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 30_000 });
        await problemCounts(0, 3);
        await shot('04-after-quick-fix');
    });

    it('"Argmap: New Argument Map" from the command palette opens the template', async () => {
        await runCommand('Argmap: New Argument Map');
        await editorLines().filter({ hasText: 'map "Your question" by "Your name"' }).waitFor({ timeout: 15_000 });
        await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
        await page.locator('#status\\.editor\\.mode', { hasText: 'Argmap' }).waitFor();
        await shot('05-new-map-template');
    });
});
