import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { reason } from './files.js';
import { UsageError } from './usage-error.js';

/** Writes atomically (a temp file beside the target, then a rename), so a failure never leaves half a file. */
export function writeAtomic(target: string, content: string | Uint8Array): void {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        writeFileSync(temp, content);
        renameSync(temp, target);
    } catch (error) {
        rmSync(temp, { force: true });
        throw new UsageError(`cannot write ${target}: ${reason(error)}`);
    }
}
