// The extension-host test module (extensionTestsPath): VS Code loads it inside the real extension
// host, with the `vscode` API available, and awaits run(). Built to out/test/extension/index.cjs
// with the suites beside it (tools/build-extension-tests.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

// The extension host's console output reaches the runner mixed with the workbench's own log lines
// (tools/code-server/test-electron-shim.mjs), and with console.log's arguments unformatted ("%s%s,,"):
// format the report here and mark each line, so the shim prints the report and files away the rest.
export const REPORT_MARK = 'argmap-test| ';
export function report(text: string): void {
    console.log(text.split('\n').map(line => REPORT_MARK + line).join('\n'));
}
Mocha.reporters.Base.consoleLog = (...args: unknown[]) => report(util.format(...args));

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
    const grep = process.env.ARGMAP_E2E_GREP;
    if (grep) mocha.grep(grep);
    const suites = fs.readdirSync(__dirname).filter(name => name.endsWith('.test.cjs')).sort();
    for (const name of suites) mocha.addFile(path.join(__dirname, name));
    return new Promise((resolve, reject) => {
        const runner = mocha.run(failures => {
            const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
            const counts = { numPassedTests: stats.passes, numFailedTests: stats.failures, numPendingTests: stats.pending };
            // The runner (tools/e2e.mjs) reads the counts from here: the extension host's output
            // reaches it only as log lines.
            const results = process.env.ARGMAP_E2E_RESULTS;
            if (results) fs.writeFileSync(results, `${JSON.stringify(counts)}\n`);
            report(`extension host: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} pending`);
            if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
            else resolve();
        });
    });
}
