import type { LangiumDocument, Lexer } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Position, Range, RenameParams, WorkspaceEdit } from 'vscode-languageserver';
import type { ArgmapServices } from '../argmap-module.js';
import { leafAt } from './graph-lookup.js';

/**
 * Langium's rename, made safe for this language: the new name must be a name (not a keyword, no
 * spaces), and on a `#tag` only the part after `#` is the name. Rename reaches every file that
 * links to the declaration, imports included, because references are recorded per link.
 */
export class ArgmapRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;

    constructor(services: ArgmapServices) {
        super(services);
        this.lexer = services.parser.Lexer;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const newName = params.newName.replace(/^#/, '');
        if (!this.isName(newName)) {
            throw new Error(`"${params.newName}" can't be a name: use letters, digits, _ and -, start with a letter or _, and avoid keywords.`);
        }
        return super.rename(document, { ...params, newName });
    }

    protected override renameNodeRange(document: LangiumDocument, position: Position): Range | undefined {
        const range = super.renameNodeRange(document, position);
        const leaf = leafAt(document, position);
        if (range && leaf?.text.startsWith('#')) {
            return { start: { line: range.start.line, character: range.start.character + 1 }, end: range.end };
        }
        return range;
    }

    private isName(text: string): boolean {
        const { tokens, errors } = this.lexer.tokenize(text);
        return errors.length === 0 && tokens.length === 1 && tokens[0].tokenType.name === 'ID' && tokens[0].image === text;
    }
}
