import { IArgument, IEquivalenceClass, TokenNames, type IArgdownResponse, type IStatement } from '@argdown/core';
import { mapHeader } from './argdown-annotations.js';
import { frontMatterOf } from './argdown-parse.js';
import { plainText } from './argmap-text.js';
import { count, listOf } from './note-text.js';

/**
 * What Argdown's model holds that an `.argmap` file can't, for the import's one note: the parts
 * that say what was left out (DESIGN.md, "Interchange": what can't be carried over is reported).
 * Comments are not among them: Argdown's lexer drops them, so its model never holds them.
 */
export function lostInArgdown(response: IArgdownResponse): string[] {
    const tokens = new Map<string, number>();
    for (const token of response.tokens ?? []) tokens.set(token.tokenType.name, (tokens.get(token.tokenType.name) ?? 0) + 1);
    const tokenCount = (...names: TokenNames[]) => names.reduce((sum, name) => sum + (tokens.get(name) ?? 0), 0);

    const parts: string[] = [];
    const wordings = otherWordings(Object.values(response.statements ?? {}), IEquivalenceClass.getCanonicalMember)
        + otherWordings(Object.values(response.arguments ?? {}), IArgument.getCanonicalMember);
    if (wordings > 0) parts.push(`${count(wordings, 'other wording')} of a statement or argument (Argdown holds them as equivalent; the map keeps the one Argdown shows)`);
    const links = tokenCount(TokenNames.LINK);
    if (links > 0) parts.push(`${count(links, 'link URL')} (the link text is kept)`);
    const emphasis = tokenCount(TokenNames.ASTERISK_BOLD_START, TokenNames.UNDERSCORE_BOLD_START, TokenNames.ASTERISK_ITALIC_START, TokenNames.UNDERSCORE_ITALIC_START);
    if (emphasis > 0) parts.push(`${count(emphasis, 'bold or italic span')} (the text is kept)`);
    const data = tokenCount(TokenNames.DATA);
    if (data > 0) parts.push(`${count(data, 'data block')} {...}`);
    const header = mapHeader(response);
    const carried = (key: string) => (key === 'title' && header.title !== null) || (key === 'author' && header.author !== null);
    const settings = Object.keys(frontMatterOf(response)).filter(key => !carried(key));
    if (settings.length > 0) parts.push(`the front matter's ${listOf(settings)}`);
    return parts;
}

/** Members with a text of their own that the map doesn't show: all but the canonical one (Argdown's choice of text). */
function otherWordings<T extends { members: IStatement[] }>(elements: T[], canonicalOf: (element: T) => IStatement | undefined): number {
    let others = 0;
    for (const element of elements) {
        const shown = plainText(canonicalOf(element)?.text ?? '');
        const texts = new Set(element.members.filter(m => !m.isReference).map(m => plainText(m.text ?? '')).filter(t => t !== '' && t !== shown));
        others += texts.size;
    }
    return others;
}
