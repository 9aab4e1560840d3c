import type { URI } from 'langium';
import type { Position } from 'vscode-languageserver-types';

/** Where each file read from disk first stops being valid UTF-8 (absent: it is valid). Shared by all documents. */
export class DecodingProblems {
    private readonly invalid = new Map<string, Position>();

    set(uri: URI, invalidAt: Position | undefined): void {
        if (invalidAt) this.invalid.set(uri.toString(), invalidAt);
        else this.invalid.delete(uri.toString());
    }

    get(uri: URI): Position | undefined {
        return this.invalid.get(uri.toString());
    }
}
