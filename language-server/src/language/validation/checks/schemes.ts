import type { Argument, Statement } from '../../../generated/ast.js';
import { rangeOf } from '../../../model/ast-spans.js';
import type { ArgmapModel } from '../../../model/build-graph.js';
import { capitalise, describe, indexOf, targetedArguments, type GraphIndex } from '../../../model/graph-index.js';
import { criticalQuestions, isKnownScheme, schemeNames } from '../../../model/schemes.js';
import type { GraphCheck } from '../report.js';
import { localArguments, localStatements, spanOf } from './spans.js';


export const checkUnknownScheme: GraphCheck = (model, report) => {
    for (const argument of localArguments(model)) {
        if (argument.scheme === null || isKnownScheme(argument.scheme)) continue;
        const node = model.nodes.get(argument.id) as Argument;
        report({
            code: 'unknown-scheme',
            range: rangeOf(node.schemes[0], 'name'),
            message: `"${argument.scheme}" is not a scheme Argmap knows, so it cannot list its critical questions. `
                + `Use one of: ${schemeNames.join(', ')}.`,
        });
    }
};

export const checkUnknownQuestion: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    for (const objection of localStatements(model)) {
        const node = model.nodes.get(objection.id) as Statement;
        if (objection.kind !== 'objection' || node.questions.length === 0) continue;
        const schemes = targetedArguments(index, objection.id).map(id => index.arguments.get(id)?.scheme ?? null);
        for (const question of node.questions) {
            if (question.number === undefined) continue; // still being typed: a syntax error says so
            if (schemes.some(s => criticalQuestions(s).length >= question.number && question.number >= 1)) continue;
            report({ code: 'unknown-question', range: rangeOf(question), message: unknownQuestionMessage(question.number, schemes) });
        }
    }
};

/** Why no targeted argument has question `n`, and what to do: the message depends on what the objection targets. */
function unknownQuestionMessage(n: number, schemes: Array<string | null>): string {
    if (schemes.length === 0) {
        return `This objection raises question ${n}, but it targets no argument: a critical question is raised against an argument, `
            + `by undercutting it or attacking one of its premises. Do that, or remove \`question ${n}\`.`;
    }
    const named = schemes.filter((s): s is string => s !== null);
    const known = named.filter(isKnownScheme);
    if (named.length === 0) {
        return `This objection raises question ${n}, but the argument it targets has no \`scheme\`, so there are no numbered questions. `
            + `Add a \`scheme\` to that argument, or remove \`question ${n}\`.`;
    }
    if (known.length === 0) {
        return `This objection raises question ${n}, but the scheme of the argument it targets (${named.map(s => `\`${s}\``).join(', ')}) `
            + 'is not in the catalogue, so it has no numbered questions. Fix the scheme name first.';
    }
    return `Question ${n} is not a critical question of ${known.map(s => `\`${s}\``).join(' or ')}. `
        + 'See docs/schemes.md for the numbered questions of each scheme.';
}

/** The question numbers objections raise against each argument. */
function raisedQuestions(model: ArgmapModel, index: GraphIndex): Map<string, Set<number>> {
    const raised = new Map<string, Set<number>>();
    for (const statement of model.graph.statements) {
        for (const question of statement.questions ?? []) {
            for (const target of targetedArguments(index, statement.id)) {
                let set = raised.get(target);
                if (!set) raised.set(target, set = new Set());
                set.add(question);
            }
        }
    }
    return raised;
}

export const checkCriticalQuestions: GraphCheck = (model, report) => {
    const index = indexOf(model.graph);
    const raised = raisedQuestions(model, index);
    for (const argument of localArguments(model)) {
        const questions = criticalQuestions(argument.scheme);
        const open = questions.map((q, i) => ({ n: i + 1, q })).filter(({ n }) => !raised.get(argument.id)?.has(n));
        if (open.length === 0) continue;
        report({
            code: 'critical-questions',
            range: spanOf(model, argument.id),
            message: `${capitalise(describe(argument, index))} uses the ${argument.scheme} scheme; a careful reader will ask: `
                + open.map(({ n, q }) => `${n}. ${q}`).join(' ')
                + ' Raise the ones that matter as objections (`objection undercuts '
                + (argument.name ?? 'thisArgument') + ' "..." question N`) and answer them.',
            data: { openQuestions: open.map(({ n }) => n) },
        });
    }
};
