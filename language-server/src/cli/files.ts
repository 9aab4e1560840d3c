import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './usage-error.js';

export interface InputFile {
    /** How the file is named in output: as given, or the folder argument joined with its path inside it. */
    display: string;
    absolute: string;
}

/**
 * Expands the PATH arguments: files as given, folders recursively (`*.argmap`; not node_modules,
 * dot-folders or symbolic links). `note` hears about the links a folder walk skipped that would
 * have mattered (an `.argmap` file or a folder behind them), so nothing goes missing silently.
 */
export function expandPaths(args: readonly string[], note?: (text: string) => void): InputFile[] {
    const files: InputFile[] = [];
    const seen = new Set<string>();
    const add = (display: string, absolute: string) => {
        if (seen.has(absolute)) return;
        seen.add(absolute);
        files.push({ display: toPosix(display), absolute });
    };
    for (const arg of args) {
        const stat = statInput(arg, 'cannot read'); // follows a link given as a path
        if (stat.isDirectory()) {
            const { found, skippedLinks } = walk(arg);
            const links = skippedLinks === 1 ? '1 symbolic link' : `${skippedLinks} symbolic links`;
            if (found.length === 0) {
                throw new UsageError(`no .argmap files in ${arg}${skippedLinks > 0 ? ` (skipped ${links}: links inside folders are not followed)` : ''}`);
            }
            if (skippedLinks > 0) note?.(`skipped ${links} in ${arg} (links inside folders are not followed; name a link as a path to include it)`);
            for (const relative of found) add(path.join(arg, relative), path.resolve(arg, relative));
        } else {
            // Langium picks the language by the extension; without this, its own wording would say so.
            if (!arg.endsWith('.argmap')) throw new UsageError(`${arg} is not an .argmap file (its name must end in .argmap)`);
            add(arg, path.resolve(arg));
        }
    }
    return files;
}

/**
 * The stat of a path the user gave (a link followed), or a UsageError saying what is wrong with it.
 * Only regular files, pipes (`<(...)`) and folders pass: reading a device such as /dev/zero would
 * never end.
 */
function statInput(file: string, what: string): Stats {
    let stat: Stats;
    try {
        stat = statSync(file);
    } catch (error) {
        throw new UsageError(`${what} ${file}: ${danglingLink(file, error) ?? reason(error)}`);
    }
    if (!stat.isFile() && !stat.isDirectory() && !stat.isFIFO()) throw new UsageError(`${what} ${file}: it is not a file`);
    return stat;
}

/** The bytes of a file the user named (a rubric, a config, an import's input); `what` starts the error line ("cannot read rubric"). */
export function readInput(file: string, what = 'cannot read'): Buffer {
    if (statInput(file, what).isDirectory()) throw new UsageError(`${what} ${file}: it is a folder`);
    try {
        return readFileSync(file);
    } catch (error) {
        throw new UsageError(`${what} ${file}: ${reason(error)}`); // e.g. deleted or made unreadable since the stat
    }
}

/** "a symbolic link to a missing file" when `file` is one (stat failed with ENOENT but the link is there). */
function danglingLink(file: string, error: unknown): string | undefined {
    if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') return undefined;
    try {
        return lstatSync(file).isSymbolicLink() ? 'it is a symbolic link to a missing file' : undefined;
    } catch {
        return undefined;
    }
}

function walk(root: string): { found: string[]; skippedLinks: number } {
    const result: string[] = [];
    let skippedLinks = 0;
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
            const skippedFolder = entry.name === 'node_modules' || entry.name.startsWith('.');
            // Never followed: a link may loop (`self -> ..`) or lead out of the class folder.
            if (entry.isSymbolicLink()) {
                if (entry.name.endsWith('.argmap') || (!skippedFolder && leadsToFolder(path.join(root, child)))) skippedLinks++;
                continue;
            }
            if (entry.isDirectory()) {
                if (!skippedFolder) folders.push(child);
            } else if (entry.isFile() && entry.name.endsWith('.argmap')) {
                result.push(child);
            }
        }
        pending.push(...folders.reverse());
    }
    return { found: result.sort(), skippedLinks };
}

function leadsToFolder(link: string): boolean {
    try {
        return statSync(link).isDirectory();
    } catch {
        return false; // dangling or a loop: nothing there to check
    }
}

export function toPosix(p: string): string {
    return p.split(path.sep).join('/');
}

/** Why a file operation failed, in words (never Node's "ECODE: ..., syscall 'path'" form). */
export function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        case 'ELOOP': return 'too many symbolic links (a link that leads back to itself?)';
        case 'ENAMETOOLONG': return 'the name is too long';
        case 'ENOSPC': return 'no space left on the device';
        case 'EDQUOT': return 'the disk quota is used up';
        case 'EROFS': return 'the file system is read-only';
        case 'EMFILE': case 'ENFILE': return 'too many open files';
        case 'EBUSY': return 'the file is busy';
        case 'EIO': return 'an input/output error';
        case 'ERR_FS_FILE_TOO_LARGE': return 'the file is too large (over 2 GiB)';
        default: {
            const message = error instanceof Error ? error.message : String(error);
            return message.replace(/^[A-Z][A-Z0-9_]*: /, '').replace(/, \w+ '.*'$/, '');
        }
    }
}
