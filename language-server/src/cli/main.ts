import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import { checkFormats, runCheck, type CheckFormat } from './check.js';
import { runExport } from './export.js';
import { gradeFormats, runGrade, type GradeFormat } from './grade.js';
import { runImport } from './import.js';
import { runRender } from './render.js';
import { UsageError } from './usage-error.js';

/**
 * The `argmap` command line (DESIGN.md, "The command line"). Exit codes: 0 success, 1 the input
 * has errors, 2 the command could not run (one line on stderr, never a stack trace).
 */
export async function main(argv: string[]): Promise<number> {
    const out = (text: string) => process.stdout.write(text);
    const err = (text: string) => process.stderr.write(text);
    let exitCode = 0;
    const program = new Command('argmap')
        .description('Check, export and serve .argmap argument maps.')
        .version(packageJson.version)
        .exitOverride()
        .configureOutput({ writeErr: text => err(text.startsWith('error:') ? `argmap: ${text.substring(7)}` : text) })
        .showSuggestionAfterError(true);

    program.command('check')
        .description('check files or folders (recursively *.argmap) and report problems')
        .argument('<paths...>', 'files or folders')
        .addOption(new Option('--format <format>', 'output format').choices(checkFormats).default('text'))
        .option('--strict', 'warnings fail the check too', false)
        .option('--config <file>', 'JSON file with check severities and options')
        .action(async (paths: string[], options: { format: CheckFormat; strict: boolean; config?: string }) => {
            exitCode = await runCheck(paths, options, packageJson.version, out);
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
            exitCode = await runGrade(paths, options, { out, progress: process.stderr });
        });

    program.command('lsp')
        .description('run the language server (for any LSP editor)')
        .option('--stdio', 'talk LSP over stdin/stdout (the default)')
        .allowUnknownOption(true)
        .action(async () => {
            const { startLanguageServer } = await import('../language/start-server.js');
            startLanguageServer();
            exitCode = -1; // keep running until the client exits
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 || error.code === 'commander.help' || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
        }
        if (error instanceof UsageError) {
            err(`argmap: ${error.message}\n`);
            return 2;
        }
        err(`argmap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        err('Please report this with the file that caused it.\n');
        return 2;
    }
}
