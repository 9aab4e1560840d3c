/** Where progress goes: stderr, which is a terminal or not. */
export interface ProgressStream {
    isTTY?: boolean;
    write(text: string): unknown;
}

/**
 * "grading 120 of 300 files" on stderr while a long run works: only on a terminal (never into a
 * log or a pipe), at most once a second (so a quick run prints nothing), and erased at the end, so
 * what stdout prints is never mixed with it.
 */
export class Progress {
    private lastShown = Date.now();
    private showing = false;

    constructor(private readonly total: number, private readonly stream: ProgressStream, private readonly what = 'grading') { }

    update(done: number): void {
        if (!this.stream.isTTY) return;
        const now = Date.now();
        if (now - this.lastShown < 1000) return;
        this.lastShown = now;
        this.showing = true;
        this.stream.write(`\r${this.what} ${done} of ${this.total} files`);
    }

    finish(): void {
        if (this.showing) this.stream.write('\r\x1b[K');
        this.showing = false;
    }
}
