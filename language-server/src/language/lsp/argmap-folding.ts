import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import { isArgument, isStatement } from '../../generated/ast.js';

/**
 * Folds statements and arguments (their blocks, or text spread over several lines) and comments:
 * block comments as Langium does, and runs of `//` lines too, since maps like the tutorial explain
 * themselves in long line-comment paragraphs. Like Langium, nothing shorter than three lines.
 */
export class ArgmapFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return isStatement(node) || isArgument(node);
    }

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        super.collectCommentFolding(document, node, acceptor);
        if (!node.$cstNode) return;
        const text = document.textDocument.getText();
        let run: { start: number; end: number } | undefined;
        const flush = () => {
            if (run && run.end - run.start >= 2) acceptor({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.tokenType.name !== 'SL_COMMENT' || !startsItsLine(text, leaf.offset)) {
                if (!leaf.hidden || leaf.tokenType.name === 'ML_COMMENT') flush();
                continue;
            }
            const line = leaf.range.start.line;
            if (run && line === run.end + 1) run.end = line;
            else {
                flush();
                run = { start: line, end: line };
            }
        }
        flush();
    }
}

function startsItsLine(text: string, offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text[i];
        if (c === '\n' || c === '\r') return true;
        if (c !== ' ' && c !== '\t') return false;
    }
    return true;
}
