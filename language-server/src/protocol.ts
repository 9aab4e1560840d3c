/**
 * Messages between the Argmap client and language server beyond standard LSP, declared once for
 * both sides. No imports: the client bundles this file alone.
 */

/**
 * In the browser (vscode.dev, github.dev) the language server runs in a web worker without a file
 * system, so it asks the client to read files through VS Code's file system API.
 */
export namespace FileSystemRequests {
    export const stat = 'argmap/fs/stat';
    export const readFile = 'argmap/fs/readFile';
    export const readDirectory = 'argmap/fs/readDirectory';

    export interface UriParams {
        uri: string;
    }
    export interface StatResult {
        isFile: boolean;
        isDirectory: boolean;
    }
    /** The file's bytes, base64-encoded (the server decodes them as DESIGN.md's "Text" rule says). */
    export interface ReadFileResult {
        base64: string;
    }
    export interface DirectoryEntry {
        uri: string;
        isFile: boolean;
        isDirectory: boolean;
    }
}
