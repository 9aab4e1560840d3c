/**
 * One ```argmap block's text to the HTML that replaces it in the Markdown preview: parsed, linked
 * and built by the language core (language/argmap-snippet.ts), laid out and drawn by render/, all
 * synchronously in the extension host, because markdown-it rules return their HTML at once.
 */
import { EmptyFileSystem } from 'langium';
import { createArgmapServices, type ArgmapServices } from '../../../language-server/src/language/argmap-module.js';
import { loadSnippet, type ArgmapSnippet } from '../../../language-server/src/language/argmap-snippet.js';
import { layoutMap } from '../../../language-server/src/render/layout.js';
import { sceneToSvg } from '../../../language-server/src/render/svg.js';
import { errorsHtml, mapHtml, noteHtml } from './block-html.js';
import { LruCache } from './lru-cache.js';

/** Longer blocks are not drawn: parsing, linking and layout then stay well under a keystroke's budget. */
export const maxBlockCharacters = 100_000;
/** Boxes drawn at most; deeper ones are folded (`+N folded` badges), as `argmap render` does for PNG. */
export const maxDrawnBoxes = 500;
/** Names from imports listed at most in the note about them. */
const maxListedNames = 12;
/** Distinct block texts kept drawn: enough for the blocks of a long document and the one being edited. */
const cacheCapacity = 32;

let services: ArgmapServices | undefined;

/** Created for the first block (about 0.1 s), then shared: snippets never enter its workspace, so they can't meet. */
function argmapServices(): ArgmapServices {
    services ??= createArgmapServices(EmptyFileSystem).Argmap;
    return services;
}

export class ArgmapBlockRenderer {
    private readonly cache = new LruCache<string, string>(cacheCapacity);

    /** The block's HTML (without its enclosing element), from the cache when the text was drawn before. */
    render(text: string): string {
        let html = this.cache.get(text);
        if (html === undefined) {
            html = this.draw(text);
            this.cache.set(text, html);
        }
        return html;
    }

    /** Draws a block, bypassing the cache. */
    draw(text: string): string {
        if (text.length > maxBlockCharacters) {
            return noteHtml(`This block is too large to draw in the Markdown preview (${text.length.toLocaleString('en')} characters; `
                + `the limit is ${maxBlockCharacters.toLocaleString('en')}). Save it as an .argmap file and use Argmap: Open Map to the Side.`);
        }
        try {
            return blockHtml(loadSnippet(argmapServices(), text));
        } catch (error) {
            // A bug, not the user's text (which never makes the core throw): one line in the preview, the stack in the log.
            console.error('Argmap could not draw an argmap block in the Markdown preview:', error);
            return noteHtml(`Argmap could not draw this block (${error instanceof Error ? error.message : String(error)}). `
                + 'Please report it, with the block, to the extension\'s authors.');
        }
    }
}

function blockHtml(snippet: ArgmapSnippet): string {
    const { graph } = snippet.model;
    let html = '';
    if (snippet.imports.length > 0) html += noteHtml(importNote(snippet));
    if (graph.statements.length === 0 && graph.arguments.length === 0) {
        if (snippet.errors.length === 0) html += noteHtml('This block has no statements or arguments yet, so there is no map to draw.');
    } else {
        // No legend: a document may hold many small maps, and a key as large as each of them would
        // drown them; the box headings name the kinds (docs/map.md explains the rest).
        const scene = layoutMap(graph, { maxNodes: maxDrawnBoxes, legend: false });
        const folded = scene.nodes.reduce((sum, node) => sum + (node.hidden ?? 0), 0);
        if (folded > 0) {
            html += noteHtml(`This map has ${scene.nodes.length + folded} boxes; the Markdown preview draws ${scene.nodes.length} `
                + `and folds the ${folded} deepest away (the "+N folded" badges show where). Open it from an .argmap file to see it whole.`);
        }
        html += mapHtml(sceneToSvg(scene, { theme: 'variables' }), scene.width);
    }
    // With imports, the names they would have lent are explained by the note above, not listed as errors.
    const errors = snippet.imports.length > 0 ? snippet.errors.filter(e => e.code !== 'unresolved-reference') : snippet.errors;
    return html + errorsHtml(errors);
}

function importNote(snippet: ArgmapSnippet): string {
    const paths = snippet.imports.map(p => `"${p}"`).join(', ');
    const intro = `This block imports ${paths}. The Markdown preview draws each block on its own and can't follow imports`;
    if (snippet.unresolved.length === 0) return `${intro}; everything this block names is declared in it, so the map is complete.`;
    const listed = snippet.unresolved.slice(0, maxListedNames).map(name => `\`${name}\``).join(', ');
    const names = snippet.unresolved.length > maxListedNames ? `${listed} and ${snippet.unresolved.length - maxListedNames} more` : listed;
    return `${intro}, so what the block uses from there is left out of the map: ${names}. `
        + 'To see the whole map, open the block\'s text as an .argmap file beside its imports and use Argmap: Open Map to the Side.';
}
