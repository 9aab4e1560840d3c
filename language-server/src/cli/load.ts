import * as path from 'node:path';
import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { ArgmapFileSystemProvider } from '../language/argmap-file-system.js';
import { importClosure } from '../language/argmap-imports.js';
import { createArgmapServices, type ArgmapSharedServices } from '../language/argmap-module.js';
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
    /** The URIs of the loaded files this one imports, directly or through others. */
    importClosure(): string[];
}

const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * Argmap's file reading (DESIGN.md's "Text" rule), with each file read at once: the CLI has nothing
 * else to do meanwhile, and a round trip through Node's thread pool per file left the process idle a
 * tenth of the time of checking a class folder (more on a busy machine).
 */
class CliFileSystemProvider extends ArgmapFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
}
const CliFileSystem = {
    fileSystemProvider: (shared: LangiumSharedCoreServices) => new CliFileSystemProvider((shared as ArgmapSharedServices).workspace.DecodingProblems),
};

/**
 * Loads files and everything they import, links and validates them together, and returns each
 * input's diagnostics and graph. The CLI and the tests read files only through this. `named`: more
 * files that keep their display names where one of `files` imports them (`check` on several threads
 * loads a share of the inputs and names the others as one thread would).
 */
export async function loadArgmap(files: readonly InputFile[], config?: ArgmapConfig, named: readonly InputFile[] = []): Promise<LoadedFile[]> {
    const { shared, Argmap } = createArgmapServices(CliFileSystem);
    if (config) Argmap.validation.ArgmapSettings.config = config;
    const displayNames = new Map([...named, ...files].map(f => [URI.file(f.absolute).toString(), f.display]));
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
            importClosure: () => importClosure(document, documents).map(d => d.uri.toString()),
        };
    });
}

/** A diagnostic as `argmap check` prints it: 1-based, with the file as the user named it. */
export function toFileDiagnostic(file: string, d: Diagnostic): FileDiagnostic {
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
