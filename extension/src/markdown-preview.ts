import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';

/** What out/markdown/plugin.cjs exports (extension/src/markdown/plugin.ts). */
interface MarkdownPluginBundle {
    argmapMarkdownPlugin(md: MarkdownIt): void;
}

/**
 * The `extendMarkdownIt` VS Code's Markdown preview calls on the extension's exports, once per
 * markdown-it engine it builds: ```argmap blocks become maps. The plugin carries the language core
 * and render/ (ARCHITECTURE.md: the thin client's one exception), so it is a bundle of its own,
 * required here on the first call and never by activation.
 */
export function markdownItExtender(context: vscode.ExtensionContext): (md: MarkdownIt) => MarkdownIt {
    return md => {
        const bundle = require(context.asAbsolutePath('out/markdown/plugin.cjs')) as MarkdownPluginBundle;
        return md.use(bundle.argmapMarkdownPlugin);
    };
}
