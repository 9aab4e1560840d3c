import type * as vscode from 'vscode';
import { activateArgmap, type ArgmapApi } from './activate.js';
import { createLanguageClient } from './language-client.js';

/** The desktop extension (package.json `main`). */
export function activate(context: vscode.ExtensionContext): Promise<ArgmapApi> {
    return activateArgmap(context, createLanguageClient(context));
}

export function deactivate(): void {
    // The client stops through context.subscriptions.
}
