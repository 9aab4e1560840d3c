import { main } from './cli/main.js';

// The `argmap` executable. Output is flushed before exiting, so piping to a file loses nothing.
main(process.argv.slice(2)).then(code => {
    if (code >= 0) process.exitCode = code;
});
