import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { isCheckWorker, runCheckWorker } from './cli/check-files.js';
import { reason } from './cli/files.js';
import { internalErrorLine, main } from './cli/main.js';

const args = process.argv.slice(2);
const serving = args[0] === 'lsp';

// The `argmap` executable. Output is flushed before exiting, so piping to a file loses nothing.
// A reader that stops early (`argmap check . | head`) ends nothing noisily: the rest of the output
// is dropped and the run still ends with its own exit code (so `set -o pipefail` sees the check's
// result); the language server, whose client is gone, just exits. Any other failure to write
// stdout (a full disk: `> /dev/full`) is one line and exit 2, never a stack trace.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
        if (serving) process.exit(0);
        return;
    }
    process.stderr.write(`argmap: cannot write the output: ${reason(error)}\n`);
    process.exit(2);
});
// Nowhere is left to report a broken stderr; what stdout holds is still right.
process.stderr.on('error', () => undefined);

if (!serving) {
    // The last resort for a bug outside main's promise; the language server keeps Node's own
    // reporting (its stack traces go to the editor's log, where they help).
    const crash = (error: unknown) => {
        process.stderr.write(`${internalErrorLine(error)}\n`);
        process.exit(2);
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
}
if (isMainThread) {
    // `check` starts its worker threads from this same bundle (cli/check-files.ts).
    main(args, { workerScript: fileURLToPath(import.meta.url) }).then(code => {
        if (code >= 0) process.exitCode = code;
    });
} else if (isCheckWorker(workerData)) {
    void runCheckWorker(workerData);
}
