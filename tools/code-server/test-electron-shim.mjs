#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() spawns:
//   test-electron-shim.mjs [workspace] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [Electron flags, ignored]
// Starts code-server and headless chromium, opens the workbench with a ?payload= URL that makes the
// (remote) extension host load DIR and run FILE's run(), prints the extension host's output, and
// exits with the tests' exit code. So the project keeps the standard runTests() call; desktop VS
// Code would only drop the vscodeExecutablePath option.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './server.mjs';

const devPaths = [];
const positional = [];
let testsPath;
for (const arg of process.argv.slice(2)) {
    const [key, value] = arg.split(/=(.*)/s);
    if (key === '--extensionDevelopmentPath') devPaths.push(path.resolve(value));
    else if (key === '--extensionTestsPath') testsPath = path.resolve(value);
    else if (!arg.startsWith('-')) positional.push(path.resolve(arg));
    // everything else (--no-sandbox, --user-data-dir=..., --disable-updates, ...) is for Electron
}
if (!testsPath || devPaths.length === 0) {
    console.error('test-electron-shim: needs --extensionDevelopmentPath=DIR and --extensionTestsPath=FILE');
    process.exit(2);
}
const workspace = positional[0] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-empty-workspace-'));
const timeoutMs = Number(process.env.ARGMAP_E2E_TEST_TIMEOUT_MS || 300_000);
const verbose = process.env.ARGMAP_E2E_VERBOSE === '1';
const say = message => console.error(`[shim] ${message}`);
/** Marks the lines of the test report in the extension host's output (test/extension/index.ts). */
const REPORT_MARK = 'argmap-test| ';

const cs = await startCodeServer({ workspace, extensionDevelopmentPath: devPaths, extensionTestsPath: testsPath, onLog: say });
let browser;
let code = 1;
const cleanup = async () => {
    await browser?.close().catch(() => { });
    await cs.stop({ keepLogs: code !== 0 });
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, async () => { await cleanup(); process.exit(130); });
try {
    const launched = await launchBrowser();
    browser = launched.browser;
    const { page } = launched;
    let exitWith;
    const exited = new Promise(resolve => { exitWith = resolve; });
    // Exposed before navigation: the workbench calls codeAutomationLog with its log lines (the
    // extension host's console output among them) and codeAutomationExit with the tests' exit code.
    // A log line arrives as its console arguments (an array) or as a string. Lines of the test report
    // carry REPORT_MARK (test/extension/index.ts) and are printed; the workbench's own log lines go to
    // workbench.log in the run folder (kept when the tests fail), or to the console with ARGMAP_E2E_VERBOSE=1.
    const workbenchLog = fs.createWriteStream(path.join(cs.runDir, 'workbench.log'));
    await page.exposeFunction('codeAutomationLog', (level, message) => {
        const text = Array.isArray(message) ? util.format(...message) : String(message);
        if (text.startsWith(REPORT_MARK)) {
            console.log(text.split('\n').map(line => (line.startsWith(REPORT_MARK) ? line.slice(REPORT_MARK.length) : line)).join('\n'));
            return;
        }
        workbenchLog.write(`[${level}] ${text}\n`);
        if (verbose) console.log(`[${level}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', exitCode => exitWith(exitCode));
    await page.goto(cs.url);
    let timer;
    code = await Promise.race([
        exited,
        new Promise(resolve => { timer = setTimeout(() => { say(`timed out after ${timeoutMs / 1000} s`); resolve(124); }, timeoutMs); }),
    ]);
    clearTimeout(timer);
} catch (error) {
    say(error.stack ?? String(error));
    code = 1;
} finally {
    await cleanup();
}
process.exit(code);
