import type { LangiumSharedCoreServices, URI } from 'langium';
import type { ArgmapSharedServices } from './argmap-module.js';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeArgmapText } from './text-decoding.js';
import type { DecodingProblems } from './decoding-problems.js';

/** Reads files as DESIGN.md's "Text" rule says, and remembers where a file stops being valid UTF-8. */
export class ArgmapFileSystemProvider extends NodeFileSystemProvider {
    constructor(private readonly problems: DecodingProblems) {
        super();
    }

    override async readFile(uri: URI): Promise<string> {
        return this.decode(uri, await this.readBinary(uri));
    }

    override readFileSync(uri: URI): string {
        return this.decode(uri, this.readBinarySync(uri));
    }

    private decode(uri: URI, bytes: Uint8Array): string {
        const decoded = decodeArgmapText(bytes);
        this.problems.set(uri, decoded.invalidAt);
        return decoded.text;
    }
}

/** The module context for Node (the CLI and the language server): Argmap's file reading on the real file system. */
export const ArgmapNodeFileSystem = {
    fileSystemProvider: (shared: LangiumSharedCoreServices) =>
        new ArgmapFileSystemProvider((shared as ArgmapSharedServices).workspace.DecodingProblems),
};
