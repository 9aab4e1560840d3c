import { createHash } from 'node:crypto';
import type { ArgumentGraph } from '../../language-server/src/model/argument-graph.js';

/** Does the map support something through itself (premise -> argument -> conclusion -> ...)? */
export function arguesInACircle(graph: ArgumentGraph): boolean {
    const next = new Map<string, string[]>();
    for (const a of graph.arguments) {
        if (a.conclusion === null) continue;
        for (const p of a.premises) next.set(p, [...(next.get(p) ?? []), a.conclusion]);
    }
    const state = new Map<string, 'open' | 'done'>();
    for (const start of next.keys()) {
        if (state.has(start)) continue;
        const stack: Array<{ id: string; i: number }> = [{ id: start, i: 0 }];
        state.set(start, 'open');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const following = next.get(top.id) ?? [];
            if (top.i >= following.length) { state.set(top.id, 'done'); stack.pop(); continue; }
            const n = following[top.i++];
            if (state.get(n) === 'open') return true;
            if (!state.has(n)) { state.set(n, 'open'); stack.push({ id: n, i: 0 }); }
        }
    }
    return false;
}

/** The git blob id of a file's bytes, as the corpora's NOTICE tables record them (byte-identical copies). */
export function gitBlobId(bytes: Uint8Array): string {
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
