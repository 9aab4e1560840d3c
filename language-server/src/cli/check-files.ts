import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { URI } from 'langium';
import type { ArgmapConfig } from '../language/argmap-settings.js';
import type { InputFile } from './files.js';
import { loadArgmap, type FileDiagnostic } from './load.js';

/**
 * `argmap check` on several threads, with the output of one `loadArgmap` of every file, byte for
 * byte. A file's diagnostics depend only on the file and what it imports (scope is the file plus its
 * imports), so the files are split into groups that share no import (a file and every input file it
 * imports, directly or through other files, stay in one group), the groups are spread over up to
 * `--jobs` threads by size (default: `defaultThreads`), and each thread loads its share with one
 * `loadArgmap`: this thread one share, worker threads started from the CLI's own bundle the others
 * (cli.ts tells a worker by `isCheckWorker`). The diagnostics come back in the order of the files.
 *
 * Imports are found before parsing by a scan of the text (`import "path"`). The scan only decides
 * the split: each share then checks that none of its files imports an input checked on another
 * thread, as the parser saw it, and if one does (an import the scan missed), or anything goes wrong
 * on a thread, every file is checked again at once, on this thread. So a wrong split costs time,
 * never a different output.
 *
 * (Loading a share in batches of fresh services, as `grade` does, would hold less memory, but took
 * longer: 1,000 student maps in batches of 25 to 100 took 10 to 25% more time than in one.)
 */

/** Without `--jobs`, a folder gets a second thread only from this many files per thread on. */
export const FILES_PER_THREAD = 50;

/**
 * Threads without `--jobs`: one per two CPUs, and one per FILES_PER_THREAD files. A thread that
 * checks keeps more than one core busy, since V8 collects its garbage on other threads beside it
 * (`check` of 1,000 student maps on one thread used 1.4 cores' worth of CPU time). On 2 CPUs a
 * second thread gained nothing (each ran 30% slower, and it starts half a second late, loading the
 * bundle), so there the default is one thread; `--jobs 2` still asks for two.
 */
export function defaultThreads(files: number): number {
    return Math.max(1, Math.min(Math.floor(availableParallelism() / 2), Math.floor(files / FILES_PER_THREAD)));
}

export interface CheckThreads {
    /** `--jobs`: at most this many threads (and at most two per CPU: more only cost memory). Unset: `defaultThreads`. */
    jobs?: number;
    /** The bundle that a worker runs (out/cli.cjs). Without it, every file is checked on this thread. */
    workerScript?: string;
}

/** Each file's diagnostics, in the order of `files`, the same as `loadArgmap(files, config)` gives. */
export async function checkFiles(files: readonly InputFile[], config: ArgmapConfig | undefined, threads: CheckThreads = {}): Promise<FileDiagnostic[][]> {
    const jobs = threads.jobs === undefined ? undefined : Math.min(threads.jobs, 2 * availableParallelism());
    const shares = threads.workerScript !== undefined ? splitForThreads(files, jobs) : undefined;
    const perFile = shares && await checkShares(files, shares, config, threads.workerScript!);
    return perFile ?? (await loadArgmap(files, config)).map(f => f.diagnostics);
}

/**
 * The input files' indices per thread (each share in file order), or undefined for one thread:
 * `jobs` is 1, the files form one group, or (without `jobs`) there are fewer than two threads'
 * worth of files.
 */
export function splitForThreads(files: readonly InputFile[], jobs?: number): number[][] | undefined {
    const limit = jobs ?? defaultThreads(files.length);
    if (limit < 2 || files.length < 2) return undefined;
    const groups = importGroups(files);
    if (groups.length < 2) return undefined;
    // Largest group first onto the thread with the fewest bytes so far (ties: the lower index).
    const shares = Array.from({ length: Math.min(limit, groups.length) }, () => ({ bytes: 0, files: [] as number[] }));
    const bySize = [...groups].sort((a, b) => b.bytes - a.bytes || a.files[0] - b.files[0]);
    for (const group of bySize) {
        const lightest = shares.reduce((best, share) => (share.bytes < best.bytes ? share : best));
        lightest.bytes += group.bytes;
        lightest.files.push(...group.files);
    }
    return shares.map(share => share.files.sort((a, b) => a - b));
}

interface Group {
    /** Indices into the input files, ascending. */
    files: number[];
    bytes: number;
}

/** `import "path"`, wherever it stands (a match in a comment only joins two groups needlessly). */
const importPattern = /\bimport\s+"((?:[^"\\\r\n]|\\.)*)"/g;

/**
 * The input files (indices) in groups joined by imports, in either direction and through files that
 * are not inputs, with their sizes in bytes.
 */
