import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerNewMapCommand } from './new-map.js';
import { ServerStatusBar } from './status-bar.js';

/**
 * What the desktop and the web extension share: the status bar, the commands, and starting the
 * client. Every feature (checks, completion, hover, fixes) lives in the server.
 */
export async function activateArgmap(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
    context.subscriptions.push(
        new ServerStatusBar(client),
        registerNewMapCommand(),
        vscode.commands.registerCommand('argmap.restartServer', async () => {
            await client.stop();
            await client.start();
        }),
        vscode.commands.registerCommand('argmap.showOutput', () => client.outputChannel.show(true)),
        { dispose: () => void client.stop() },
    );
    await client.start();
}
