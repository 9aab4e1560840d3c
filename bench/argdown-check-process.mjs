// Not a benchmark of its own: the Argdown side of vs-argdown's `process` pipeline, run as a whole
// Node process, `node bench/argdown-check-process.mjs FILE.argdown`, in the folder of the file.
//
// @argdown/cli can't be installed here, so this does what its default command does,
// `argdown FILE` ("validate your files": @argdown/cli's DefaultCommand and runArgdown, version 2):
// load the config (argdown.config.json, if the folder has one), then `argdown.load` from
// @argdown/node with the processes load-file, parse-input and log-parser-errors, exit code 1 on
// parser errors, and the success line. It loads only @argdown/node, not the CLI's yargs and
// command modules, so the real `argdown` process takes a little longer than this one.
import { argdown } from '@argdown/node';

const config = await argdown.loadConfig(undefined);
config.inputPath = process.argv[2];
config.logParserErrors = true;
config.process ??= ['load-file', 'parse-input', 'log-parser-errors'];
config.throwExceptions = true; // as runArgdown sets it around argdown.load
const responses = await argdown.load(config);
if (Array.isArray(responses) && responses.length > 0) {
    if (responses.some(r => r.parserErrors?.length > 0)) process.exitCode = 1;
    console.log(`\u001b[32m\u001b[1mSuccessfully checked ${responses.length} ${responses.length > 1 ? 'files' : 'file'}.\u001b[0m\n`);
}
