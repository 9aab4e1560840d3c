import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { ArgmapAstType, BlockItem, Document } from '../../generated/ast.js';
import { forEachBlockNode } from '../../model/ast-walk.js';
import type { ArgmapServices } from '../argmap-module.js';
import { checks } from './codes.js';
import { checkNoThesis, checkMultipleTheses, checkUnsupportedThesis, checkOneSided } from './checks/thesis.js';
import { checkCircularSupport, checkOrphanStatement, checkUncitedEvidence, checkUnsupportedClaim } from './checks/support.js';
import { checkRebuttalTarget, checkUnansweredObjection } from './checks/dialectic.js';
import { checkCriticalQuestions, checkUnknownQuestion, checkUnknownScheme } from './checks/schemes.js';
import { checkSingleFraming, checkUnusedFraming } from './checks/framings.js';
import { checkUnusedSource } from './checks/sources.js';
import { checkLongStatement } from './checks/style.js';
import { checkArgumentSyntax, checkEscapes, checkPremiseRefSyntax, checkStatementSyntax } from './checks/syntax.js';
import { checkEmptyArgument, checkMissingTarget, checkNestedOwnConclusion, checkRelationTarget } from './checks/structure.js';
import { checkDuplicateNames } from './checks/names.js';
import { checkImportNotFound, type ImportContext } from './checks/imports.js';
import type { DiagnosticData, GraphCheck, Report } from './report.js';

/** Every check that reads the ArgumentGraph, in the order of DESIGN.md's table. */
export const graphChecks: readonly GraphCheck[] = [
    checkCircularSupport,
    checkNoThesis, checkMultipleTheses, checkUnsupportedThesis,
    checkUnsupportedClaim, checkUncitedEvidence, checkUnansweredObjection, checkOrphanStatement, checkRebuttalTarget,
    checkUnknownScheme, checkUnknownQuestion,
    checkOneSided, checkSingleFraming, checkLongStatement, checkCriticalQuestions,
    checkUnusedSource, checkUnusedFraming,
];

/**
 * The checks of how a text is written rather than of what it argues: names declared twice, escapes,
 * and what the permissive grammar accepts but the language does not. They need neither the file
 * system nor the graph, so they also run synchronously on text that is not a file
 * (`checkSyntaxAndNames`, for the Markdown preview's ```argmap blocks).
 */
const syntaxAndNameChecks = {
    Document: (root: Document, report: Report) => {
        checkDuplicateNames(root, report);
        checkEscapes(root, report);
    },
    Statement: checkStatementSyntax,
    Argument: checkArgumentSyntax,
    PremiseRef: checkPremiseRefSyntax,
};

/** Runs the syntax and name checks on a whole document, in document order. */
export function checkSyntaxAndNames(root: Document, report: Report): void {
    syntaxAndNameChecks.Document(root, report);
    forEachBlockNode(root, node => checkBlockNodeSyntax(node, report));
}

function checkBlockNodeSyntax(node: BlockItem, report: Report): void {
    if (node.$type === 'Statement') syntaxAndNameChecks.Statement(node, report);
    else if (node.$type === 'Argument') syntaxAndNameChecks.Argument(node, report);
    else syntaxAndNameChecks.PremiseRef(node, report);
}

/** Every check of one statement, argument or premise reference that reads the syntax tree. */
function checkBlockNode(node: BlockItem, report: Report): void {
    checkBlockNodeSyntax(node, report);
    if (node.$type === 'PremiseRef') return;
    if (node.$type === 'Argument') {
        checkEmptyArgument(node, report);
        checkNestedOwnConclusion(node, report);
    }
    checkMissingTarget(node, report);
    checkRelationTarget(node, report);
}

/** Adapts Langium's acceptor: checks give a code, the code gives the default severity (the document validator applies the config). */
function reporter(accept: ValidationAcceptor, node: AstNode): Report {
    return ({ code, message, range, data }) => accept(checks[code].severity, message, { node, range, code, data: { ...data, code } satisfies DiagnosticData });
}

/**
 * Registers every check on the root, where one synchronous walk runs the checks of each statement,
 * argument and premise reference, then the graph checks on the cached ArgumentGraph; and the import
 * check (which asks the file system) on imports. Registering the node checks on their node types
 * made Langium visit every node of the tree and await each check: a third of validation's time at
 * 5,000 elements. The document validator visits only the root and the imports (its
 * `validateAstNodes`).
 */
export function registerValidationChecks(services: ArgmapServices): void {
    const registry = services.validation.ValidationRegistry;
    const graphs = services.validation.GraphCache;
    const settings = services.validation.ArgmapSettings;
    const imports: ImportContext = {
        documents: services.shared.workspace.LangiumDocuments,
        fileSystem: services.shared.workspace.FileSystemProvider,
        decodingProblems: services.shared.workspace.DecodingProblems,
    };
    const astChecks: ValidationChecks<ArgmapAstType> = {
        Document: (root, accept) => {
            const report = reporter(accept, root);
            syntaxAndNameChecks.Document(root, report);
            forEachBlockNode(root, node => checkBlockNode(node, reporter(accept, node)));
            const model = graphs.get(AstUtils.getDocument(root) as LangiumDocument<Document>);
            const options = { maxStatementWords: settings.config.maxStatementWords };
            for (const check of graphChecks) check(model, report, options);
        },
        Import: (node, accept) => checkImportNotFound(node, reporter(accept, node), imports),
    };
    registry.register(astChecks);
}
