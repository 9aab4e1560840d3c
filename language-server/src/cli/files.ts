import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './usage-error.js';

export interface InputFile {
    /** How the file is named in output: as given, or the folder argument joined with its path inside it. */
    display: string;
    absolute: string;
}

/** Expands the PATH arguments: files as given, folders recursively (`*.argmap`; not node_modules, dot-folders or symbolic links). */
export function expandPaths(args: readonly string[]): InputFile[] {
    const files: InputFile[] = [];
    const seen = new Set<string>();
    const add = (display: string, absolute: string) => {
        if (seen.has(absolute)) return;
        seen.add(absolute);
        files.push({ display: toPosix(display), absolute });
    };
    for (const arg of args) {
        let stat;
        try {
            stat = statSync(arg); // follows a link given as a path
        } catch (error) {
            throw new UsageError(`cannot read ${arg}: ${reason(error)}`);
        }
        if (stat.isDirectory()) {
            const found = walk(arg);
            if (found.length === 0) throw new UsageError(`no .argmap files in ${arg}`);
            for (const relative of found) add(path.join(arg, relative), path.resolve(arg, relative));
        } else {
            add(arg, path.resolve(arg));
        }
    }
    return files;
}

function walk(root: string): string[] {
    const result: string[] = [];
    const pending = [''];
    while (pending.length > 0) {
        const relative = pending.pop()!;
        let entries;
        try {
            entries = readdirSync(path.join(root, relative), { withFileTypes: true });
        } catch (error) {
            throw new UsageError(`cannot read ${path.join(root, relative)}: ${reason(error)}`);
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const folders: string[] = [];
        for (const entry of entries) {
            const child = relative ? path.join(relative, entry.name) : entry.name;
            if (entry.isSymbolicLink()) continue;
            if (entry.isDirectory()) {
                if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
                folders.push(child);
            } else if (entry.isFile() && entry.name.endsWith('.argmap')) {
                result.push(child);
            }
        }
        pending.push(...folders.reverse());
    }
    return result.sort();
}

export function toPosix(p: string): string {
    return p.split(path.sep).join('/');
}

export function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        default: return error instanceof Error ? error.message : String(error);
    }
}
