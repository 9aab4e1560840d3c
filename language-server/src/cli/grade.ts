import { accessSync, constants, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { feedbackFileNames, feedbackMarkdown } from '../grading/feedback.js';
import { gradeFile, maxScore, type FileGrade } from '../grading/grade.js';
import { formatGradeCsv } from '../grading/grade-csv.js';
import { jsonErrorLine, parseRubric, rubricTitleFromFileName, RubricError, type Rubric } from '../grading/rubric.js';
import { expandPaths, readInput, reason, type InputFile } from './files.js';
import { formatGradeJson } from './formats/grade-json.js';
import { formatGradeTable } from './formats/grade-table.js';
import { loadArgmap } from './load.js';
import { Progress, type ProgressStream } from './progress.js';
import { UsageError } from './usage-error.js';
import { writeAtomic } from './write-output.js';

export const gradeFormats = ['table', 'csv', 'json'] as const;
export type GradeFormat = typeof gradeFormats[number];

export interface GradeOptions {
    rubric: string;
    format: GradeFormat;
    feedback?: string;
}

/**
 * Files are loaded this many at a time, each batch in services of its own: progress can be shown
 * between batches, and a class of 300 large maps never sits in memory at once. (Files never see
 * each other's names either way: scope is per file, DESIGN.md's "Scope is the file plus its imports".)
 */
const batchSize = 25;

/**
 * `argmap grade --rubric R PATH...`: grades each file alone and prints the table, CSV or JSON;
 * `--feedback DIR` writes a Markdown file per student. 0 when every file was graded, whatever the
 * scores; usage problems (a bad rubric included) throw UsageError (exit 2) before anything is written.
 */
export async function runGrade(paths: string[], options: GradeOptions, io: { out: (text: string) => void; err: (text: string) => void; progress: ProgressStream }): Promise<number> {
    const rubric = readRubric(options.rubric);
    const files = expandPaths(paths, note => io.err(`argmap: note: ${note}\n`));
    const feedbackNames = options.feedback !== undefined ? feedbackFileNames(files.map(f => f.display)) : [];
    if (options.feedback !== undefined) createFolder(options.feedback);

    const progress = new Progress(files.length, io.progress);
    const grades: FileGrade[] = [];
    try {
        for (let start = 0; start < files.length; start += batchSize) {
            for (const graded of await gradeBatch(rubric, files.slice(start, start + batchSize))) {
                if (options.feedback !== undefined) writeAtomic(path.join(options.feedback, feedbackNames[grades.length]), feedbackMarkdown(rubric, graded));
                grades.push(graded);
            }
            progress.update(grades.length);
        }
    } finally {
        progress.finish();
    }

    const max = maxScore(rubric);
    switch (options.format) {
        case 'table': io.out(formatGradeTable(rubric, max, grades)); break;
        case 'csv': io.out(formatGradeCsv(rubric, grades)); break;
        case 'json': io.out(formatGradeJson(rubric, max, grades)); break;
    }
    return 0;
}

async function gradeBatch(rubric: Rubric, files: readonly InputFile[]): Promise<FileGrade[]> {
    const loaded = await loadArgmap(files);
    return loaded.map(({ file, diagnostics, model }) => gradeFile(rubric, { file: file.display, graph: model().graph, diagnostics }));
}

/** Reads and checks the rubric; every problem is one line naming the file (and the criterion). */
export function readRubric(file: string): Rubric {
    const text = readInput(file, 'cannot read rubric').toString('utf8');
    let value: unknown;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new UsageError(`rubric ${file} is not valid JSON: ${jsonErrorLine(error)}`);
    }
    try {
        return parseRubric(value, rubricTitleFromFileName(path.basename(file)));
    } catch (error) {
        if (error instanceof RubricError) throw new UsageError(`rubric ${file}: ${error.message}`);
        throw error;
    }
}

function createFolder(folder: string): void {
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : reason(error);
        throw new UsageError(`cannot create the feedback folder ${folder}: ${why}`);
    }
    // Found out now, not after grading the first batch and writing nothing.
    try {
        accessSync(folder, constants.W_OK);
    } catch (error) {
        throw new UsageError(`cannot write in the feedback folder ${folder}: ${reason(error)}`);
    }
}
