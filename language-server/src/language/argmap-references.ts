import {
    createGrammarConfig, DefaultReferenceDescriptionProvider,
    type DocumentSegment, type GrammarConfig, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type ReferenceInfo,
} from 'langium';
import type { Document } from '../generated/ast.js';
import { forEachBlockNode, forEachReference } from '../model/ast-walk.js';

/**
 * Which characters belong to a name under the cursor. Langium's lookups step back one character
 * when the cursor is on anything else, which misses a `#tag` clicked on its `#`.
 */
export function createArgmapGrammarConfig(services: LangiumCoreServices): GrammarConfig {
    return { ...createGrammarConfig(services), nameRegexp: /^[\w\p{L}#-]$/u };
}

/**
 * A framing is referenced as `#realist`, one TAG token, but only `realist` is its name. Recording
 * the name alone as the reference's segment lets find references, highlights and rename (which
 * replaces each segment with the new name) work on tags as on every other name.
 */
export class ArgmapReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    /** Every resolved reference of a document, at once (the index asks when find-references needs them: ArgmapIndexManager). */
    describeReferences(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        forEachBlockNode((document as LangiumDocument<Document>).parseResult.value, node => forEachReference(node, info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        }));
        return descriptions;
    }

    protected override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const descriptions = super.createInfoDescriptions(refInfo);
        if (!refInfo.reference.$refNode?.text.startsWith('#')) return descriptions;
        return descriptions.map(description => ({ ...description, segment: withoutHash(description.segment) }));
    }
}

function withoutHash(segment: DocumentSegment): DocumentSegment {
    const { start, end } = segment.range;
    return {
        offset: segment.offset + 1,
        end: segment.end,
        length: segment.length - 1,
        range: { start: { line: start.line, character: start.character + 1 }, end },
    };
}
