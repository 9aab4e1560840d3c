import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument } from 'langium';

/**
 * Langium's descriptions, with the node's path and selection computed when first read. The linker
 * describes the target of every reference but reads only its node; the path (a walk up the tree)
 * and the selection (a line and column lookup) are for find-references and workspace symbols.
 */
export class ArgmapAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        if (!described) return super.createDescription(node, name, document); // Langium's error for a node without a name
        const locator = this.astNodeLocator;
        const names = this.nameProvider;
        let path: string | undefined;
        let selection: DocumentSegment | undefined;
        let nameSegment: DocumentSegment | undefined;
        return {
            node,
            name: described,
            type: node.$type,
            documentUri: (document ?? AstUtils.getDocument(node)).uri,
            get path() {
                return path ??= locator.getAstNodePath(node);
            },
            get selectionSegment() {
                return selection ??= CstUtils.toDocumentSegment(node.$cstNode);
            },
            get nameSegment() {
                return nameSegment ??= CstUtils.toDocumentSegment(names.getNameNode(node) ?? node.$cstNode);
            },
        };
    }
}
