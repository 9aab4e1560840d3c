import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** Chevrotain's messages name token types ("STRING", "ID"); these say what a student would type. */
const terminalDescriptions: Record<string, string> = {
    STRING: 'a quoted text ("...")',
    ID: 'a name',
    TAG: 'a framing tag (#name)',
    INT: 'a number',
};

export function describeToken(type: TokenType): string {
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return terminalDescriptions[name] ?? `\`${name}\``;
}

export function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    if (token.tokenType?.name === 'STRING') return 'a quoted text';
    return `\`${token.image.length > 30 ? token.image.substring(0, 29) + '…' : token.image}\``;
}

/** A nudge for the two slips that produce most confusing messages: a keyword or a digit where a name was meant. */
function hint(token: IToken | undefined): string {
    const type = token?.tokenType?.name;
    if (!token || !type) return '';
    if (type === 'INT') return ' (Names start with a letter or `_`.)';
    if (type !== 'ID' && /^[a-z]+$/.test(token.image)) return ` (\`${token.image}\` is a keyword, so it can't be used as a name.)`;
    return '';
}

function list(descriptions: string[]): string {
    const unique = [...new Set(descriptions)];
    if (unique.length <= 1) return unique[0] ?? 'something else';
    return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

export class ArgmapParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (expected.name === 'EOF') return this.buildNotAllInputParsedMessage({ firstRedundant: actual, ruleName: '' });
        return `Expected ${describeToken(expected)} here, but found ${describeActual(actual)}.${expected.name === 'ID' ? hint(actual) : ''}`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        if (firstRedundant.image === 'map') return '`map "title"` may appear only once, as the first line of the file (comments may come before it).';
        return `Unexpected ${describeActual(firstRedundant)}: expected a declaration here (thesis, claim, evidence, objection, rebuttal, argument, source, framing or import).`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const tokens = expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])).filter(Boolean);
        const expectsName = tokens.some(token => token.name === 'ID');
        return `Expected ${list(tokens.map(describeToken))} here, but found ${describeActual(actual[0])}.${expectsName ? hint(actual[0]) : ''}`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = expectedIterationPaths.map(path => path[0]).filter(Boolean).map(describeToken);
        return `Expected ${list(firsts)} here, but found ${describeActual(actual[0])}.`;
    }
}
