import * as vscode from 'vscode';
import {
    CloseAction, ErrorAction, LanguageClient, TransportKind,
    type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';

/**
 * A client for the bundled language server, over IPC. If the server crashes it is restarted (up
 * to five times in three minutes, then the user is told and can restart it from the status bar);
 * open documents live in VS Code, so no unsaved text is lost and the new server gets them all again.
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath('out/language-server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const crashes: number[] = [];
    const errorHandler: ErrorHandler = {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
            const now = Date.now();
            crashes.push(now);
            while (crashes.length > 0 && now - crashes[0] > 3 * 60_000) crashes.shift();
            if (crashes.length <= 5) return { action: CloseAction.Restart, handled: true };
            void vscode.window.showErrorMessage('The Argmap language server stopped five times in three minutes and will not be restarted.', 'Restart', 'Show Output')
                .then(choice => {
                    if (choice === 'Restart') void vscode.commands.executeCommand('argmap.restartServer');
                    if (choice === 'Show Output') void vscode.commands.executeCommand('argmap.showOutput');
                });
            return { action: CloseAction.DoNotRestart, handled: true };
        },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'argmap', scheme: 'file' }, { language: 'argmap', scheme: 'untitled' }],
        synchronize: {
            configurationSection: 'argmap',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.argmap'),
        },
        errorHandler,
    };
    return new LanguageClient('argmap', 'Argmap', serverOptions, clientOptions);
}
