// Installs what the end-to-end tests need to run the extension in a real VS Code without internet:
// code-server (VS Code for the browser, published on npm) and the Node 24 it requires, into a cache
// folder OUTSIDE the repository, and Debian's chromium for Playwright. Markers make a second run
// skip the install. Used by tools/e2e.mjs (`npm run test:e2e`) and reusable by `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server's postinstall refuses every Node but 24; it is installed from the npm `node` package. */
export const NODE24_VERSION = '24.21.0';

/** `$ARGMAP_E2E_CACHE`, else `~/.cache/argmap-e2e`: per machine, shared by every clone. */
export function cacheDir() {
    return path.resolve(process.env.ARGMAP_E2E_CACHE || path.join(os.homedir(), '.cache', 'argmap-e2e'));
}

/** Where the installed pieces live; `installed` says whether both markers are there. */
export function codeServerPaths(cache = cacheDir()) {
    const node24Dir = path.join(cache, 'node24');
    const codeServerDir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
    const paths = {
        cache,
        node24Dir,
        node24Marker: path.join(node24Dir, `.ok-${NODE24_VERSION}`),
        /** The Node 24 binary; code-server is always started with it, by absolute path. */
        node: path.join(node24Dir, 'node_modules', '.bin', 'node'),
        codeServerDir,
        codeServerMarker: path.join(codeServerDir, '.ok'),
        entry: path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        version: CODE_SERVER_VERSION,
    };
    return { ...paths, installed: fs.existsSync(paths.node24Marker) && fs.existsSync(paths.codeServerMarker) };
}

/** The chromium binary Playwright drives (`$ARGMAP_E2E_CHROMIUM` overrides). */
export function chromiumPath() {
    if (process.env.ARGMAP_E2E_CHROMIUM) return process.env.ARGMAP_E2E_CHROMIUM;
    for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
        if (fs.existsSync(candidate)) return candidate;
    }
    return '/usr/bin/chromium';
}

export class InstallError extends Error { }

function debPackageInstalled(name) {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status === 0 && r.stdout.includes('install ok installed');
}

/**
 * Installs Debian packages that are missing: with apt-get when running as root (`apt-get update`
 * first), otherwise throws an InstallError with the exact command to run.
 * `packages` maps a package name to a test that says whether it is already there.
 */
