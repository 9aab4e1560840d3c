import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { reason } from './files.js';
import { UsageError } from './usage-error.js';

/**
 * Writes an `-o` or `--feedback` file atomically: a temp file beside the target, then a rename, so a
 * failure (a full disk, a kill) never leaves half a file, and an old file stays whole until the new
 * one is. Every problem is a UsageError (exit 2) naming the target, checked before anything is written:
 * - a missing folder is not created (as cp, curl or pandoc do): a typo must not leave a folder tree behind;
 * - a folder, a read-only file (renaming over it would get round its permission) or a link to a
 *   missing file is refused;
 * - a symbolic link is written through, as the shell's `>` does (renaming over it would replace the link);
 * - a device or pipe (`-o /dev/stdout`) is written directly: there is nothing to rename over, and
 *   renaming over /dev/null would replace it for the whole system;
 * - the new file keeps the old one's permissions (a 0600 feedback file stays private).
 */
export function writeAtomic(target: string, content: string | Uint8Array): void {
    const fail = (why: string): never => {
        throw new UsageError(`cannot write ${target}: ${why}`);
    };
    if (/[\\/]$/.test(target)) fail('that names a folder; give a file name');
    checkFolder(path.dirname(target), fail);

    let existing: Stats | undefined;
    let destination = target;
    try {
        existing = statSync(target); // follows links
        if (isSymbolicLink(target)) destination = realpathSync(target);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(reason(error)); // a link loop, no permission, ...
        if (isSymbolicLink(target)) fail('it is a symbolic link to a missing file');
    }
    if (existing?.isDirectory()) fail('it is a folder');
    if (existing && !existing.isFile()) {
        try {
            writeFileSync(target, content);
        } catch (error) {
            fail(reason(error));
        }
        return;
    }
    if (existing && !isWritable(destination)) fail('the file is read-only');
    const folder = path.dirname(destination);
    if (!isWritable(folder)) fail(`no permission to write in ${folder}`);

    const temp = path.join(folder, `.${path.basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        writeFileSync(temp, content, { flag: 'wx' }); // never through a file or link someone put there
        if (existing) chmodSync(temp, existing.mode & 0o7777);
        renameSync(temp, destination);
    } catch (error) {
        try {
            rmSync(temp, { force: true });
        } catch {
            // nothing was created, or it can't be removed either: the error below says why
        }
        fail(reason(error));
    }
}

function checkFolder(folder: string, fail: (why: string) => never): void {
    let stat: Stats;
    try {
        stat = statSync(folder);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') fail(`the folder ${folder} does not exist`);
        if (code === 'ENOTDIR') fail(`${folder} is not a folder`);
        fail(reason(error));
    }
    if (!stat!.isDirectory()) fail(`${folder} is not a folder`);
}

function isWritable(file: string): boolean {
    try {
        accessSync(file, constants.W_OK);
        return true;
    } catch {
        return false;
    }
}

function isSymbolicLink(file: string): boolean {
    try {
        return lstatSync(file).isSymbolicLink();
    } catch {
        return false;
    }
}
