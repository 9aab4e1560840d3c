import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { createArgmapServices } from '../language/argmap-module.js';
import { ArgmapNodeFileSystem } from '../language/argmap-file-system.js';
import type { ArgmapConfig } from '../language/argmap-settings.js';
import type { CheckCode, Severity } from '../language/validation/codes.js';
import type { ArgmapModel } from '../model/build-graph.js';
import { reason, toPosix, type InputFile } from './files.js';
import { UsageError } from './usage-error.js';

/** A diagnostic as the CLI prints it: 1-based, end exclusive, UTF-16 columns (DESIGN.md, `check --format json`). */
export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: CheckCode;
    message: string;
}

export interface LoadedFile {
    file: InputFile;
    document: LangiumDocument<Document>;
    diagnostics: FileDiagnostic[];
    model(): ArgmapModel;
}

const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * Loads files and everything they import, links and validates them together, and returns each
 * input's diagnostics and graph. The CLI and the tests read files only through this.
 */
export async function loadArgmap(files: readonly InputFile[], config?: ArgmapConfig): Promise<LoadedFile[]> {
    const { shared, Argmap } = createArgmapServices(ArgmapNodeFileSystem);
    if (config) Argmap.validation.ArgmapSettings.config = config;
    const displayNames = new Map(files.map(f => [URI.file(f.absolute).toString(), f.display]));
    Argmap.validation.GraphCache.fileName = document =>
        displayNames.get(document.uri.toString()) ?? toPosix(path.relative(process.cwd(), document.uri.fsPath));

    const documents = shared.workspace.LangiumDocuments;
    const inputs: Array<LangiumDocument<Document>> = [];
    for (const file of files) {
        try {
            inputs.push(await documents.getOrCreateDocument(URI.file(file.absolute)) as LangiumDocument<Document>);
        } catch (error) {
            throw new UsageError(`cannot read ${file.display}: ${reason(error)}`);
        }
    }
    // Imported files are loaded by the builder before linking (language/import-loader.ts).
    await shared.workspace.DocumentBuilder.build([...new Set(inputs)], { validation: true });

    return files.map((file, i) => {
        const document = inputs[i];
        return {
            file,
            document,
            diagnostics: (document.diagnostics ?? []).map(d => toFileDiagnostic(file.display, d)).sort(byPosition),
            model: () => Argmap.validation.GraphCache.get(document),
        };
    });
}

function toFileDiagnostic(file: string, d: Diagnostic): FileDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityNames[d.severity ?? 1],
        code: d.code as CheckCode,
        message: typeof d.message === 'string' ? d.message : String(d.message),
    };
}

export function byPosition(a: FileDiagnostic, b: FileDiagnostic): number {
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
