// `npm start` (after `npm run build`): opens examples/ in a real VS Code with the extension.
// Desktop VS Code (`code` on PATH) loads it from source; otherwise a local code-server, installed
// on first use into a cache outside the repo, serves VS Code at a printed 127.0.0.1 URL with the
// packaged extension installed. Ctrl+C stops it.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');

function onPath(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

// What a student sees first: the examples check clean.
console.log('$ argmap check examples');
spawnSync(process.execPath, [path.join(root, 'out/cli.cjs'), 'check', examples], { stdio: 'inherit' });

if (onPath('code') && !process.env.ARGMAP_USE_CODE_SERVER) {
    console.log('\nOpening the examples in VS Code with the Argmap extension (from source)...');
    const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, examples], { stdio: 'inherit' });
    process.exit(result.status ?? 0);
}

const { ensureCodeServer, startCodeServer } = await import('../tools/code-server/index.mjs');
console.log('\n`code` is not on PATH: starting VS Code in the browser (code-server) instead.');
try {
    await ensureCodeServer({ onProgress: message => console.log(`  ${message}`) });
} catch (error) {
    console.error(`\nCould not set up code-server: ${error.message}`);
    process.exit(1);
}

console.log('  packaging the extension...');
const packaged = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', path.join(root, 'out', 'argmap.vsix')], { cwd: root, encoding: 'utf8' });
if (packaged.status !== 0) {
    console.error(packaged.stdout, packaged.stderr);
    process.exit(1);
}

const server = await startCodeServer({ workspace: examples, vsix: path.join(root, 'out', 'argmap.vsix') });
console.log(`
VS Code is running with Argmap and the examples open:

    ${server.url}

Open that address in a browser on this machine. Edits are saved to ${examples}.
Press Ctrl+C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
        if (stopping) return;
        stopping = true;
        console.log('\nStopping code-server...');
        await server.stop();
        process.exit(0);
    });
}
// Keep running until stopped.
setInterval(() => { }, 1 << 30);
