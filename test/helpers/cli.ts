import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

const cli = path.resolve(__dirname, '../../out/cli.cjs');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `argmap` executable (npm test builds it first) in a folder, as a user would. */
export function runCli(args: string[], cwd: string): CliResult {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];
// Each test file imports this module afresh, so this hook runs after that file's tests.
afterAll(() => {
    for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh temporary folder holding the given files (paths may contain folders); removed after the test file's tests. */
export function tempFolder(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'argmap-cli-'));
    created.push(root);
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), content);
    }
    return root;
}
