// `npm run test:e2e [-- --json PATH] [--only ui|extension-host] [--no-package]`
// Everything the end-to-end tests need, then the tests, in a real VS Code (code-server) without internet:
//   1. OS packages (chromium; libkrb5-dev for the first code-server install), Node 24 and code-server
//      into the cache (~/.cache/argmap-e2e or $ARGMAP_E2E_CACHE; skipped when already there);
//   2. `npm run package`: the production build and argmap-<version>.vsix;
//   3. UI tests (test/e2e/*.test.mjs): Playwright drives code-server with the .vsix installed;
//   4. extension-host tests (test/extension/): @vscode/test-electron's runTests() with code-server
//      standing in for VS Code (tools/code-server/test-electron-shim.mjs).
// Prints "e2e: N passed, N failed" last and exits 1 on any failure; --json writes the counts.
// --no-package reuses the last argmap-<version>.vsix. Environment: ARGMAP_E2E_CACHE (install cache),
// ARGMAP_E2E_GREP (only extension-host tests whose title matches), ARGMAP_E2E_UI (only the UI test
// files whose name holds it, e.g. markdown), ARGMAP_E2E_VERBOSE=1 (workbench log lines too),
// ARGMAP_E2E_TEST_TIMEOUT_MS (extension-host run, default 300000).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { runTests } from '@vscode/test-electron';
import { buildExtensionTests } from './build-extension-tests.mjs';
import { ensureE2eTools } from './code-server/install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonPath = option('--json') && path.resolve(process.env.INIT_CWD ?? process.cwd(), option('--json'));
const only = option('--only');
if (only !== undefined && !['ui', 'extension-host'].includes(only)) {
    console.error(`e2e: --only takes ui or extension-host, not ${only}`);
    process.exit(2);
}
const started = Date.now();
const say = message => console.log(`== ${message} (t=${Math.round((Date.now() - started) / 1000)}s)`);

// Ctrl-C or a kill: exit through process.exit, so the 'exit' handlers run that kill code-server's
// process group (tools/code-server/server.mjs) and chromium (Playwright).
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        console.error(`e2e: ${signal}, stopping`);
        process.exit(130);
    });
}

const totals = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
const add = counts => {
    totals.numPassedTests += counts.numPassedTests ?? 0;
    totals.numFailedTests += counts.numFailedTests ?? 0;
    totals.numPendingTests += counts.numPendingTests ?? 0;
};
const finish = () => {
    if (jsonPath) {
        fs.mkdirSync(path.dirname(jsonPath), { recursive: true });
        fs.writeFileSync(jsonPath, `${JSON.stringify(totals)}\n`);
    }
    const pending = totals.numPendingTests ? `, ${totals.numPendingTests} pending` : '';
    console.log(`e2e: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed${pending}`);
    process.exit(totals.numFailedTests > 0 ? 1 : 0);
};

/** A copy of the test workspace: tests edit files and write settings, and never touch test/fixtures/. */
function copyWorkspace() {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-e2e-workspace-'));
    fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), copy, { recursive: true });
    return copy;
}

function npm(npmArgs) {
    return new Promise((resolve, reject) => {
        const child = spawn('npm', npmArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', reject);
        child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`npm ${npmArgs.join(' ')} exited with ${code}`))));
    });
}

async function runUiTests(vsix) {
    const workspace = copyWorkspace();
    process.env.ARGMAP_E2E_VSIX = vsix;
    process.env.ARGMAP_E2E_WORKSPACE = workspace;
    const screenshots = path.join(root, 'test', 'e2e', 'screenshots');
    fs.rmSync(screenshots, { recursive: true, force: true }); // only this run's pictures
    process.env.ARGMAP_E2E_SCREENSHOTS = screenshots;
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90_000, color: false });
    const dir = path.join(root, 'test', 'e2e');
    const files = fs.readdirSync(dir).filter(n => n.endsWith('.test.mjs') && n.includes(process.env.ARGMAP_E2E_UI ?? ''));
    for (const name of files.sort()) mocha.addFile(path.join(dir, name));
    await mocha.loadFilesAsync();
    const stats = await new Promise(resolve => {
        const runner = mocha.run(() => resolve(runner.stats));
    });
    fs.rmSync(workspace, { recursive: true, force: true });
    const counts = { numPassedTests: stats.passes, numFailedTests: stats.failures, numPendingTests: stats.pending };
    console.log(`ui: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${counts.numPendingTests} pending`);
    return counts;
}

async function runExtensionHostTests() {
    const extensionTestsPath = await buildExtensionTests();
    const workspace = copyWorkspace();
    const results = path.join(workspace, '..', `${path.basename(workspace)}-results.json`);
    const shim = path.join(root, 'tools', 'code-server', 'test-electron-shim.mjs');
    fs.chmodSync(shim, 0o755); // runTests() executes it directly; a checkout may have lost the bit
    try {
        await runTests({
            // code-server instead of a downloaded VS Code: nothing is downloaded.
            vscodeExecutablePath: shim,
            extensionDevelopmentPath: root,
            extensionTestsPath,
            launchArgs: [workspace],
            extensionTestsEnv: { ARGMAP_E2E_RESULTS: results },
        });
    } catch (error) {
        console.error(`extension-host tests: ${error.message}`);
    }
    let counts;
    try {
        counts = JSON.parse(fs.readFileSync(results, 'utf8'));
    } catch {
        console.error('extension-host tests: no results (the test run did not finish); counted as one failure');
        counts = { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0 };
    }
    fs.rmSync(results, { force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
    return counts;
}

try {
    say('e2e tools: chromium, Node 24, code-server');
    const tools = await ensureE2eTools({ onProgress: message => console.log(`   ${message}`) });
    console.log(`   code-server ${tools.version}, cache ${tools.cache}, chromium ${tools.chromium}`);

    const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    const vsix = path.join(root, `argmap-${version}.vsix`);
    if (!args.includes('--no-package')) {
        say('npm run package (production build + .vsix)');
        fs.rmSync(vsix, { force: true });
        await npm(['run', 'package', '--silent']);
    }
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} was not produced`);

    if (!only || only === 'ui') {
        say(`UI tests (Playwright + code-server, ${path.basename(vsix)} installed)`);
        add(await runUiTests(vsix));
    }
    if (!only || only === 'extension-host') {
        say('extension-host tests (@vscode/test-electron runTests() through code-server)');
        add(await runExtensionHostTests());
    }
    say('done');
} catch (error) {
    console.error(`e2e: ${error.stack ?? error}`);
    totals.numFailedTests += 1;
}
finish();
