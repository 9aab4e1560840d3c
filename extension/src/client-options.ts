import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';

/**
 * Restart a crashed server up to five times in three minutes, then tell the user (who can restart
 * it from the status bar). Open documents live in VS Code, so no unsaved text is lost: the new
 * server is sent every open document again.
 */
function restartingErrorHandler(): ErrorHandler {
    const crashes: number[] = [];
    return {
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
}

/** What both the desktop and the web client send and watch. */
export function clientOptions(): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'argmap' }],
        synchronize: {
            configurationSection: 'argmap',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.argmap'),
        },
        errorHandler: restartingErrorHandler(),
    };
}
