import { GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import { isImport, type Document } from '../../generated/ast.js';
import { resolveImport } from '../argmap-imports.js';

/** An `import` path opens the file it names, resolved as the scope resolves it. */
export class ArgmapDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const root = (document as LangiumDocument<Document>).parseResult.value;
        return root.members.filter(isImport).flatMap(member => {
            const path = GrammarUtils.findNodeForProperty(member.$cstNode, 'path');
            if (!path || !member.path) return [];
            // Inside the quotes, so a click on the path (not its quotes) opens the file.
            const { start, end } = path.range;
            const range = { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: Math.max(0, end.character - 1) } };
            return [{ range, target: resolveImport(document.uri, member.path).toString(), tooltip: 'Open the imported file' }];
        });
    }
}
