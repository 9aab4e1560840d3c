import type { GraphRelation } from '../../../model/argument-graph.js';
import { capitalise, challengedStatement, describe, indexOf, isAnswered, isAttackingArgument, type GraphIndex } from '../../../model/graph-index.js';
import type { ArgmapModel } from '../../../model/build-graph.js';
import type { GraphCheck } from '../report.js';
import { localArguments, localStatements, spanOf } from './spans.js';

/** Objections and attacking arguments of this file, with the relations they carry. */
function localObjections(model: ArgmapModel, index: GraphIndex) {
    const ids = [
        ...localStatements(model).filter(s => s.kind === 'objection').map(s => s.id),
        ...localArguments(model).filter(a => isAttackingArgument(index, a.id)).map(a => a.id),
    ];
    return ids.map(id => ({ id, relations: index.relationsFrom.get(id) ?? [] as readonly GraphRelation[] }));
}

/** Does the relation attack this file's thesis, or undercut an argument for it? (Imported theses don't count.) */
function targetsThesis(model: ArgmapModel, index: GraphIndex, relation: GraphRelation): boolean {
    const id = challengedStatement(index, relation);
    return id !== null && model.local.has(id) && index.statements.get(id)?.kind === 'thesis';
}

/** What an unanswered objection does, read from the status: it defeats the thesis, or (outweighed elsewhere) only an argument for it. */
function consequence(index: GraphIndex, relations: readonly GraphRelation[]): string {
    const thesisFalls = relations.some(r => {
        const thesis = r.kind === 'attacks' ? r.to : index.arguments.get(r.to)?.conclusion;
        return thesis != null && index.statements.get(thesis)?.status === 'rejected';
    });
    if (thesisFalls) return 'it defeats the thesis.';
    return relations.some(r => r.kind === 'undercuts') ? 'it defeats the argument it undercuts.' : 'it counts against the thesis.';
}

export const checkUnansweredObjection: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const { id, relations } of localObjections(model, index)) {
        if (!relations.some(r => targetsThesis(model, index, r)) || isAnswered(index, id)) continue;
        const element = index.statements.get(id) ?? index.arguments.get(id)!;
        const what = index.statements.has(id) ? `The objection ${describe(element)}` : element.name !== null ? `The attacking argument \`${element.name}\`` : capitalise(describe(element, index));
        report({
            code: 'unanswered-objection',
            range: spanOf(model, id),
            message: `${what} challenges your thesis and nothing answers it, so as the map stands ${consequence(index, relations)} `
                + (index.statements.has(id)
                    ? 'Answer it with a `rebuttal` inside its block, or with `rebuttal attacks ' + (element.name ?? 'itsName') + ' "..."`.'
                    : 'Attack one of its premises with a `rebuttal`, or undercut it.'),
        });
    }
};

/** What a rebuttal may aim at: an objection, an attacking argument, or a premise of one. */
function isObjectionTarget(index: GraphIndex, relation: GraphRelation): boolean {
    if (relation.kind === 'undercuts') return isAttackingArgument(index, relation.to);
    const target = index.statements.get(relation.to);
    if (!target) return false;
    if (target.kind === 'objection') return true;
    return relation.kind === 'attacks' && (index.premiseOf.get(target.id) ?? []).some(a => isAttackingArgument(index, a.id));
}

export const checkRebuttalTarget: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const rebuttal of localStatements(model)) {
        if (rebuttal.kind !== 'rebuttal') continue;
        const relations = index.relationsFrom.get(rebuttal.id) ?? [];
        if (relations.length === 0 || relations.some(r => isObjectionTarget(index, r))) continue;
        report({
            code: 'rebuttal-target',
            range: spanOf(model, rebuttal.id),
            message: `The rebuttal ${describe(rebuttal)} is aimed at something that is not an objection. A rebuttal answers an objection; `
                + 'to challenge a claim or another rebuttal, make this an `objection` instead.',
        });
    }
};