function importGroups(files: readonly InputFile[]): Group[] {
    const parent = new Map<string, string>();
    const root = (file: string): string => {
        let r = file;
        while (parent.get(r) !== r) r = parent.get(r)!;
        for (let f = file; f !== r;) {
            const next = parent.get(f)!;
            parent.set(f, r);
            f = next;
        }
        return r;
    };
    const bytes = new Map<string, number>();
    const pending = files.map(f => f.absolute);
    for (const file of pending) parent.set(file, file);
    while (pending.length > 0) {
        const file = pending.pop()!;
        let text: string;
        try {
            text = readFileSync(file, 'latin1'); // bytes as characters: enough to find `import "..."`
        } catch {
            continue; // unreadable: loading it will say so
        }
        bytes.set(file, text.length);
        if (!text.includes('import')) continue;
        for (const match of text.matchAll(importPattern)) {
            const imported = path.resolve(path.dirname(file), match[1].replace(/\\(.)/g, '$1'));
            if (!parent.has(imported)) {
                parent.set(imported, imported);
                pending.push(imported); // not an input: what it imports joins too
            }
            parent.set(root(imported), root(file));
        }
    }
    const groups = new Map<string, Group>();
    files.forEach((file, i) => {
        const key = root(file.absolute);
        const group = groups.get(key) ?? groups.set(key, { files: [], bytes: 0 }).get(key)!;
        group.files.push(i);
        group.bytes += bytes.get(file.absolute) ?? 0;
    });
    return [...groups.values()];
}

/** What a thread checks: its share of the files (indices into all of them, which name the rest). */
interface Share {
    files: readonly InputFile[];
    indices: readonly number[];
    config?: ArgmapConfig;
}

/** A share's diagnostics per file, or why every file must be checked at once. */
type ShareResult = { diagnostics: FileDiagnostic[][] } | { retry: string };

/** Share 0 on this thread, the others in workers; undefined when a share asks for one check of every file. */
async function checkShares(files: readonly InputFile[], shares: number[][], config: ArgmapConfig | undefined, workerScript: string): Promise<FileDiagnostic[][] | undefined> {
    const results = await Promise.all(shares.map((indices, i) => {
        const share: Share = { files, indices, config };
        return i === 0 ? checkShare(share) : checkShareInWorker(workerScript, share);
    }));
    const perFile: FileDiagnostic[][] = new Array(files.length);
    for (const [i, result] of results.entries()) {
        if ('retry' in result) return undefined;
        shares[i].forEach((file, k) => { perFile[file] = result.diagnostics[k]; });
    }
    return perFile;
}

async function checkShare(share: Share): Promise<ShareResult> {
    try {
        const own = share.indices.map(i => share.files[i]);
        // Every input is named as in one check of every file, also where it is loaded only as an import.
        const loaded = await loadArgmap(own, share.config, share.files);
        const inputs = new Set(share.files.map(f => URI.file(f.absolute).toString()));
        const mine = new Set(own.map(f => URI.file(f.absolute).toString()));
        for (const file of loaded) {
            const elsewhere = file.importClosure().find(uri => inputs.has(uri) && !mine.has(uri));
            if (elsewhere) return { retry: `${file.file.display} imports ${elsewhere}, checked on another thread` };
        }
        return { diagnostics: loaded.map(f => f.diagnostics) };
    } catch (error) {
        // An unreadable file, say: one check of every file reports it as it always has.
        return { retry: error instanceof Error ? error.message : String(error) };
    }
}

function checkShareInWorker(workerScript: string, share: Share): Promise<ShareResult> {
    return new Promise(resolve => {
        let worker: Worker;
        try {
            // stdout and stderr stay in the worker: nothing it might print can reach the output.
            worker = new Worker(workerScript, { workerData: { argmapCheckShare: share } satisfies CheckWorkerData, stdout: true, stderr: true });
        } catch (error) {
            resolve({ retry: `cannot start a worker: ${error instanceof Error ? error.message : String(error)}` });
            return;
        }
        let done = false;
        const finish = (result: ShareResult) => {
            if (done) return;
            done = true;
            resolve(result);
            void worker.terminate();
        };
        worker.on('message', (result: ShareResult) => finish(result));
        worker.on('error', error => finish({ retry: `a worker failed: ${error.message}` }));
        worker.on('exit', code => finish({ retry: `a worker exited (${code}) without an answer` }));
    });
}

interface CheckWorkerData {
    argmapCheckShare: Share;
}

/** True in a worker started by `checkFiles` (cli.ts then runs `runCheckWorker` instead of the command line). */
export function isCheckWorker(data: unknown): data is CheckWorkerData {
    return typeof data === 'object' && data !== null && 'argmapCheckShare' in data;
}

/** A worker's whole life: check its share and post the result. */
export async function runCheckWorker(data: CheckWorkerData): Promise<void> {
    parentPort!.postMessage(await checkShare(data.argmapCheckShare));
}
