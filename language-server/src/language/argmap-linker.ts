import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument, type ReferenceInfo } from 'langium';
import type { Document } from '../generated/ast.js';
import { forEachBlockNode, forEachReference } from '../model/ast-walk.js';

/**
 * Langium's linker over Argmap's references only: they are all written on statements, arguments and
 * premise references (relation targets, premises, `#tags`, `cite`s), which a hand-written walk
 * finds without visiting every node of the tree through reflection (model/ast-walk.ts).
 */
export class ArgmapLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const references: ReferenceInfo[] = [];
        forEachBlockNode((document as LangiumDocument<Document>).parseResult.value, node => forEachReference(node, info => references.push(info)));
        for (let i = 0; i < references.length; i++) {
            // A cancelled build (the next keystroke) stops here; checking the clock on every reference costs more than linking one.
            if (i % 256 === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[i], document);
        }
    }
}
