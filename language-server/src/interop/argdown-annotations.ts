import type { IArgdownResponse, ISection } from '@argdown/core';
import type { ArgumentGraph, GraphArgument, GraphFraming, GraphStatement } from '../model/argument-graph.js';
import { frontMatterOf } from './argdown-parse.js';
import type { NameAllocator } from './argmap-names.js';
import { plainText } from './argmap-text.js';
import { planPrinting } from './print-plan.js';

/**
 * What an Argdown document says around its argument, as the map can say it (DESIGN.md, "Interchange",
 * Argdown): tags become framings, headings comments, the front matter's title and author the map's
 * header. argdown-import.ts maps the argument itself.
 */

/**
 * A framing per tag that some element carries, in the order Argdown met the tags, named after the
 * tag by the shared rules (`#(two words)` gives `two_words`); the elements' tags become those names.
 */
export function framingsOfTags(response: IArgdownResponse, elements: Array<GraphStatement | GraphArgument>, names: NameAllocator): GraphFraming[] {
    const used = new Set(elements.flatMap(e => e.framings));
    const met = Object.values(response.tags ?? {}).sort((a, b) => (a.occurrenceIndex ?? 0) - (b.occurrenceIndex ?? 0)).map(t => t.tag);
    const nameOf = new Map<string, string>();
    for (const tag of [...met, ...used]) {
        if (used.has(tag) && !nameOf.has(tag)) nameOf.set(tag, names.allocate(tag));
    }
    for (const element of elements) element.framings = element.framings.map(tag => nameOf.get(tag)!);
    return [...nameOf].map(([label, name]) => ({ name, label, description: null }));
}

export interface HeadingComments {
    /** Comment lines to write above an element, by id. */
    above: Map<string, string[]>;
    /** Headings with no top-level element after them, for the end of the file. */
    epilogue: string[];
}

/**
 * Each heading (`// ## Title`) above the first element the printer writes at top level at or after
 * the heading's line: a comment deep inside a block would not read as a heading. The graph must be
 * complete: where an element is written depends on all its relations.
 */
export function headingComments(response: IArgdownResponse, graph: ArgumentGraph): HeadingComments {
    const headings: Array<{ text: string; line: number }> = [];
    const walk = (sections: ISection[]) => {
        for (const section of sections) {
            headings.push({ text: `${'#'.repeat(Math.max(1, section.level))} ${plainText(section.title ?? '')}`, line: section.startLine ?? Number.MAX_SAFE_INTEGER });
            walk(section.children ?? []); // headings nest at most six levels deep
        }
    };
    walk(response.sections ?? []);
    const comments: HeadingComments = { above: new Map(), epilogue: [] };
    if (headings.length === 0) return comments; // planning the printout costs as much as printing it
    const roots = planPrinting(graph).roots.slice().sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
    for (const heading of headings.sort((a, b) => a.line - b.line)) {
        const next = roots.find(e => e.range.line >= heading.line);
        if (!next) comments.epilogue.push(heading.text);
        else comments.above.set(next.id, [...(comments.above.get(next.id) ?? []), heading.text]);
    }
    return comments;
}

/** The front matter's `title` and `author` (a list of authors joined with commas). */
export function mapHeader(response: IArgdownResponse): { title: string | null; author: string | null } {
    const front = frontMatterOf(response);
    const text = (value: unknown) => {
        const joined = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        return plainText(joined) || null;
    };
    const title = text(front.title);
    // `map` needs a title: without one the author is not written (and the note lists it as left out).
    return { title, author: title === null ? null : text(front.author) };
}
