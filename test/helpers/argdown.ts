import { argdown, ArgdownTypes, RelationType, StatementRole, type IArgument, type IRelation } from '@argdown/core';

/** What Argdown's own model holds, counted with Argdown's stock application (as the corpus's SOURCES.md counts were made). */
export interface ArgdownCounts {
    statements: number;
    arguments: number;
    argumentsWithPcs: number;
    relations: Partial<Record<RelationType, number>>;
    parserErrors: number;
}

/** What an import must give, from DESIGN.md's counting sentence, apart from the importer. */
export interface ExpectedImport {
    statements: number;
    supportingArguments: number;
    /** Attacks and undercuts: one relation each (contradictions aside). */
    attacks: number;
    undercuts: number;
    /** Contrary and contradictory relations: each a `contradicts` or two attacks. */
    contradictions: number;
}

/** Argdown's stock application object, processes `parse-input` + `build-model` (not the importer's own application). */
export function argdownModel(text: string) {
    return argdown.run({ input: text, process: ['parse-input', 'build-model'], logExceptions: false });
}

export function countArgdown(text: string): ArgdownCounts {
    const model = argdownModel(text);
    const args = Object.values(model.arguments ?? {});
    const relations: Partial<Record<RelationType, number>> = {};
    for (const r of model.relations ?? []) relations[r.relationType] = (relations[r.relationType] ?? 0) + 1;
    return {
        statements: Object.keys(model.statements ?? {}).length,
        arguments: args.length,
        argumentsWithPcs: args.filter(a => a.pcs.length > 0).length,
        relations,
        parserErrors: (model.parserErrors ?? []).length + (model.lexerErrors ?? []).length,
    };
}

/**
 * DESIGN.md: statements = classes + PCS-less arguments, supporting arguments = PCS inferences +
 * supports + entails, and each attack, undercut, contrary and contradictory gives one relation (a
 * contradiction at most two attacks). An attack or undercut is an `undercuts` when what it points at
 * is an argument in the map: an inference, an argument with a PCS, or one without a PCS that some
 * relation leaves (the others are only their claim).
 */
export function expectedImport(text: string): ExpectedImport {
    const model = argdownModel(text);
    const args = Object.values(model.arguments ?? {});
    const relations = model.relations ?? [];
    const of = (...types: RelationType[]) => relations.filter(r => types.includes(r.relationType));
    const isArgumentInMap = (r: IRelation) => r.to?.type === ArgdownTypes.INFERENCE
        || (r.to?.type === ArgdownTypes.ARGUMENT && ((r.to as IArgument).pcs.length > 0 || relations.some(o => o.from === r.to)));
    const attacksAndUndercuts = of(RelationType.ATTACK, RelationType.UNDERCUT);
    return {
        statements: Object.keys(model.statements ?? {}).length + args.filter(a => a.pcs.length === 0).length,
        supportingArguments: args.flatMap(a => a.pcs).filter(s => s.role === StatementRole.INTERMEDIARY_CONCLUSION || s.role === StatementRole.MAIN_CONCLUSION).length
            + of(RelationType.SUPPORT, RelationType.ENTAILS).length,
        attacks: attacksAndUndercuts.filter(r => !isArgumentInMap(r)).length,
        undercuts: attacksAndUndercuts.filter(isArgumentInMap).length,
        contradictions: of(RelationType.CONTRARY, RelationType.CONTRADICTORY).length,
    };
}
