import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';

/**
 * Shows whether the language server is starting, running or stopped; a click shows its output.
 * Hidden until the client first starts: a workspace without maps (where only ```argmap blocks in
 * Markdown activated the extension) shows nothing.
 */
export class ServerStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('argmap.server', vscode.StatusBarAlignment.Right, 100);
    private readonly subscription: vscode.Disposable;

    constructor(client: BaseLanguageClient) {
        this.item.name = 'Argmap language server';
        if (client.state !== State.Stopped) this.show(client.state);
        this.subscription = client.onDidChangeState(event => this.show(event.newState));
    }

    private show(state: State): void {
        if (state === State.Running) {
            this.item.text = '$(check) Argmap';
            this.item.tooltip = 'Argmap is checking your maps. Click to see its output.';
            this.item.command = 'argmap.showOutput';
            this.item.backgroundColor = undefined;
        } else if (state === State.Starting) {
            this.item.text = '$(sync~spin) Argmap';
            this.item.tooltip = 'The Argmap language server is starting.';
            this.item.command = 'argmap.showOutput';
            this.item.backgroundColor = undefined;
        } else {
            this.item.text = '$(error) Argmap';
            this.item.tooltip = 'The Argmap language server is not running. Click to restart it.';
            this.item.command = 'argmap.restartServer';
            this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        }
        this.item.show();
    }

    dispose(): void {
        this.subscription.dispose();
        this.item.dispose();
    }
}
