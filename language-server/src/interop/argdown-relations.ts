import { RelationType, type IRelation } from '@argdown/core';
import type { GraphArgument, GraphRelation, GraphStatement, RelationKind } from '../model/argument-graph.js';
import { firstPlace, type ArgdownElements, type Element } from './argdown-elements.js';

/**
 * Argdown's relations on the import's elements (DESIGN.md, "Interchange", Argdown):
 *
 * - support and entails become supporting arguments (into an argument: for its first premise);
 * - attack becomes `attacks` (into an argument or an inference: `undercuts` its last inference, or
 *   that inference's argument); undercut becomes `undercuts`, or `attacks` when its target is a
 *   statement in the map;
 * - contrary and contradictory become `contradicts`, or two one-premise attacking arguments when
 *   neither side can state it;
 * - an element states one relation of its own (an objection its attack, an argument what it
 *   supports or attacks, a claim one `contradicts`); any other relation from it goes on a
 *   one-premise argument from it (from an argument: from its claim, or from its conclusion);
 * - a relation that would point an element at itself is left out.
 *
 * So each support or entailment gives one supporting argument, and each attack, undercut, contrary
 * and contradictory one relation (a contradiction at most two attacks).
 */
export interface MappedRelations {
    relations: GraphRelation[];
    /** `[a] supports [a]` and the like, for the note. */
    selfRelations: string[];
    /** Undercuts that became attacks, for the note. */
    undercutsOfStatements: string[];
    /** Relations with an end the map has nothing for (a model Argdown gave up building), for the note. */
    leftOut: string[];
}

const relationVerbs: Record<RelationType, string> = {
    [RelationType.SUPPORT]: 'supports', [RelationType.ENTAILS]: 'entails', [RelationType.ATTACK]: 'attacks',
    [RelationType.UNDERCUT]: 'undercuts', [RelationType.CONTRARY]: 'is contrary to', [RelationType.CONTRADICTORY]: 'contradicts',
};

export function mapArgdownRelations(relations: readonly IRelation[], elements: ArgdownElements): MappedRelations {
    const mapper = new RelationMapper(elements);
    for (const relation of relations) mapper.map(relation);
    return mapper.result;
}

class RelationMapper {
    readonly result: MappedRelations = { relations: [], selfRelations: [], undercutsOfStatements: [], leftOut: [] };
    /** Elements that state their one relation already. */
    private readonly stating = new Set<string>();

    constructor(private readonly elements: ArgdownElements) {
        for (const argument of elements.arguments) if (argument.conclusion !== null) this.stating.add(argument.id);
    }

    map(relation: IRelation): void {
        const from = relation.from && this.elements.statementFor(relation.from);
        if (!relation.from || !relation.to || !from) {
            this.result.leftOut.push(`${this.text(relation)} (nothing in the map argues from there)`);
            return;
        }
        if (relation.from === relation.to) return this.self(relation);
        const carrier = this.elements.carrierFor(relation.from);
        switch (relation.relationType) {
            case RelationType.SUPPORT:
            case RelationType.ENTAILS:
                return this.support(from, carrier, this.elements.supportTarget(relation.to), relation);
            case RelationType.ATTACK:
            case RelationType.UNDERCUT:
                return this.attack(from, carrier, this.elements.attackTarget(relation.to), relation);
            case RelationType.CONTRARY:
            case RelationType.CONTRADICTORY:
                return this.contradiction(from, this.elements.statementFor(relation.to), relation);
        }
    }

    /** `supports T`: stated by the argument itself if it is free, else a one-premise argument. */
    private support(from: GraphStatement, carrier: GraphArgument | null, target: GraphStatement | undefined, relation: IRelation): void {
        if (!target) return this.unmapped(relation);
        // A sketched argument's only premise is `from`, its claim: so neither it nor `from` may support `from`.
        if (from.id === target.id) return this.self(relation);
        if (carrier && !this.stating.has(carrier.id)) {
            carrier.conclusion = target.id;
            this.stating.add(carrier.id);
        } else {
            this.elements.addArgument(null, [from.id], target.id, [], firstPlace(relation.occurrences ?? []));
        }
    }

    /** `attacks` a statement or `undercuts` an argument: by the objection or the argument itself if it is free, else a one-premise attacking argument. */
    private attack(from: GraphStatement, carrier: GraphArgument | null, target: Element | undefined, relation: IRelation): void {
        if (!target) return this.unmapped(relation);
        if (from.id === target.id) return this.self(relation);
        const kind: RelationKind = isStatement(target) ? 'attacks' : 'undercuts';
        if (relation.relationType === RelationType.UNDERCUT && kind === 'attacks') this.result.undercutsOfStatements.push(this.text(relation));
        if (from.kind === 'objection' && !this.stating.has(from.id)) this.relate(kind, from, target);
        else if (carrier && !this.stating.has(carrier.id)) this.relate(kind, carrier, target);
        else this.relate(kind, this.oneAttackingPremise(from, relation), target);
    }

    /** `contradicts`, stated by a side that is a free claim; else each side attacks the other. */
    private contradiction(a: GraphStatement, b: GraphStatement | undefined, relation: IRelation): void {
        if (!b) return this.unmapped(relation);
        if (a.id === b.id) return this.self(relation);
        const free = (s: GraphStatement) => s.kind === 'claim' && !this.stating.has(s.id);
        if (free(a)) this.relate('contradicts', a, b);
        else if (free(b)) this.relate('contradicts', b, a);
        else {
            this.relate('attacks', this.oneAttackingPremise(a, relation), b);
            this.relate('attacks', this.oneAttackingPremise(b, relation), a);
        }
    }

    private oneAttackingPremise(premise: GraphStatement, relation: IRelation): GraphArgument {
        return this.elements.addArgument(null, [premise.id], null, [], firstPlace(relation.occurrences ?? []));
    }

    private relate(kind: RelationKind, from: Element, to: Element): void {
        this.result.relations.push({ kind, from: from.id, to: to.id });
        this.stating.add(from.id);
    }

    private self(relation: IRelation): void {
        this.result.selfRelations.push(this.text(relation));
    }

    private unmapped(relation: IRelation): void {
        this.result.leftOut.push(`${this.text(relation)} (nothing in the map stands for its target)`);
    }

    /** `[a] supports <b>`. */
    private text(relation: IRelation): string {
        return `${this.elements.describe(relation.from)} ${relationVerbs[relation.relationType]} ${this.elements.describe(relation.to)}`;
    }
}

function isStatement(element: Element): element is GraphStatement {
    return 'text' in element;
}
