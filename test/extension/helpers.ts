import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** Shared by the extension-host tests: the workspace (a temporary copy of test/fixtures/workspace), waiting, diagnostics. */

export const EXTENSION_ID = 'argmap.argmap';

export function workspaceFolder(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('the tests need a workspace folder (test/fixtures/workspace, copied)');
    return folder.uri;
}

export function fixture(name: string): vscode.Uri {
    return vscode.Uri.joinPath(workspaceFolder(), name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(fixture(name));
    return vscode.window.showTextDocument(document);
}

/** Polls `probe` until it returns something other than undefined/false; on timeout fails saying `what` (a function: worked out then). */
export async function waitFor<T>(what: string | (() => string), probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
    const start = Date.now();
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value;
            lastError = undefined;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() - start > timeoutMs) {
            throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${typeof what === 'function' ? what() : what}${lastError ? `: ${String(lastError)}` : ''}`);
        }
        await sleep(100);
    }
}

/** A line in the test report (plain console.log output only reaches the shim's log file). */
export function note(text: string): void {
    console.log(`argmap-test|       ${text}`);
}

export function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** The check code of a diagnostic (`code` may be a plain string or `{ value, target }` with a docs link). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    if (code === undefined) return undefined;
    return typeof code === 'object' ? String(code.value) : String(code);
}

export function argmapDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'argmap');
}

/** "line:code" for each diagnostic (0-based lines), sorted: compact to compare and to print. */
export function summary(uri: vscode.Uri): string[] {
    return argmapDiagnostics(uri).map(d => `${d.range.start.line}:${codeOf(d)}`).sort();
}

export function hasDiagnostic(uri: vscode.Uri, code: string, line?: number): boolean {
    return argmapDiagnostics(uri).some(d => codeOf(d) === code && (line === undefined || d.range.start.line === line));
}

/** Sets (or with undefined, resets) an `argmap.*` user setting, e.g. `setArgmapSetting('checks.one-sided', 'off')`. */
export async function setArgmapSetting(key: string, value: unknown): Promise<void> {
    const dot = key.lastIndexOf('.');
    const section = dot < 0 ? 'argmap' : `argmap.${key.slice(0, dot)}`;
    await vscode.workspace.getConfiguration(section).update(key.slice(dot + 1), value, vscode.ConfigurationTarget.Global);
}

/** The 0-based line of the first line of `uri`'s text that contains `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
    const line = document.getText().split(/\r?\n/).findIndex(l => l.includes(text));
    if (line < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
    return line;
}

/** The position of the first occurrence of `text` in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(text);
    if (index < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
    return document.positionAt(index + offset);
}

/**
 * The language server processes this extension host started: Node processes whose parent is this
 * process (the extension host) and whose command line runs out/language-server.cjs. Linux (/proc).
 */
export function languageServerPids(): number[] {
    const pids: number[] = [];
    for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
            const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            if (parent !== process.pid) continue;
            const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
            if (commandLine.includes('language-server.cjs')) pids.push(Number(entry));
        } catch {
            // the process ended while we looked
        }
    }
    return pids;
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
    return extension;
}

export async function closeAllEditors(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
