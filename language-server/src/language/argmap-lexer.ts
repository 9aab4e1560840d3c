import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError, IToken } from 'chevrotain';

/** DESIGN.md, "Nesting": at most 64 blocks may enclose an element. */
export const MAX_NESTING = 64;
export const NESTING_MESSAGE = `Nesting deeper than ${MAX_NESTING} levels: move this part out of its block and link it by name.`;

/**
 * The parser recurses once per block, so a file with 10,000 nested blocks would overflow the stack.
 * The lexer drops everything inside a block at depth 65 (keeping its braces) and reports the first
 * dropped token, so the parser never sees more than 64 levels.
 */
export class ArgmapLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (!result.tokens.some(t => t.image === '{')) return result;
        const kept: IToken[] = [];
        const errors: ILexingError[] = [...result.errors];
        let depth = 0;
        let droppingUntil = -1; // depth at which the dropped block closes again
        const tokens = result.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (droppingUntil >= 0) {
                if (token.image === '{') depth++;
                else if (token.image === '}') depth--;
                if (depth < droppingUntil) {
                    droppingUntil = -1;
                    kept.push(token);
                }
                continue;
            }
            kept.push(token);
            if (token.image === '{') {
                depth++;
                if (depth > MAX_NESTING) {
                    droppingUntil = depth;
                    const next = tokens[i + 1];
                    if (next && next.image !== '}') {
                        errors.push({
                            offset: next.startOffset, length: next.image.length,
                            line: next.startLine, column: next.startColumn, message: NESTING_MESSAGE,
                        });
                    }
                }
            } else if (token.image === '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return { ...result, tokens: kept, errors };
    }
}
