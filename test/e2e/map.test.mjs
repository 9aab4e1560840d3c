// UI tests of the map preview in a real VS Code (code-server in headless chromium, driven by
// playwright-core), with the packaged .vsix installed. Run by tools/e2e.mjs (npm run test:e2e), which
// sets ARGMAP_E2E_VSIX, ARGMAP_E2E_WORKSPACE (a copy of test/fixtures/workspace) and
// ARGMAP_E2E_SCREENSHOTS. The webview's content is two iframes deep (see frame()).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tools/code-server/browser.mjs';
import { startCodeServer } from '../../tools/code-server/server.mjs';
import { hostileMap, payloads } from '../fixtures/hostile/hostile-map.mjs';
import { workbench } from './workbench.mjs';

const vsix = process.env.ARGMAP_E2E_VSIX;
const sharedWorkspace = process.env.ARGMAP_E2E_WORKSPACE;
const screenshots = process.env.ARGMAP_E2E_SCREENSHOTS;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The graph as `argmap export --format json` prints it (out/cli.cjs from the packaged build). */
function exportedGraph(file) {
    return JSON.parse(execFileSync(process.execPath, [path.join(root, 'out', 'cli.cjs'), 'export', file, '--format', 'json'], { encoding: 'utf8' }));
}

const squash = text => text.replace(/\s+/g, '');
/** What the map shows of a text: characters a document cannot hold (C0 controls...) become U+FFFD, as render/text-wrap.ts's cleanText does. */
const clean = text => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');

