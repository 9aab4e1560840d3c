import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Strings: each run of raw whitespace becomes one space, the ends are trimmed, then `\"`, `\\` and
 * `\n` apply (DESIGN.md, "Strings"). Any other escape is kept as written; the validator reports it.
 * Tags: `#realist` refers to the framing `realist`.
 */
export class ArgmapValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') return convertString(input);
        if (rule.name === 'TAG') return input.substring(1);
        return super.runConverter(rule, input, cstNode);
    }
}

export function convertString(literal: string): string {
    const body = literal.substring(1, literal.endsWith('"') && literal.length > 1 ? literal.length - 1 : literal.length);
    const normalised = body.replace(/\s+/g, ' ').trim();
    return normalised.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Offsets (within the literal) of backslashes that start an escape the language doesn't have. */
export function invalidEscapes(literal: string): number[] {
    const offsets: number[] = [];
    for (let i = 1; i < literal.length - 1; i++) {
        if (literal[i] !== '\\') continue;
        if (!'"\\n'.includes(literal[i + 1])) offsets.push(i);
        i++;
    }
    return offsets;
}
