/**
 * The markdown-it plugin behind ```argmap blocks in VS Code's Markdown preview: each such fence
 * becomes the map it describes, as inline SVG. Other fences are left to the rule that was there.
 * Bundled on its own (out/markdown/plugin.cjs) with the language core and render/, the thin
 * client's one documented exception (ARCHITECTURE.md), and loaded only when the preview asks.
 */
import type MarkdownIt from 'markdown-it';
import { ArgmapBlockRenderer } from './block-renderer.js';

type RenderRule = NonNullable<MarkdownIt['renderer']['rules']['fence']>;

/** The fence's language: the first word of its info string, as markdown-it's own fence rule reads it. */
function fenceLanguage(md: MarkdownIt, info: string): string {
    return md.utils.unescapeAll(info).trim().split(/\s+/)[0].toLowerCase();
}

export function argmapMarkdownPlugin(md: MarkdownIt, renderer: ArgmapBlockRenderer = new ArgmapBlockRenderer()): void {
    const otherFences: RenderRule = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
    md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx];
        if (fenceLanguage(md, token.info) !== 'argmap') return otherFences(tokens, idx, options, env, self);
        // The token's attributes carry what the host adds to every block (VS Code: `data-line` and
        // the `code-line` class, which keep the preview's scrolling in step with the editor).
        token.attrJoin('class', 'argmap-markdown');
        return `<div${self.renderAttrs(token)}>\n${renderer.render(token.content)}</div>\n`;
    };
}
