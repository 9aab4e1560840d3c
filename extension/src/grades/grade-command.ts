import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { GradeRequests } from '../../../language-server/src/protocol.js';
import { GradeView } from './grade-panel.js';
import { fileName, requestGrades, type GradeSource } from './grade-request.js';
import { pickRubric } from './rubric-picker.js';

/**
 * "Argmap: Grade Workspace with Rubric" (the palette, and the explorer's menu on a
 * `*.argmap-rubric.json` file): grades every `.argmap` file of the workspace as `argmap grade`
 * would, and shows the grade view. Arguments (optional): the rubric, and a folder to grade instead
 * of the whole workspace. Resolves to the report it shows (tests, other extensions), or undefined.
 */
export function registerGradeCommand(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable {
    const view = new GradeView(context, source => requestGrades(client, source));
    const command = vscode.commands.registerCommand('argmap.gradeWorkspace', async (rubric?: unknown, folder?: unknown): Promise<GradeRequests.GradeReport | undefined> => {
        if (!vscode.workspace.workspaceFolders?.length) {
            void vscode.window.showInformationMessage('Open the folder of the students\' .argmap files first: grading covers the workspace.');
            return undefined;
        }
        // From the explorer, the second argument is the selection (an array): the whole workspace is graded.
        const rubricUri = rubric instanceof vscode.Uri ? rubric : await pickRubric();
        if (!rubricUri) return undefined;
        const source: GradeSource = { rubric: rubricUri, folder: folder instanceof vscode.Uri ? folder : undefined };
        const outcome = await requestGrades(client, source);
        if (!outcome) return undefined;
        if ('problem' in outcome) {
            const open = 'Open Rubric';
            void vscode.window.showErrorMessage(outcome.problem, open).then(answer => {
                if (answer === open) void vscode.window.showTextDocument(rubricUri);
            });
            return undefined;
        }
        const { report } = outcome;
        if (report.results.length === 0) {
            const where = source.folder ? vscode.workspace.asRelativePath(source.folder) : 'the workspace';
            void vscode.window.showInformationMessage(`There are no .argmap files in ${where} to grade with ${fileName(rubricUri)}.`);
            return report;
        }
        view.show(source, report);
        return report;
    });
    return vscode.Disposable.from(command, view);
}
