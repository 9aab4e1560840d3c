import { URI, type FileSystemNode, type FileSystemProvider, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { FileSystemRequests } from '../protocol.js';
import type { ArgmapSharedServices } from './argmap-module.js';
import type { DecodingProblems } from './decoding-problems.js';
import { decodeArgmapText } from './text-decoding.js';

function fromBase64(base64: string): Uint8Array {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

/**
 * The file system of a language server in a web worker: every read is a request to the client,
 * which answers through VS Code's file system API (so it works on vscode.dev's virtual files too).
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection, private readonly problems: DecodingProblems) { }

    async stat(uri: URI): Promise<FileSystemNode> {
        const result = await this.connection.sendRequest<FileSystemRequests.StatResult>(FileSystemRequests.stat, { uri: uri.toString() });
        return { uri, isFile: result.isFile, isDirectory: result.isDirectory };
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        const result = await this.connection.sendRequest<FileSystemRequests.ReadFileResult>(FileSystemRequests.readFile, { uri: uri.toString() });
        return fromBase64(result.base64);
    }

    async readFile(uri: URI): Promise<string> {
        const decoded = decodeArgmapText(await this.readBinary(uri));
        this.problems.set(uri, decoded.invalidAt);
        return decoded.text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<FileSystemRequests.DirectoryEntry[]>(FileSystemRequests.readDirectory, { uri: uri.toString() });
        return entries.map(e => ({ uri: URI.parse(e.uri), isFile: e.isFile, isDirectory: e.isDirectory }));
    }

    // A worker cannot block on the client; Langium's workspace loading only uses the async calls.
    statSync(): FileSystemNode { throw new Error('No synchronous file access in the browser.'); }
    existsSync(): boolean { return false; }
    readBinarySync(): Uint8Array { throw new Error('No synchronous file access in the browser.'); }
    readFileSync(): string { throw new Error('No synchronous file access in the browser.'); }
    readDirectorySync(): FileSystemNode[] { throw new Error('No synchronous file access in the browser.'); }
}

/** The module context for a web worker: files are read through the client. */
export function clientFileSystem(connection: Connection) {
    return {
        fileSystemProvider: (shared: LangiumSharedCoreServices) =>
            new ClientFileSystemProvider(connection, (shared as ArgmapSharedServices).workspace.DecodingProblems),
    };
}
