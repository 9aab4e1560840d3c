import { SemanticTokensDecoder } from 'langium/lsp';
import type {
    CompletionItem, DocumentSymbol, FoldingRange, Location, LocationLink, Range, TextDocumentPositionParams, TextEdit, WorkspaceEdit,
    WorkspaceSymbol,
} from 'vscode-languageserver';
import { TextDocument } from 'langium';
import { buildWorkspace, type TestWorkspace } from './workspace.js';

const CURSOR = '<|>';

export interface DecodedToken {
    text: string;
    type: string;
    modifiers: string[];
}

/**
 * The LSP features of a workspace of in-memory files, called as the language server calls them.
 * `<|>` marks cursor positions (removed before building); `at(file, n)` is the n-th one. Locations
 * come back as `file:line:column` (1-based) followed by the text they cover, so tests read like what
 * the editor shows. The editor-feature tests (test/unit/lsp) call providers only through it.
 */
export async function lspWorkspace(files: Record<string, string>) {
    const cursors = new Map<string, number[]>();
    const texts: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) {
        const offsets: number[] = [];
        let clean = text;
        for (let i = clean.indexOf(CURSOR); i >= 0; i = clean.indexOf(CURSOR, i)) {
            offsets.push(i);
            clean = clean.substring(0, i) + clean.substring(i + CURSOR.length);
        }
        cursors.set(name, offsets);
        texts[name] = clean;
    }
    const workspace: TestWorkspace = await buildWorkspace(texts);
    const lsp = workspace.services.lsp;
    const textDocument = (name: string) => ({ uri: workspace.document(name).uri.toString() });
    const nameOf = (uri: string) => uri.replace(/^file:\/\/\/w\//, '');

    const at = (name: string, n = 0): TextDocumentPositionParams => {
        const offset = cursors.get(name)?.[n];
        if (offset === undefined) throw new Error(`no cursor ${n} in ${name}`);
        return { textDocument: textDocument(name), position: workspace.document(name).textDocument.positionAt(offset) };
    };
    /** `lib.argmap:2:8 realist`: where a range is and what it covers. */
    const show = (uri: string, range: Range) => {
        const name = nameOf(uri);
        const covered = workspace.document(name).textDocument.getText(range);
        return `${name}:${range.start.line + 1}:${range.start.character + 1} ${covered}`;
    };
    const apply = (name: string, edits: TextEdit[]) => TextDocument.applyEdits(workspace.document(name).textDocument, edits);

    return {
        ...workspace,
        at,
        show,
        async hover(name: string, n = 0): Promise<string | undefined> {
            const hover = await lsp.HoverProvider!.getHoverContent(workspace.document(name), at(name, n));
            return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
        },
        async completion(name: string, n = 0): Promise<CompletionItem[]> {
            const list = await lsp.CompletionProvider!.getCompletion(workspace.document(name), at(name, n));
            return list?.items ?? [];
        },
        /** What applying a completion item gives: the file's text with the item's edit applied. */
        accept(name: string, item: CompletionItem): string {
            const edit = item.textEdit;
            if (!edit || !('range' in edit)) throw new Error(`${item.label} has no plain text edit`);
            return apply(name, [edit]);
        },
        async definition(name: string, n = 0): Promise<string[]> {
            const links = (await lsp.DefinitionProvider!.getDefinition(workspace.document(name), at(name, n))) ?? [];
            return links.map((link: LocationLink) => show(link.targetUri, link.targetSelectionRange));
        },
        async references(name: string, n = 0, includeDeclaration = true): Promise<string[]> {
            const locations = await lsp.ReferencesProvider!.findReferences(workspace.document(name), { ...at(name, n), context: { includeDeclaration } });
            return locations.map((l: Location) => show(l.uri, l.range));
        },
        async highlights(name: string, n = 0): Promise<string[]> {
            const highlights = (await lsp.DocumentHighlightProvider!.getDocumentHighlight(workspace.document(name), at(name, n))) ?? [];
            return highlights.map(h => show(textDocument(name).uri, h.range));
        },
        async prepareRename(name: string, n = 0): Promise<string | undefined> {
            const range = await lsp.RenameProvider!.prepareRename(workspace.document(name), at(name, n));
            return range && 'start' in range ? show(textDocument(name).uri, range) : undefined;
        },
        /** Each file's text after the rename, for the files it changes. */
        async rename(name: string, n: number, newName: string): Promise<Record<string, string>> {
            const edit: WorkspaceEdit | undefined = await lsp.RenameProvider!.rename(workspace.document(name), { ...at(name, n), newName });
            return Object.fromEntries(Object.entries(edit?.changes ?? {}).map(([uri, edits]) => [nameOf(uri), apply(nameOf(uri), edits)]));
        },
        async links(name: string): Promise<string[]> {
            const links = await lsp.DocumentLinkProvider!.getDocumentLinks(workspace.document(name), { textDocument: textDocument(name) });
            return links.map(l => `${show(textDocument(name).uri, l.range)} -> ${l.target}`);
        },
        async symbols(name: string): Promise<DocumentSymbol[]> {
            return (await lsp.DocumentSymbolProvider!.getSymbols(workspace.document(name), { textDocument: textDocument(name) })) as DocumentSymbol[];
        },
        async workspaceSymbols(query: string): Promise<WorkspaceSymbol[]> {
            return workspace.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
        },
        async folding(name: string): Promise<FoldingRange[]> {
            return lsp.FoldingRangeProvider!.getFoldingRanges(workspace.document(name), { textDocument: textDocument(name) });
        },
        /** `line: title` (1-based) for each code lens. */
        async codeLenses(name: string): Promise<string[]> {
            const lenses = (await lsp.CodeLensProvider!.provideCodeLens(workspace.document(name), { textDocument: textDocument(name) })) ?? [];
            return lenses.map(l => `${l.range.start.line + 1}: ${l.command?.title}`);
        },
        async semanticTokens(name: string): Promise<DecodedToken[]> {
            const provider = lsp.SemanticTokenProvider!;
            const tokens = await provider.semanticHighlight(workspace.document(name), { textDocument: textDocument(name) });
            const modifierNames = Object.entries(provider.tokenModifiers);
            return SemanticTokensDecoder.decode(tokens, provider.tokenTypes, workspace.document(name)).map(t => ({
                text: t.text,
                type: t.tokenType,
                modifiers: modifierNames.filter(([, bit]) => (t.tokenModifiers & bit) !== 0).map(([modifier]) => modifier),
            }));
        },
        /** The file's text after formatting (the whole file, or a range of lines, 1-based, inclusive). */
        async format(name: string, lines?: [number, number]): Promise<string> {
            // Not the canonical two spaces: the layout must not depend on the editor's tab size.
            const options = { tabSize: 4, insertSpaces: true };
            const document = workspace.document(name);
            const edits = lines
                ? await lsp.Formatter!.formatDocumentRange(document, {
                    textDocument: textDocument(name), options,
                    range: { start: { line: lines[0] - 1, character: 0 }, end: { line: lines[1], character: 0 } },
                })
                : await lsp.Formatter!.formatDocument(document, { textDocument: textDocument(name), options });
            return apply(name, edits);
        },
    };
}

export type LspWorkspace = Awaited<ReturnType<typeof lspWorkspace>>;
