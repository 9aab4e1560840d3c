// Activation in a real VS Code (code-server with the packaged .vsix, headless chromium): from
// opening an .argmap file in a fresh window to (a) the Argmap status item saying the server runs
// and (b) the first squiggle. Medians of several fresh windows. Needs `npm run test:e2e` to have
// installed code-server and chromium once; otherwise it says so and skips.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { codeServerPaths, launchBrowser, startCodeServer } from '../tools/code-server/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!codeServerPaths().installed) {
    console.log('skipped: code-server is not installed (run `npm run test:e2e` once).');
    process.exit(0);
}
const vsix = path.join(root, 'out', 'argmap-bench.vsix');
const packaged = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: root, encoding: 'utf8' });
if (packaged.status !== 0) throw new Error(packaged.stderr);
console.log(`.vsix: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KB`);

const running = [];
const squiggle = [];
for (let i = 0; i < runs; i++) {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-activation-'));
    fs.copyFileSync(path.join(root, 'test/fixtures/workspace/faults.argmap'), path.join(workspace, 'faults.argmap'));
    const server = await startCodeServer({ workspace, vsix });
    const { browser, page } = await launchBrowser();
    try {
        await page.goto(server.url);
        await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(2_000); // let the workbench settle before the clock starts
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').fill('faults.argmap');
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
        const start = Date.now();
        await page.keyboard.press('Enter');
        await page.locator('.statusbar-item[id$="argmap.server"]', { hasText: 'Argmap' }).locator('.codicon-check').waitFor({ timeout: 60_000 });
        running.push(Date.now() - start);
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
        squiggle.push(Date.now() - start);
    } finally {
        await browser.close();
        await server.stop();
        fs.rmSync(workspace, { recursive: true, force: true });
    }
}
console.log(`open an .argmap file → language server running: median ${median(running)} ms (${running.join(', ')})`);
console.log(`open an .argmap file → first squiggle:          median ${median(squiggle)} ms (${squiggle.join(', ')})`);
