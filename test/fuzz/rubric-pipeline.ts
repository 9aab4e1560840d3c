import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { formatGradeJson } from '../../language-server/src/cli/formats/grade-json.js';
import { formatGradeTable } from '../../language-server/src/cli/formats/grade-table.js';
import { readRubric } from '../../language-server/src/cli/grade.js';
import { loadArgmap } from '../../language-server/src/cli/load.js';
import { UsageError } from '../../language-server/src/cli/usage-error.js';
import { feedbackMarkdown } from '../../language-server/src/grading/feedback.js';
import type { GradeInput } from '../../language-server/src/grading/file-view.js';
import { gradeFile, maxScore } from '../../language-server/src/grading/grade.js';
import { formatGradeCsv } from '../../language-server/src/grading/grade-csv.js';
import { OracleFailure, runStages, type FuzzResult } from './fuzz-result.js';
import { repositoryRoot, seeds } from './seeds.js';

/**
 * One rubric file through `argmap grade`'s loader (readRubric: read, JSON, parseRubric), then,
 * when it loads, grading every example with it and writing the table, CSV, JSON and feedback.
 * A rubric that can't be used must be a UsageError of one line (exit 2), never another exception.
 */
export async function fuzzRubric(input: Uint8Array): Promise<FuzzResult> {
    const examples = await exampleInputs();
    // readRubric reads a path: the input is written to a folder of its own, removed right after.
    const folder = mkdtempSync(path.join(tmpdir(), 'argmap-fuzz-'));
    try {
        const file = path.join(folder, 'fuzz.argmap-rubric.json');
        writeFileSync(file, input);
        return await runStages((enter, facts) => {
            enter('load');
            let rubric;
            try {
                rubric = readRubric(file);
            } catch (error) {
                if (!(error instanceof UsageError)) throw error;
                if (/[\r\n\u2028\u2029]/.test(error.message)) throw new OracleFailure(`a rubric problem of more than one line: ${JSON.stringify(error.message.slice(0, 300))}`);
                facts.push(`rejected: ${error.message}`);
                return;
            }
            enter('grade');
            const grades = examples.map(example => gradeFile(rubric, example));
            enter('outputs');
            const max = maxScore(rubric);
            formatGradeTable(rubric, max, grades);
            formatGradeCsv(rubric, grades);
            formatGradeJson(rubric, max, grades);
            for (const grade of grades) feedbackMarkdown(rubric, grade);
            facts.push(`graded: ${grades.map(g => g.score).join(' ')}`);
        });
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

let examples: Promise<GradeInput[]> | undefined;

/** The examples as `argmap grade` sees them: loaded by the CLI's loader, once. */
function exampleInputs(): Promise<GradeInput[]> {
    examples ??= loadArgmap(seeds().argmap.map(f => ({ display: f.name, absolute: path.join(repositoryRoot(), 'examples', f.name) })))
        .then(loaded => loaded.map(l => ({ file: l.file.display, graph: l.model().graph, diagnostics: l.diagnostics })));
    return examples;
}
