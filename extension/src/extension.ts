import * as vscode from 'vscode';
import { createLanguageClient } from './language-client.js';
import { registerNewMapCommand } from './new-map.js';
import { ServerStatusBar } from './status-bar.js';

/**
 * The thin client: starts the language server, shows its state, and registers the commands. Every
 * feature (checks, completion, hover, fixes) lives in the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const client = createLanguageClient(context);
    const statusBar = new ServerStatusBar(client);
    context.subscriptions.push(
        statusBar,
        registerNewMapCommand(),
        vscode.commands.registerCommand('argmap.restartServer', () => client.restart()),
        vscode.commands.registerCommand('argmap.showOutput', () => client.outputChannel.show(true)),
        { dispose: () => void client.stop() },
    );
    await client.start();
}

export function deactivate(): void {
    // The client is stopped through context.subscriptions.
}