export async function ensureOsPackages(packages, { onProgress = () => { } } = {}) {
    const missing = Object.entries(packages).filter(([, present]) => !present()).map(([name]) => name);
    if (missing.length === 0) return;
    const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
    const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
    if (!hasApt) {
        throw new InstallError(`missing OS packages: ${missing.join(', ')}; install them with your package manager (on Debian/Ubuntu: sudo ${command})`);
    }
    if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
        throw new InstallError(`missing OS packages: ${missing.join(', ')}. Install them once with:\n  sudo ${command.replace('&& apt-get', '&& sudo apt-get')}`);
    }
    onProgress(`installing OS packages (apt): ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const logFile = path.join(os.tmpdir(), `argmap-e2e-apt-${process.pid}.log`);
    await run('apt-get', ['update'], { env, label: 'apt-get update', logFile });
    await run('apt-get', ['install', '-y', ...missing], { env, label: `apt-get install ${missing.join(' ')}`, logFile, append: true });
    fs.rmSync(logFile, { force: true });
    const still = Object.entries(packages).filter(([, present]) => !present()).map(([name]) => name);
    if (still.length > 0) throw new InstallError(`apt-get install finished but these are still missing: ${still.join(', ')}`);
}

/** Chromium for Playwright (apt package `chromium`). Only the tests need it, not a human using code-server. */
export async function ensureChromium({ onProgress = () => { } } = {}) {
    await ensureOsPackages({ chromium: () => fs.existsSync(chromiumPath()) }, { onProgress });
    return chromiumPath();
}

/**
 * Makes sure Node 24 and code-server are installed in the cache (a no-op when their markers exist)
 * and returns their paths. The first install takes one to two minutes and about 800 MB.
 * `onProgress(message)` hears about each step.
 */
export async function ensureCodeServer({ onProgress = () => { } } = {}) {
    const paths = codeServerPaths();
    if (paths.installed && fs.existsSync(paths.node) && fs.existsSync(paths.entry)) return paths;
    fs.mkdirSync(paths.cache, { recursive: true });

    if (!fs.existsSync(paths.node24Marker) || !fs.existsSync(paths.node)) {
        onProgress(`installing Node ${NODE24_VERSION} (npm package "node") into ${paths.node24Dir}`);
        fs.rmSync(paths.node24Dir, { recursive: true, force: true });
        fs.mkdirSync(paths.node24Dir, { recursive: true });
        // allowScripts approves the `node` package's preinstall, which installs its platform binary package.
        writeJson(path.join(paths.node24Dir, 'package.json'), {
            private: true, dependencies: { node: NODE24_VERSION }, allowScripts: { node: true },
        });
        await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
            cwd: paths.node24Dir, env: npmEnv(), label: `npm install node@${NODE24_VERSION}`, logFile: path.join(paths.node24Dir, 'install.log'),
        });
        const version = spawnSync(paths.node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
        if (version !== `v${NODE24_VERSION}`) throw new InstallError(`${paths.node} reports ${version || 'nothing'}, expected v${NODE24_VERSION}`);
        fs.writeFileSync(paths.node24Marker, `${new Date().toISOString()}\n`);
    }

    if (!fs.existsSync(paths.codeServerMarker) || !fs.existsSync(paths.entry)) {
        // code-server's `kerberos` module builds from source here (its prebuilt download is unreachable)
        // and needs the Kerberos headers.
        await ensureOsPackages({ 'libkrb5-dev': () => debPackageInstalled('libkrb5-dev') }, { onProgress });
        onProgress(`installing code-server ${CODE_SERVER_VERSION} into ${paths.codeServerDir} (takes a minute or two)`);
        fs.rmSync(paths.codeServerDir, { recursive: true, force: true });
        fs.mkdirSync(paths.codeServerDir, { recursive: true });
        writeJson(path.join(paths.codeServerDir, 'package.json'), {
            private: true, dependencies: { 'code-server': CODE_SERVER_VERSION }, allowScripts: { 'code-server': true, argon2: true },
        });
        const nodeBin = path.dirname(paths.node);
        const platformDir = path.join(paths.node24Dir, 'node_modules', 'node', 'node_modules');
        const headers = fs.readdirSync(platformDir).find(name => name.startsWith('node-linux-') || name.startsWith('node-darwin-'));
        if (!headers) throw new InstallError(`no node-<platform> package under ${platformDir}: delete ${paths.node24Dir} and retry`);
        // Node 24 first on PATH, so npm (and code-server's postinstall, which checks npm's user agent)
        // run on it; native modules compile against the headers shipped in the node-<platform> package
        // (node-gyp could not download headers offline).
        const env = npmEnv({
            PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
            npm_config_nodedir: path.join(platformDir, headers),
        });
        const logFile = path.join(paths.codeServerDir, 'install.log');
        await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
            cwd: paths.codeServerDir, env, label: `npm install code-server@${CODE_SERVER_VERSION}`, logFile,
        });
        if (!fs.existsSync(paths.entry)) throw new InstallError(`code-server installed but ${paths.entry} is missing; see ${logFile}`);
        // Written last: an interrupted or broken install is redone next time.
        fs.writeFileSync(paths.codeServerMarker, `${new Date().toISOString()}\n`);
    }
    onProgress(`code-server ${CODE_SERVER_VERSION} installed in ${paths.codeServerDir}`);
    return codeServerPaths();
}

/**
 * The environment for a nested `npm install`. `npm run` exports its own configuration as lowercase
 * `npm_config_*` variables (the project's prefix, allow-scripts, user agent, ...), which a nested npm
 * would read back as its own config and so install into the project. Drop them, keeping the ones
 * that say where and how to reach the registry.
 */
function npmEnv(extra = {}) {
    const keep = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig',
        'npm_config_cafile', 'npm_config_proxy', 'npm_config_https_proxy', 'npm_config_noproxy', 'npm_config_strict_ssl']);
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (key.startsWith('npm_') && !keep.has(key)) continue;
        env[key] = value;
    }
    return { ...env, ...extra };
}

function writeJson(file, value) {
    fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Runs a command, output to a log file (when given) or inherited; rejects with the log's tail on failure. */
function run(command, args, { cwd, env, label, logFile, append = false }) {
    return new Promise((resolve, reject) => {
        const out = logFile ? fs.openSync(logFile, append ? 'a' : 'w') : 'inherit';
        const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
        child.on('error', error => reject(new InstallError(`${label}: ${error.message}`)));
        child.on('exit', (code, signal) => {
            if (logFile) fs.closeSync(out);
            if (code === 0) return resolve();
            const tail = logFile ? `\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}\n(full log: ${logFile})` : '';
            reject(new InstallError(`${label} failed (${signal ?? `exit ${code}`})${tail}`));
        });
    });
}

/**
 * Everything the automated tests need: chromium and, when code-server still has to be installed,
 * libkrb5-dev (one apt run for both), then Node 24 and code-server. Returns codeServerPaths() plus
 * `chromium`.
 */
export async function ensureE2eTools({ onProgress = () => { } } = {}) {
    const packages = { chromium: () => fs.existsSync(chromiumPath()) };
    if (!codeServerPaths().installed) packages['libkrb5-dev'] = () => debPackageInstalled('libkrb5-dev');
    await ensureOsPackages(packages, { onProgress });
    const paths = await ensureCodeServer({ onProgress });
    return { ...paths, chromium: chromiumPath() };
}
