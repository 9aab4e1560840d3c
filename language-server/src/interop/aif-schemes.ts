import { schemeNames } from '../model/schemes.js';

/**
 * Scheme names between AIF and the catalogue (model/schemes.ts). AIF tools spell them their own
 * way (Araucaria "ExpertOpinion", AIFdb "Expert Opinion"); DESIGN.md matches them ignoring case,
 * spaces and hyphens. The rest of AIFdb's many schemes have no counterpart here.
 */

const key = (name: string) => name.toLowerCase().replace(/[\s-]+/g, '');
const catalogueByKey = new Map(schemeNames.map(name => [key(name), name]));

/** What an S-node says when it names no scheme at all. */
const defaultNames = new Set(['ra', 'ca', 'ma', 'pa', 'defaultinference', 'defaultconflict', 'defaultrephrase', 'defaultpreference']);

export type AifScheme =
    | { kind: 'none' }
    | { kind: 'catalogue'; name: string }
    | { kind: 'unknown'; name: string };

/** The scheme an S-node names in its `scheme` field, else in its text (older exports write "RA"). */
export function schemeOfAifNode(node: { scheme: string | null; text: string | null }): AifScheme {
    const name = (node.scheme ?? node.text ?? '').trim();
    if (name === '' || defaultNames.has(key(name))) return { kind: 'none' };
    const known = catalogueByKey.get(key(name));
    return known ? { kind: 'catalogue', name: known } : { kind: 'unknown', name };
}

/** A catalogue name as AIFdb writes schemes: `expert-opinion` -> `Expert Opinion`. */
export function aifSchemeName(name: string): string {
    return name.split('-').map(word => word.charAt(0).toUpperCase() + word.substring(1)).join(' ');
}
