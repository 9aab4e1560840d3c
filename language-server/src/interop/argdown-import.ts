import type { ArgumentGraph } from '../model/argument-graph.js';
import { computeStatus } from '../model/status.js';
import { framingsOfTags, headingComments, mapHeader } from './argdown-annotations.js';
import { ArgdownElements } from './argdown-elements.js';
import { lostInArgdown } from './argdown-lost.js';
import type { ArgdownParse, ArgdownWarning } from './argdown-parse.js';
import { mapArgdownRelations, type MappedRelations } from './argdown-relations.js';
import { count } from './note-text.js';

/**
 * Argdown's model (argdown-parse.ts) to an ArgumentGraph, exactly as DESIGN.md ("Interchange",
 * Argdown) maps it: the statements and arguments (argdown-elements.ts), then the relations on them
 * (argdown-relations.ts), then tags, headings and the front matter (argdown-annotations.ts). So
 * statements = classes + PCS-less arguments, supporting arguments = PCS inferences + supports +
 * entails, and each attack, undercut, contrary and contradictory gives one relation (a
 * contradiction at most two attacks), less what is left out for pointing at itself. What the map
 * can't hold is listed in one note (argdown-lost.ts).
 */
export interface ArgdownImport {
    graph: ArgumentGraph;
    /** Comments for the printer, by element id: headings, descriptions, inference rules. */
    comments: Map<string, string[]>;
    /** Comment lines for the end of the file: headings with no element after them. */
    epilogue: string[];
    /** One line saying what was left out or changed, or null when nothing was. */
    note: string | null;
    /** Argdown's own errors, with their lines. */
    warnings: ArgdownWarning[];
}

/** `fileName` goes into the elements' ranges (their places in the Argdown file). */
export function importArgdown({ response, warnings }: ArgdownParse, fileName: string): ArgdownImport {
    const elements = new ArgdownElements(response, fileName);
    const mapped = mapArgdownRelations(response.relations ?? [], elements);
    const all = [...elements.statements, ...elements.arguments];
    const framings = framingsOfTags(response, all, elements.names);
    const { title, author } = mapHeader(response);
    const graph: ArgumentGraph = { title, author, statements: elements.statements, arguments: elements.arguments, relations: mapped.relations, framings, sources: [] };
    const comments = new Map(elements.comments);
    const headings = headingComments(response, graph);
    for (const [id, lines] of headings.above) comments.set(id, [...lines, ...(comments.get(id) ?? [])]);
    const status = computeStatus(graph);
    for (const element of all) element.status = status.get(element.id) ?? 'undecided';
    const lost = [...lostInArgdown(response), ...elements.leftOut];
    return { graph, comments, epilogue: headings.epilogue, note: noteOf(lost, mapped, graph), warnings };
}

/** `left out ...; 1 undercut became an attack: ...`, one line for everything not carried over as it was. */
function noteOf(lost: string[], mapped: MappedRelations, graph: ArgumentGraph): string | null {
    const parts: string[] = [];
    const leftOut = [...lost, ...mapped.leftOut];
    if (mapped.selfRelations.length > 0) {
        leftOut.push(`${count(mapped.selfRelations.length, 'relation')} that would point an element at itself (${shortList(mapped.selfRelations)})`);
    }
    if (leftOut.length > 0) parts.push(`left out ${leftOut.join('; ')}`);
    const undercuts = mapped.undercutsOfStatements.length;
    if (undercuts > 0) {
        parts.push(`${count(undercuts, 'undercut')} became ${undercuts === 1 ? 'an attack' : 'attacks'}: ${undercuts === 1 ? 'its target is' : 'their targets are'} `
            + `statements in the map, and undercuts needs an argument (${shortList(mapped.undercutsOfStatements)})`);
    }
    if (graph.statements.length === 0) parts.push('Argdown\'s model holds no statements, so the map is empty');
    return parts.length === 0 ? null : parts.join('; ');
}

/** The first five, then how many more. */
function shortList(items: string[]): string {
    return items.slice(0, 5).join(', ') + (items.length > 5 ? `, ${items.length - 5} more` : '');
}
