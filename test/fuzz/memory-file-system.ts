import { URI, type FileSystemNode } from 'langium';
import type { ArgmapSharedServices } from '../../language-server/src/language/argmap-module.js';
import { ArgmapFileSystemProvider } from '../../language-server/src/language/argmap-file-system.js';
import type { DecodingProblems } from '../../language-server/src/language/decoding-problems.js';

/**
 * The CLI's file reading (ArgmapFileSystemProvider: BOM, invalid UTF-8 found and remembered) over
 * files held in memory instead of the disk. A fuzz input's `import` lines then resolve only among
 * the files the fuzzer gives: nothing generated can make it read the machine's own files, and a
 * run is the same on every machine.
 */
export class MemoryFileSystemProvider extends ArgmapFileSystemProvider {
    constructor(problems: DecodingProblems, private readonly files: ReadonlyMap<string, Uint8Array>) {
        super(problems);
    }

    /** The module context for createArgmapServices. */
    static context(files: ReadonlyMap<string, Uint8Array>) {
        return {
            fileSystemProvider: (shared: unknown) =>
                new MemoryFileSystemProvider((shared as ArgmapSharedServices).workspace.DecodingProblems, files),
        };
    }

    override async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    override statSync(uri: URI): FileSystemNode {
        if (this.files.has(uri.toString())) return { isFile: true, isDirectory: false, uri };
        throw new Error(`ENOENT: no such file ${uri.path}`);
    }

    override async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    override existsSync(uri: URI): boolean {
        return this.files.has(uri.toString());
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    override readBinarySync(uri: URI): Uint8Array {
        const bytes = this.files.get(uri.toString());
        if (!bytes) throw new Error(`ENOENT: no such file ${uri.path}`);
        return bytes;
    }

    override async readDirectory(): Promise<FileSystemNode[]> {
        return [];
    }

    override readDirectorySync(): FileSystemNode[] {
        return [];
    }
}

/** Where the fuzzer's files live: `file:///fuzz/NAME`. */
export function fuzzUri(name: string): URI {
    return URI.file(`/fuzz/${name}`);
}
