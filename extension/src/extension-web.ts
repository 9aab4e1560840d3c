import type * as vscode from 'vscode';
import { activateArgmap, type ArgmapApi } from './activate.js';
import { createWebLanguageClient } from './language-client-web.js';

/** The web extension (package.json `browser`): vscode.dev, github.dev. */
export function activate(context: vscode.ExtensionContext): Promise<ArgmapApi> {
    return activateArgmap(context, createWebLanguageClient(context));
}

export function deactivate(): void {
    // The client stops through context.subscriptions.
}
