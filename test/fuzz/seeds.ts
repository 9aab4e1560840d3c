import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The real files the byte mutators start from: the examples, the AIF and Argdown corpora and the
 * example rubric. Read from the repository (the folder holding `examples/`), found by walking up,
 * because the fuzzer runs both from source (vitest) and from a bundle in `test/fuzz/out/`.
 */
export interface SeedFile {
    name: string;
    bytes: Uint8Array;
}

export function repositoryRoot(): string {
    let folder = __dirname;
    while (!existsSync(path.join(folder, 'examples')) || !existsSync(path.join(folder, 'package.json'))) {
        const parent = path.dirname(folder);
        if (parent === folder) throw new Error(`no repository with examples/ above ${__dirname}`);
        folder = parent;
    }
    return folder;
}

function filesIn(folder: string, extension: string): SeedFile[] {
    const absolute = path.join(repositoryRoot(), folder);
    return readdirSync(absolute).filter(name => name.endsWith(extension)).sort()
        .map(name => ({ name, bytes: new Uint8Array(readFileSync(path.join(absolute, name))) }));
}

let cache: { argmap: SeedFile[]; aif: SeedFile[]; argdown: SeedFile[]; rubric: SeedFile[] } | undefined;

export function seeds() {
    cache ??= {
        argmap: filesIn('examples', '.argmap'),
        aif: filesIn('test/fixtures/corpora/aif', '.json'),
        argdown: filesIn('test/fixtures/corpora/argdown', '.argdown'),
        rubric: filesIn('examples', '.argmap-rubric.json'),
    };
    return cache;
}
