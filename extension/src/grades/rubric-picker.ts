import * as vscode from 'vscode';

const BROWSE = 'Browse…';

/**
 * Asks which rubric to grade with: a quick pick of the workspace's `*.argmap-rubric.json` files
 * (and "Browse…" for one elsewhere), or straight the open dialog when the workspace has none.
 */
export async function pickRubric(): Promise<vscode.Uri | undefined> {
    const found = await vscode.workspace.findFiles('**/*.argmap-rubric.json', '**/node_modules/**', 200);
    if (found.length === 0) return browseForRubric();
    found.sort((a, b) => vscode.workspace.asRelativePath(a).localeCompare(vscode.workspace.asRelativePath(b)));
    const items: Array<vscode.QuickPickItem & { uri?: vscode.Uri }> = [
        ...found.map(uri => ({ label: baseName(uri), description: vscode.workspace.asRelativePath(uri), uri })),
        { label: '', kind: vscode.QuickPickItemKind.Separator },
        { label: BROWSE, description: 'a rubric outside the workspace, or named otherwise' },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Grade Workspace with Rubric', placeHolder: 'The rubric to grade every .argmap file of the workspace with' });
    if (!picked) return undefined;
    return picked.uri ?? browseForRubric();
}

async function browseForRubric(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        title: 'Grade Workspace with Rubric',
        openLabel: 'Grade with This Rubric',
        canSelectMany: false,
        filters: { 'Argmap rubric': ['json'] },
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    return picked?.[0];
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
