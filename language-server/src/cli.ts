import { main } from './cli/main.js';

// The `argmap` executable. Output is flushed before exiting, so piping to a file loses nothing;
// a reader that stops early (`argmap check . | head`) ends the program quietly.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
});
main(process.argv.slice(2)).then(code => {
    if (code >= 0) process.exitCode = code;
});
