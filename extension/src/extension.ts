import type * as vscode from 'vscode';
import { activateArgmap, type ArgmapApi } from './activate.js';
import { createLanguageClient } from './language-client.js';
import { markdownItExtender } from './markdown-preview.js';

/**
 * The desktop extension (package.json `main`). Its exports also carry `extendMarkdownIt`, which
 * VS Code's Markdown preview looks for (package.json `markdown.markdownItPlugins`).
 */
export async function activate(context: vscode.ExtensionContext): Promise<ArgmapApi & { extendMarkdownIt: ReturnType<typeof markdownItExtender> }> {
    const api = await activateArgmap(context, createLanguageClient(context));
    return { ...api, extendMarkdownIt: markdownItExtender(context) };
}

export function deactivate(): void {
    // The client stops through context.subscriptions.
}
