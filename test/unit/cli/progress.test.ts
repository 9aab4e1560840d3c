import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../../language-server/src/cli/progress.js';

function stream(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('Progress', () => {
    beforeEach(() => { vi.useFakeTimers(); });
    afterEach(() => { vi.useRealTimers(); });

    it('shows a count at most once a second on a terminal, and erases it at the end', () => {
        const tty = stream(true);
        const progress = new Progress(300, tty);
        progress.update(25);
        expect(tty.written).toEqual([]); // a run shorter than a second prints nothing
        vi.advanceTimersByTime(1000);
        progress.update(50);
        vi.advanceTimersByTime(400);
        progress.update(75);
        vi.advanceTimersByTime(600);
        progress.update(100);
        progress.finish();
        expect(tty.written).toEqual(['\rgrading 50 of 300 files', '\rgrading 100 of 300 files', '\r\x1b[K']);
    });

    it('writes nothing when stderr is not a terminal', () => {
        const log = stream(false);
        const progress = new Progress(300, log);
        vi.advanceTimersByTime(5000);
        progress.update(300);
        progress.finish();
        expect(log.written).toEqual([]);
    });
});
