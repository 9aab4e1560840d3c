/**
 * Which relation each kind of element may carry, and what it may point at (DESIGN.md, "Relations
 * by kind"). The graph builder drops what breaks these rules and the `wrong-target` check reports
 * it, both from this one table.
 */

export type RelationWord = 'supports' | 'attacks' | 'undercuts' | 'contradicts';
export type ElementKind = 'thesis' | 'claim' | 'evidence' | 'objection' | 'rebuttal' | 'argument';
export type TargetType = 'statement' | 'argument';

const allowedRelations: Record<ElementKind, readonly RelationWord[]> = {
    thesis: ['supports', 'contradicts'],
    claim: ['supports', 'contradicts'],
    evidence: ['supports', 'contradicts'],
    objection: ['attacks', 'undercuts', 'contradicts'],
    rebuttal: ['attacks', 'undercuts', 'contradicts'],
    argument: ['supports', 'attacks', 'undercuts'],
};

export function relationAllowed(kind: ElementKind, relation: RelationWord): boolean {
    return allowedRelations[kind].includes(relation);
}

export function allowedRelationsOf(kind: ElementKind): readonly RelationWord[] {
    return allowedRelations[kind];
}

/** `undercuts` denies an inference, so it needs an argument; every other relation needs a statement. */
export function targetTypeOf(relation: RelationWord): TargetType {
    return relation === 'undercuts' ? 'argument' : 'statement';
}
