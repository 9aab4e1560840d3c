// Starts code-server (real VS Code, web UI) on a free loopback port, in its own process group, with
// fresh per-run folders and a quiet, deterministic workbench. Needs ensureCodeServer() first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerPaths } from './install.mjs';

/** Settings that keep the workbench quiet: no Welcome tab, no chat side bar, no update or gallery checks. */
export const quietSettings = {
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
};

/**
 * Starts code-server and resolves once it listens.
 *
 * - `workspace`: the folder to open (absolute path).
 * - `extensionDevelopmentPath`: load this extension from source (through the `?payload=` URL, which
 *   needs the smoke-test driver option); `extensionTestsPath`: also run these extension-host tests.
 * - `vsix`: install this packaged extension into the run's extensions folder first.
 * - `extensionsDir`: use this extensions folder instead of a fresh one.
 * - `settings`: user settings merged over `quietSettings`.
 * - `port`: 0 (default) picks a free port; `env`: extra environment variables (they reach the
 *   extension host); `extraArgs`: more code-server flags (e.g. `['--log', 'trace']`);
 *   `onLog(line)` hears what the helper does.
 *
 * Returns `{ url, baseUrl, port, runDir, remoteUri(path), stop({ keepLogs }) }`; `url` opens the
 * workspace (with the payload when one applies). The process group is killed on stop() and when
 * this process exits.
 */
export async function startCodeServer({
    workspace, extensionDevelopmentPath, extensionTestsPath, vsix, extensionsDir, settings = {}, port = 0, env: extraEnv = {},
    extraArgs = [], onLog = () => { },
}) {
    const cs = codeServerPaths();
    if (!cs.installed) throw new Error(`code-server ${cs.version} is not installed in ${cs.cache}: call ensureCodeServer() first (npm run test:e2e does)`);
    if (!workspace || !path.isAbsolute(workspace)) throw new Error(`startCodeServer: workspace must be an absolute path, got ${workspace}`);

    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-code-server-'));
    const dir = name => {
        const d = path.join(runDir, name);
        fs.mkdirSync(d, { recursive: true });
        return d;
    };
    const [config, data, tmp, userData] = ['config', 'data', 'tmp', 'user-data'].map(dir);
    const extensions = extensionsDir ? path.resolve(extensionsDir) : dir('extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), `${JSON.stringify({ ...quietSettings, ...settings }, null, 2)}\n`);

    const env = {
        ...process.env, ...extraEnv,
        XDG_CONFIG_HOME: config, XDG_DATA_HOME: data, TMPDIR: tmp,
        EXTENSIONS_GALLERY: '{}', // no marketplace: nothing tries to reach the network
        PATH: `${path.dirname(cs.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    };
    delete env.PORT; // code-server lets $PORT override the port of --bind-addr
    delete env.VSCODE_IPC_HOOK_CLI; // when started from a VS Code terminal, don't talk to that VS Code

    if (vsix) {
        const r = spawnSync(cs.node, [cs.entry, '--extensions-dir', extensions, '--install-extension', path.resolve(vsix)], { env, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}${r.stderr}`);
        onLog(r.stdout.trim().split('\n').pop());
    }

    const args = [
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override',
        // Needed for the ?payload= URL: without it the workbench ignores extensionDevelopmentPath/extensionTestsPath.
        '--vscode-option', 'enable-smoke-test-driver',
        '--user-data-dir', userData, '--extensions-dir', extensions, ...extraArgs, workspace,
    ];
    // detached: its own process group (setsid), so stop() reaches the server, the extension host,
    // the language server and the file watcher at once.
    const child = spawn(cs.node, [cs.entry, ...args], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } };
    process.on('exit', killGroup);

    const logPath = path.join(runDir, 'code-server.log');
    const logStream = fs.createWriteStream(logPath);
    let listening;
    try {
        listening = await new Promise((resolve, reject) => {
            let seen = '';
            const timer = setTimeout(() => reject(new Error(`code-server did not report its port within 60 s; log: ${logPath}`)), 60_000);
            const onData = chunk => {
                logStream.write(chunk);
                if (seen === null) return;
                seen += chunk;
                const match = seen.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
                if (match) { seen = null; clearTimeout(timer); resolve(Number(match[1])); }
            };
            child.stdout.on('data', onData);
            child.stderr.on('data', onData);
            child.on('exit', code => { clearTimeout(timer); reject(new Error(`code-server exited early (${code}); log: ${logPath}`)); });
        });
    } catch (error) {
        killGroup();
        throw error;
    }
    const actualPort = listening;
    const baseUrl = `http://127.0.0.1:${actualPort}`;
    const remoteUri = p => `vscode-remote://127.0.0.1:${actualPort}${path.resolve(p)}`;
    const payload = [];
    if (extensionDevelopmentPath) {
        for (const p of [extensionDevelopmentPath].flat()) payload.push(['extensionDevelopmentPath', remoteUri(p)]);
    }
    if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
    let url = `${baseUrl}/?folder=${encodeURIComponent(workspace)}`;
    if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    onLog(`code-server ${cs.version} on ${baseUrl} (run folder ${runDir})`);

    let stopped = false;
    const stop = async ({ keepLogs = false } = {}) => {
        if (stopped) return;
        stopped = true;
        try {
            process.kill(-child.pid, 'SIGTERM');
            for (let i = 0; i < 50; i++) { // up to 5 s, then SIGKILL whatever is left of the group
                await new Promise(r => setTimeout(r, 100));
                process.kill(-child.pid, 0); // throws once no process of the group is left
            }
            killGroup();
        } catch { /* the group is gone */ }
        process.off('exit', killGroup);
        logStream.end();
        if (keepLogs) onLog(`kept ${runDir} (code-server.log, user-data/logs)`);
        else fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    };
    return { url, baseUrl, port: actualPort, runDir, userData, extensionsDir: extensions, remoteUri, stop };
}
