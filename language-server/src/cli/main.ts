import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import { checkFormats, runCheck, type CheckFormat } from './check.js';
import { runExport } from './export.js';
import { gradeFormats, runGrade, type GradeFormat } from './grade.js';
import { runImport } from './import.js';
import { runRender } from './render.js';
import { oneLine, UsageError } from './usage-error.js';

/**
 * The `argmap` command line (DESIGN.md, "The command line"). Exit codes: 0 success, 1 the input
 * has errors, 2 the command could not run (one line on stderr, never a stack trace).
 */
export async function main(argv: string[], context: { workerScript?: string } = {}): Promise<number> {
    const out = (text: string) => process.stdout.write(text);
    const err = (text: string) => process.stderr.write(text);
    let exitCode = 0;
    const program = new Command('argmap')
        .description('Check, export and serve .argmap argument maps.')
        .version(packageJson.version)
        .exitOverride()
        // Commander's errors as one line too (its "Did you mean ...?" comes on a line of its own); help text as it is.
        .configureOutput({ writeErr: text => err(text.startsWith('error:') ? `argmap: ${oneLine(text.substring(7))}\n` : text) })
        .showSuggestionAfterError(true);

    program.command('check')
        .description('check files or folders (recursively *.argmap) and report problems')
        .argument('<paths...>', 'files or folders')
        .addOption(new Option('--format <format>', 'output format').choices(checkFormats).default('text'))
        .option('--strict', 'warnings fail the check too', false)
        .option('--config <file>', 'JSON file with check severities and options')
        .option('--jobs <n>', 'check on up to N threads (default: one per 50 files, up to one per two CPUs); the output is the same')
        .action(async (paths: string[], options: { format: CheckFormat; strict: boolean; config?: string; jobs?: string }) => {
            exitCode = await runCheck(paths, options, packageJson.version, { out, err, workerScript: context.workerScript });
        });

    program.command('export')
        .description('export a map: its ArgumentGraph as JSON or AIF, a DOT or Mermaid diagram, an essay outline or a framing analysis (Markdown)')
        .argument('<file>', 'an .argmap file')
        .requiredOption('--format <format>', 'json, aif, dot, mermaid, outline or framings')
        .option('-o, --output <file>', 'write to this file instead of stdout')
        .action(async (file: string, options: { format: string; output?: string }) => {
            exitCode = await runExport(file, options, { out, err });
        });

    program.command('import')
        .description('turn an AIF argument map (AIFdb or OVA JSON) or an Argdown file into .argmap text')
        .argument('<file>', 'an AIF .json file or an .argdown file')
        .option('-o, --output <file>', 'write the .argmap text to this file instead of stdout')
        .action(async (file: string, options: { output?: string }) => {
            exitCode = await runImport(file, options, { out, err });
        });

    program.command('render')
        .description('draw a map as an SVG or PNG image')
        .argument('<file>', 'an .argmap file')
        .requiredOption('-o, --output <file>', 'the image to write: OUT.svg or OUT.png')
        .option('--theme <theme>', 'light or dark', 'light')
        .option('--framing <name>', 'bring forward the moves tagged with this framing (repeatable); the others are dimmed', (value: string, previous: string[]) => [...previous, value], [] as string[])
        .option('--scale <n>', 'PNG only: pixels per map unit, 0.5 to 4 (default 2)')
        .action(async (file: string, options: { output: string; theme: string; framing: string[]; scale?: string }) => {
            exitCode = await runRender(file, options, { err });
        });

    program.command('grade')
        .description('grade files or folders (recursively *.argmap) against a JSON rubric, each file alone')
        .argument('<paths...>', 'files or folders')
        .requiredOption('--rubric <file>', 'the rubric (JSON; docs/grading.md)')
        .addOption(new Option('--format <format>', 'output format').choices(gradeFormats).default('table'))
        .option('--feedback <dir>', 'write a Markdown feedback file per student into this folder')
        .action(async (paths: string[], options: { rubric: string; format: GradeFormat; feedback?: string }) => {
            exitCode = await runGrade(paths, options, { out, err, progress: process.stderr });
        });

    // vscode-languageserver reads these from process.argv itself; they are declared so that a client
    // that adds them (VS Code's LanguageClient adds --clientProcessId) is accepted and a typo is not.
    program.command('lsp')
        .description('run the language server (for any LSP editor)')
        .option('--stdio', 'talk LSP over stdin/stdout (the default)')
        .option('--node-ipc', 'talk LSP over Node\'s IPC channel (a client that forks the server)')
        .option('--socket <port>', 'talk LSP over a socket on this port')
        .option('--pipe <name>', 'talk LSP over this named pipe')
        .option('--clientProcessId <pid>', 'exit when this process does')
        .action(async (options: { stdio?: boolean; nodeIpc?: boolean; socket?: string; pipe?: string }) => {
            if (options.socket !== undefined && !/^[1-9]\d*$/.test(options.socket)) throw new UsageError(`--socket takes a port number, not "${options.socket}"`);
            // Without a channel vscode-languageserver would throw; stdio is the default the help promises.
            if (!options.nodeIpc && options.socket === undefined && options.pipe === undefined && !options.stdio) process.argv.push('--stdio');
            const { startLanguageServer } = await import('../language/start-server.js');
            startLanguageServer();
            exitCode = -1; // keep running until the client exits
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        // --help and --version exit 0; a bare `argmap` (help on stderr) and every parse error are usage errors.
        if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
        if (error instanceof UsageError) {
            err(`argmap: ${oneLine(error.message)}\n`);
            return 2;
        }
        err(`${internalErrorLine(error)}\n`);
        return 2;
    }
}

/** What a bug says: one line, never a stack trace (cli.ts prints it for errors outside main's promise too). */
export function internalErrorLine(error: unknown): string {
    return `argmap: internal error: ${oneLine(error instanceof Error ? error.message : String(error))} (please report it with the file that caused it)`;
}
