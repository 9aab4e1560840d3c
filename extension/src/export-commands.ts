import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExportRequests } from '../../language-server/src/protocol.js';

const titles: Record<ExportRequests.TextFormat, string> = { outline: 'essay outline', framings: 'framing analysis' };

/**
 * "Argmap: Export Essay Outline" and "Argmap: Show Framing Analysis": the server writes the
 * Markdown (as `argmap export --format outline|framings`), the client opens it beside the map's
 * text as a new, unsaved Markdown document, which the student can edit, preview and save anywhere.
 */
export function registerExportCommands(client: BaseLanguageClient): vscode.Disposable {
    const command = (format: ExportRequests.TextFormat) => async (uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> => {
        const editor = vscode.window.activeTextEditor;
        const source = uri instanceof vscode.Uri ? uri : editor?.document.languageId === 'argmap' ? editor.document.uri : undefined;
        if (!source) {
            void vscode.window.showInformationMessage(`Open an .argmap file to see its ${titles[format]}.`);
            return undefined;
        }
        let result: ExportRequests.ExportResult;
        try {
            await vscode.workspace.openTextDocument(source); // the server answers for what is open, once checked
            const params: ExportRequests.ExportParams = { textDocument: { uri: source.toString() }, format };
            result = await client.sendRequest<ExportRequests.ExportResult>(ExportRequests.exportText, params);
        } catch (error) {
            void vscode.window.showErrorMessage(`The ${titles[format]} could not be written: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
        if (result.errors > 0) {
            const errors = result.errors === 1 ? '1 error' : `${result.errors} errors`;
            void vscode.window.showWarningMessage(`The map has ${errors}: the ${titles[format]} shows only what could be read.`);
        }
        return document;
    };
    return vscode.Disposable.from(
        vscode.commands.registerCommand('argmap.exportOutline', command('outline')),
        vscode.commands.registerCommand('argmap.showFramings', command('framings')),
    );
}
