import * as vscode from 'vscode';

/**
 * Calls `start` (once) as soon as Argmap is in use: an .argmap document is open or opens, or the
 * workspace holds .argmap files (the server checks them all, `argmap.workspaceDiagnostics`).
 *
 * Activation alone is not enough: VS Code's Markdown preview activates every extension that
 * contributes a markdown-it plugin (package.json `markdown.markdownItPlugins`), in any workspace
 * where Markdown is previewed. There the ```argmap blocks need no server, so none is started, and
 * the activation that the preview waits for does not wait for one either.
 */
export function startWhenArgmapIsUsed(start: () => void): vscode.Disposable {
    let started = false;
    const startOnce = () => {
        if (started) return;
        started = true;
        opened.dispose();
        start();
    };
    const isArgmap = (document: vscode.TextDocument) => document.languageId === 'argmap';
    const opened = vscode.workspace.onDidOpenTextDocument(document => {
        if (isArgmap(document)) startOnce();
    });
    if (vscode.workspace.textDocuments.some(isArgmap)) {
        startOnce();
    } else {
        vscode.workspace.findFiles('**/*.argmap', undefined, 1).then(found => {
            if (found.length > 0) startOnce();
        }, () => { /* no workspace to search: wait for a document */ });
    }
    return opened;
}
