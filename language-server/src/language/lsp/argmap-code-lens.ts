import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import type { Document } from '../../generated/ast.js';
import type { GraphStatement } from '../../model/argument-graph.js';
import { selectionOf } from '../../model/ast-spans.js';
import { indexOf, type GraphIndex } from '../../model/graph-index.js';
import type { ArgmapServices } from '../argmap-module.js';
import type { GraphCache } from '../graph-cache.js';
import { count, tallyOf } from './graph-lookup.js';

/**
 * A line above each thesis, claim and objection saying where it stands: `2 arguments · 1 objection ·
 * accepted`. The lens carries no command (an empty one), so it reads as a note, not a button.
 */
export class ArgmapCodeLensProvider implements CodeLensProvider {
    private readonly graphs: GraphCache;

    constructor(services: ArgmapServices) {
        this.graphs = services.validation.GraphCache;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = this.graphs.get(document as LangiumDocument<Document>);
        const index = indexOf(model.graph);
        const lenses: CodeLens[] = [];
        for (const statement of model.graph.statements) {
            if (!model.local.has(statement.id)) continue;
            const title = lensTitle(statement, index);
            if (title === undefined) continue;
            const node = model.nodes.get(statement.id)!;
            lenses.push({ range: selectionOf(node), command: { title, command: '' } });
        }
        return lenses;
    }
}

/** Evidence and rebuttals get no lens: they are answers more than positions, and the lines add up. */
export function lensTitle(statement: GraphStatement, index: GraphIndex): string | undefined {
    const tally = tallyOf(index, statement.id);
    const parts: string[] = [];
    if (statement.kind === 'thesis' || statement.kind === 'claim') {
        parts.push(count(tally.supporters, 'argument'), count(tally.challengers, 'objection'));
        if (tally.undercuts > 0) parts.push(count(tally.undercuts, 'undercut'));
    } else if (statement.kind === 'objection') {
        parts.push(count(tally.challengers, 'answer'));
    } else {
        return undefined;
    }
    parts.push(statement.status);
    return parts.join(' · ');
}
