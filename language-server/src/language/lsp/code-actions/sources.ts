import { GrammarUtils, type AstNode } from 'langium';
import { isStatement, type Statement } from '../../../generated/ast.js';
import { declarationStub } from '../../argmap-document-validator.js';
import { declarationAt, freshName, quickFix, resolvesTo, type FixContext, type QuickFix } from './fix-context.js';
import { declare } from './names.js';

/** At most this many "Cite ..." fixes: a long reading list should not bury the light bulb menu. */
const maxCiteFixes = 10;

/** Where a new attribute goes: after the statement's text and the attributes it already has, before its block. */
function attributeOffset(statement: Statement): number | undefined {
    const text = GrammarUtils.findNodeForProperty(statement.$cstNode, 'text');
    if (!text) return undefined;
    const attributes: AstNode[] = [...statement.framings, ...statement.citations, ...statement.schemes, ...statement.questions];
    return Math.max(text.end, ...attributes.map(a => a.$cstNode?.end ?? 0));
}

/**
 * unsupported-claim and uncited-evidence: "Cite `siddiqi`" for each source visible here (this
 * file's first, then the imported ones); when there is none, "Add a source and cite it" declares
 * a placeholder source and cites it.
 */
export const fixAddCitation: QuickFix = context => {
    const statement = declarationAt(context);
    if (!statement || !isStatement(statement)) return [];
    const offset = attributeOffset(statement);
    if (offset === undefined) return [];
    const sources = citableSources(context);
    if (sources.length === 0) {
        const name = freshName(context, 'newSource');
        return quickFix(context, 'Add a source and cite it', [
            declare(context, 'source', declarationStub('source', name)),
            context.edit.insert(offset, ` cite ${name}`),
        ]);
    }
    return sources.slice(0, maxCiteFixes).flatMap(name =>
        quickFix(context, `Cite \`${name}\``, [context.edit.insert(offset, ` cite ${name}`)], sources.length === 1));
};

function citableSources(context: FixContext): string[] {
    const names: string[] = [];
    for (const declaration of context.resolver.visible(context.document)) {
        if (declaration.$type === 'Source' && resolvesTo(context, declaration)) names.push(declaration.name);
    }
    return names;
}

/** unused-source and unused-framing: "Remove source `mearsheimer`", its whole line when it has one to itself. */
export const fixRemoveDeclaration: QuickFix = context => {
    const declaration = declarationAt(context);
    if (!declaration?.$cstNode || (declaration.$type !== 'Source' && declaration.$type !== 'Framing')) return [];
    return quickFix(context, `Remove ${declaration.$type.toLowerCase()} \`${declaration.name}\``, [context.edit.remove(declaration.$cstNode)]);
};