describe('Argmap map preview (packaged .vsix, code-server)', function () {
    this.timeout(120_000);
    let cs;
    let browser;
    let page;
    let failed = false;
    /** This suite's own copy of the workspace: it adds files (xss.argmap) the other UI tests don't expect. */
    let workspace;
    const dialogs = [];
    const injectedLogs = [];
    const injectedRequests = [];

    let ui;
    const shot = name => ui.shot(name);
    /** The map webview's document: the webview's outer iframe, then its active frame. */
    const frame = () => ui.webview();
    const node = id => frame().locator(`svg#map g.argmap-node[data-id="${id}"]`);
    const editorLines = () => ui.editorLines();
    const focusEditor = () => ui.focusEditor();
    const quickOpen = name => ui.quickOpen(name);
    const goTo = (line, column) => ui.goTo(line, column);
    /** Each drawn node's id and its text lines (the body lines, joined), as the webview shows them. */
    const drawnTexts = () => frame().locator('svg#map').evaluate(svg => {
        const result = {};
        for (const g of svg.querySelectorAll('g.argmap-node')) {
            result[g.dataset.id] = [...g.querySelectorAll('text.argmap-text-body')].map(t => t.textContent).join(' ');
        }
        return result;
    });
    const setTheme = theme => ui.setTheme(theme);

    before(async function () {
        assert.ok(vsix && sharedWorkspace && screenshots, 'run through tools/e2e.mjs (npm run test:e2e)');
        fs.mkdirSync(screenshots, { recursive: true });
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-e2e-map-'));
        fs.cpSync(sharedWorkspace, workspace, { recursive: true });
        // Every hostile payload as a statement text, framing label, source title and url.
        fs.writeFileSync(path.join(workspace, 'xss.argmap'), hostileMap());
        cs = await startCodeServer({ workspace, vsix, onLog: message => console.log(`      [code-server] ${message}`) });
        ({ browser, page } = await launchBrowser());
        ui = workbench(page, screenshots);
        page.on('dialog', dialog => {
            dialogs.push(dialog.message());
            void dialog.dismiss().catch(() => { });
        });
        page.on('console', message => {
            if (message.text().includes('argmap-xss')) injectedLogs.push(`${message.type()}: ${message.text()}`);
        });
        // The payloads point at evil.example or carry the marker: no request may ever go there.
        page.on('request', request => {
            if (/evil\.example|argmap-xss/.test(request.url())) injectedRequests.push(request.url());
        });
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') {
            failed = true;
            const name = `failed-map-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
            await shot(name).catch(() => { });
        }
    });

    after(async () => {
        await browser?.close().catch(() => { });
        await cs?.stop({ keepLogs: failed });
        if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    it('opens the map of tutorial.argmap to the side from the editor title button', async () => {
        await page.goto(cs.url);
        await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'tutorial.argmap' }).waitFor({ timeout: 30_000 });
        await page.locator('.monaco-workbench .part.editor').click({ position: { x: 400, y: 300 } });
        await quickOpen('tutorial.argmap');
        await page.locator('#status\\.editor\\.mode', { hasText: 'Argmap' }).waitFor({ timeout: 30_000 });
        const button = page.locator('.editor-actions .action-label[aria-label^="Open Map to the Side"]');
        await button.first().waitFor({ timeout: 30_000 });
        await button.first().click();
        await page.locator('.tab', { hasText: 'Map: tutorial.argmap' }).waitFor({ timeout: 30_000 });
        await node('keep').waitFor({ timeout: 30_000 });
    });

    it('draws every statement of the graph with its whole text', async () => {
        const graph = exportedGraph(path.join(workspace, 'tutorial.argmap'));
        const drawn = await drawnTexts();
        for (const statement of graph.statements) {
            assert.ok(statement.id in drawn, `statement ${statement.id} is drawn (drawn: ${Object.keys(drawn).join(', ')})`);
            assert.equal(squash(drawn[statement.id]), squash(statement.text), `the text of ${statement.id}`);
        }
        // Statuses are classes the theme styles; the thesis is accepted in the tutorial.
        assert.match(await node('keep').getAttribute('class'), /argmap-status-accepted/);
        await shot('10-map-light');
    });

    it('a click on a node selects its text in the editor', async () => {
        await node('selfHelp').click();
        // The objection is written on line 65; the selection covers it, the cursor at its keyword.
        await page.locator('#status\\.editor\\.selection', { hasText: /Ln 65, Col 3 \(\d+ selected\)/ }).waitFor({ timeout: 15_000 });
        await page.locator('.tab.active', { hasText: 'tutorial.argmap' }).first().waitFor();
        await node('selfHelp').locator('xpath=self::*[contains(@class, "highlighted")]').waitFor();
    });

    it('moving the cursor in the editor highlights the node under it', async () => {
        await goTo(132, 10); // inside `evidence gulf`
        await frame().locator('svg#map g.argmap-node.highlighted[data-id="gulf"]').waitFor({ timeout: 15_000 });
        assert.equal(await frame().locator('svg#map g.argmap-node.highlighted').count(), 1);
        await goTo(50, 10); // inside `evidence ban`
        await frame().locator('svg#map g.argmap-node.highlighted[data-id="ban"]').waitFor({ timeout: 15_000 });
    });

    it('typing a new objection in the editor adds it to the map', async () => {
        await page.keyboard.press('Control+End');
        const text = 'An objection typed in the editor a moment ago.';
        await page.keyboard.press('Enter');
        // Typed as a person types (the map follows while typing, and typing never waits for it).
        await page.keyboard.type(`objection typedNow attacks keep "${text}"`, { delay: 20 });
        const typedAt = Date.now();
        for (;;) {
            if (squash((await drawnTexts()).typedNow ?? '') === squash(text)) break;
            assert.ok(Date.now() - typedAt < 30_000, 'the typed objection is drawn with its whole text');
            await page.waitForTimeout(20);
        }
        console.log(`      the whole objection was on the map ${Date.now() - typedAt} ms after the last keystroke`);
        // The cursor is in it: it is highlighted, and brought into view.
        await frame().locator('svg#map g.argmap-node.highlighted[data-id="typedNow"]').waitFor({ timeout: 15_000 });
        // An unanswered objection defeats the thesis.
        await frame().locator('svg#map g.argmap-node.argmap-status-rejected[data-id="keep"]').waitFor({ timeout: 15_000 });
        await shot('11-map-after-typing');
        // Delete the typed line (the editor still has the focus): the objection leaves the map.
        await page.keyboard.press('Control+Shift+K');
        await page.keyboard.press('Backspace');
        await node('typedNow').waitFor({ state: 'detached', timeout: 30_000 });
        await frame().locator('svg#map g.argmap-node.argmap-status-accepted[data-id="keep"]').waitFor({ timeout: 15_000 });
    });

    it('the framing filter dims, then hides, the moves of other framings', async () => {
        const chip = frame().locator('.chip[data-framing="realist"]');
        await chip.click();
        assert.equal(await chip.getAttribute('aria-pressed'), 'true');
        // `sanctions` is a liberal rebuttal: dimmed, then left out; the realist `selfHelp` stays bright.
        await frame().locator('svg#map g.argmap-node.argmap-dimmed[data-id="sanctions"]').waitFor({ timeout: 15_000 });
        assert.doesNotMatch(await node('selfHelp').getAttribute('class'), /argmap-dimmed/);
        await shot('12-map-filter-dim');
        await frame().locator('select.filter-mode').selectOption('hide');
        await node('sanctions').waitFor({ state: 'detached', timeout: 15_000 });
        await node('selfHelp').waitFor();
        // What realist moves hang on stays: the thesis they attack.
        await node('keep').waitFor();
        await shot('13-map-filter-hide');
        await frame().locator('select.filter-mode').selectOption('dim');
        await chip.click();
        await node('sanctions').waitFor({ timeout: 15_000 });
        await frame().locator('svg#map g.argmap-node.argmap-dimmed').first().waitFor({ state: 'detached', timeout: 15_000 });
    });

    it('zooms with the buttons and fits the map again', async () => {
        const level = frame().locator('.zoom-level');
        // The tutorial is too wide to read whole in half a window: the first view is readable, at its thesis.
        assert.equal(await level.textContent(), '70%');
        await frame().locator('button.zoom-fit').click();
        const fitted = await level.textContent();
        assert.ok(Number.parseInt(fitted, 10) < 70, `Fit zooms out to the whole map (${fitted})`);
        await frame().locator('button.zoom-in').click();
        assert.notEqual(await level.textContent(), fitted);
        await frame().locator('button.zoom-fit').click();
        assert.equal(await level.textContent(), fitted);
        const transform = await frame().locator('svg#map > g.scene').getAttribute('transform');
        await frame().locator('svg#map').hover();
        await page.mouse.wheel(0, -300);
        await page.waitForTimeout(200);
        assert.notEqual(await frame().locator('svg#map > g.scene').getAttribute('transform'), transform, 'the wheel zooms');
        // The whole map, then its middle at natural size, for the theme pictures that follow.
        await frame().locator('button.zoom-fit').click();
        await frame().locator('button.zoom-reset').click();
        assert.equal(await level.textContent(), '100%');
    });

    it('the panel\'s SVG button exports the map beside the file', async () => {
        const target = path.join(workspace, 'tutorial.svg');
        await frame().locator('button.export-svg').click();
        // The save dialog (VS Code's own, in the browser) proposes tutorial.svg beside tutorial.argmap.
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        let proposed = '';
        for (const start = Date.now(); Date.now() - start < 15_000; await page.waitForTimeout(100)) {
            proposed = await input.inputValue();
            if (proposed.endsWith('tutorial.svg')) break;
        }
        assert.equal(proposed, target);
        await page.keyboard.press('Enter');
        for (const start = Date.now(); !fs.existsSync(target); await page.waitForTimeout(100)) {
            assert.ok(Date.now() - start < 30_000, `${target} is written`);
        }
        await page.waitForTimeout(200); // written in one go, but let it finish
        const svg = fs.readFileSync(target, 'utf8');
        assert.match(svg, /^<svg /);
        assert.ok(svg.includes('Collective security is worth keeping, despite its failures.'));
        fs.rmSync(target);
    });

    it('follows the dark and high-contrast themes', async () => {
        await focusEditor();
        await setTheme('Dark Modern');
        await frame().locator('body.vscode-dark').waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await shot('14-map-dark');
        await setTheme('Dark High Contrast');
        await frame().locator('body.vscode-high-contrast').waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await shot('15-map-high-contrast');
        await setTheme('Light Modern');
        await frame().locator('body.vscode-light').waitFor({ timeout: 15_000 });
    });

    it(`shows ${payloads.length} hostile texts (markup, script, SVG and CSS tricks, bidi) as plain text and runs none of them`, async () => {
        await focusEditor();
        await quickOpen('xss.argmap');
        await page.locator('.tab', { hasText: 'Map: xss.argmap' }).waitFor({ timeout: 30_000 });
        await node('t').waitFor({ timeout: 30_000 });
        const graph = exportedGraph(path.join(workspace, 'xss.argmap'));
        // Each box's tooltip holds its whole text (its lines may be cut short): the text as written.
        const tooltips = await frame().locator('svg#map').evaluate(svg => Object.fromEntries(
            [...svg.querySelectorAll('g.argmap-node')].map(g => [g.dataset.id, g.querySelector(':scope > title')?.textContent ?? ''])));
        for (const statement of graph.statements) assert.equal(squash(clean(tooltips[statement.id] ?? '')), squash(clean(statement.text)), statement.id);
        assert.equal(await frame().locator('.title').textContent(), graph.title);
        for (const framing of graph.framings) assert.equal(await frame().locator(`.chip[data-framing="${framing.name}"]`).textContent(), `#${framing.name}`);
        // Nothing but the page's own script (and VS Code's, in the head), the map's own SVG elements, no
        // event handler anywhere, and no attribute carrying a payload (but tooltips and accessible names, which are text).
        const found = await frame().locator('body').evaluate(body => {
            const doc = body.ownerDocument;
            const own = new Set(['g', 'path', 'rect', 'circle', 'text', 'title', 'use', 'defs', 'marker', 'pattern', 'style']);
            const everything = [...doc.querySelectorAll('*')];
            return {
                scripts: body.querySelectorAll('script').length,
                payloadScripts: [...doc.scripts].filter(s => s.textContent.includes('argmap-xss')).length,
                foreignInMap: [...new Set([...doc.querySelectorAll('svg#map *')].map(e => e.localName).filter(n => !own.has(n)))],
                handlers: everything.flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name)).map(a => `${e.localName}[${a.name}]`)),
                planted: everything.flatMap(e => [...e.attributes].filter(a => a.name !== 'aria-label' && a.name !== 'title' && /argmap-xss|evil\.example|javascript:/i.test(a.value)).map(a => `${e.localName}[${a.name}]`)),
            };
        });
        assert.deepEqual(found, { scripts: 1, payloadScripts: 0, foreignInMap: [], handlers: [], planted: [] });
        await shot('16-map-markup-as-text');
        // Hover, focus and click a few boxes (the whole map in view): handlers in the text would fire now.
        await frame().locator('button.zoom-fit').click();
        for (const id of ['p2', 'p7', 'p8', 'p28']) {
            await node(id).hover();
            await node(id).focus();
        }
        await node('p6').click();
        await page.waitForTimeout(1000);
        assert.deepEqual(dialogs, [], 'no dialog opened');
        assert.deepEqual(injectedLogs, [], 'no injected code logged anything');
        assert.deepEqual(injectedRequests, [], 'no request went where a payload points');
    });

    it('comes back after a reload of the window, with the map drawn', async () => {
        await ui.reloadWindow();
        await page.locator('.tab', { hasText: 'Map: xss.argmap' }).waitFor({ timeout: 30_000 });
        await node('t').waitFor({ timeout: 30_000 });
        assert.deepEqual(dialogs, [], 'no dialog opened');
    });
});
