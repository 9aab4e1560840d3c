/**
 * The HTML around a drawn block: notes above the map, the map in a scrolling frame, the errors
 * below it. Every piece of user text (messages quote names and texts from the block) goes through
 * `escapeXml`; the class names are styled by preview.css.
 */
import { escapeXml } from '../../../language-server/src/render/svg.js';

/** At most this many errors are listed; the rest are counted. */
const maxListedErrors = 20;

export interface BlockError {
    /** 1-based, counted from the block's first line (the messages count lines the same way). */
    line: number;
    message: string;
}

/** Escapes a message, then shows its `backquoted` names and keywords as code, as the editor's hovers do. */
function messageHtml(message: string): string {
    return escapeXml(message).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function noteHtml(message: string): string {
    return `<p class="argmap-markdown-note">${messageHtml(message)}</p>\n`;
}

/**
 * The map in a frame that knows its natural width: preview.css shrinks a map a little wider than
 * the preview to fit, and lets a much wider one scroll sideways at its natural size.
 */
export function mapHtml(svg: string, width: number): string {
    return `<div class="argmap-markdown-map" style="--argmap-map-width: ${Math.ceil(width)}px">${svg}</div>\n`;
}

export function errorsHtml(errors: readonly BlockError[]): string {
    if (errors.length === 0) return '';
    const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
    const items = errors.slice(0, maxListedErrors)
        .map(e => `<li><span class="argmap-markdown-line">line ${e.line}:</span> ${messageHtml(e.message)}</li>`);
    if (errors.length > maxListedErrors) items.push(`<li>and ${errors.length - maxListedErrors} more.</li>`);
    return `<div class="argmap-markdown-errors"><p>This block has ${count} (lines count from the block's first line):</p>\n`
        + `<ul>\n${items.join('\n')}\n</ul></div>\n`;
}
