import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ImportRequests } from '../../language-server/src/protocol.js';

/**
 * "Argmap: Import from AIF/Argdown…" (command palette; the explorer's context menu on `.json` and
 * `.argdown` files passes the file): the server turns the file into `.argmap` text, as `argmap
 * import` does, and the client opens it as a new, unsaved map, which the user saves where they like.
 * What was left out is an information message, Argdown's parser errors a warning, and a file that
 * could not be imported an error.
 */
export function registerImportCommand(client: BaseLanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand('argmap.import', async (uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> => {
        const source = uri instanceof vscode.Uri ? uri : await pickFile();
        if (!source) return undefined;
        const name = source.path.substring(source.path.lastIndexOf('/') + 1);
        let result: ImportRequests.ImportResult;
        try {
            result = await client.sendRequest<ImportRequests.ImportResult>(ImportRequests.importFile, { uri: source.toString() } satisfies ImportRequests.ImportParams);
        } catch (error) {
            void vscode.window.showErrorMessage(`${name} could not be imported: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
        if (result.text === null) {
            void vscode.window.showErrorMessage(`${name} could not be imported: ${result.problems.join('; ')}`);
            return undefined;
        }
        const document = await vscode.workspace.openTextDocument({ language: 'argmap', content: result.text });
        await vscode.window.showTextDocument(document, { preview: false });
        if (result.warnings.length > 0) void vscode.window.showWarningMessage(`Argdown reported problems in ${name}; the map holds what it could read: ${result.warnings.join('; ')}`);
        if (result.notes.length > 0) void vscode.window.showInformationMessage(`Imported ${name}: ${result.notes.join('; ')}`);
        return document;
    });
}

async function pickFile(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Import',
        title: 'Import an argument map from AIF or Argdown',
        filters: { 'AIF JSON': ['json'], 'Argdown': ['argdown'] },
    });
    return picked?.[0];
}
