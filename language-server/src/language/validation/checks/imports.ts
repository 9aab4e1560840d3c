import { AstUtils, type FileSystemProvider, type LangiumDocuments } from 'langium';
import type { Import } from '../../../generated/ast.js';
import { rangeOf } from '../../../model/ast-spans.js';
import { resolveImport } from '../../argmap-imports.js';
import type { DecodingProblems } from '../../decoding-problems.js';
import type { Report } from '../report.js';

export interface ImportContext {
    documents: LangiumDocuments;
    fileSystem: FileSystemProvider;
    decodingProblems: DecodingProblems;
}

/** An import must name a readable UTF-8 file (cycles are fine). */
export async function checkImportNotFound(node: Import, report: Report, context: ImportContext): Promise<void> {
    if (node.path === undefined) return; // not parsed: a syntax error says so
    if (node.path.trim() === '') {
        report({ code: 'import-not-found', range: rangeOf(node, 'path'), message: '`import` needs the path of an .argmap file, relative to this one, e.g. `import "./sources.argmap"`.' });
        return;
    }
    const uri = resolveImport(AstUtils.getDocument(node).uri, node.path);
    let problem: string | undefined;
    if (context.documents.hasDocument(uri)) {
        if (context.decodingProblems.get(uri)) problem = 'is not valid UTF-8 text';
    } else {
        try {
            const stat = await context.fileSystem.stat(uri);
            if (!stat.isFile) problem = 'is a folder, not a file';
        } catch {
            problem = 'does not exist';
        }
    }
    if (!problem) return;
    report({
        code: 'import-not-found', range: rangeOf(node, 'path'),
        message: `Cannot import "${node.path}": ${uri.scheme === 'file' ? uri.fsPath : uri.toString()} ${problem}. `
            + 'The path is relative to this file; check its spelling and folder.',
    });
}
