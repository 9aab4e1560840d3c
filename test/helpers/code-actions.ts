import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { CheckCode } from '../../language-server/src/language/validation/codes.js';
import { buildWorkspace } from './workspace.js';

/** One quick fix, applied alone to the file it was offered in. */
export interface AppliedFix {
    title: string;
    preferred: boolean;
    /** The file's text after the fix. */
    after: string;
    /** `code@line:column` of each diagnostic of the fixed file, rebuilt with the same other files. */
    codesAfter: string[];
    /** How many `syntax` diagnostics the fixed file has. */
    syntaxErrorsAfter: number;
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const text = document.textDocument.getText();
    const offsets = edits.map(e => ({ start: document.textDocument.offsetAt(e.range.start), end: document.textDocument.offsetAt(e.range.end), text: e.newText }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    let limit = Infinity;
    for (const edit of offsets) {
        if (edit.end > limit) throw new Error('overlapping edits');
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
        limit = edit.start;
    }
    return result;
}

type Workspace = Awaited<ReturnType<typeof buildWorkspace>>;

/**
 * The quick fixes the server offers for diagnostics of `code` in `file` (default: the only file, or
 * `main.argmap`), each applied alone and the result checked again. `which` picks the diagnostic by
 * document order when there are several. The one helper code-action tests call.
 */
export async function quickFixes(files: string | Record<string, string>, code: CheckCode, options: { file?: string; which?: number } = {}) {
    const all = typeof files === 'string' ? { 'main.argmap': files } : files;
    const file = options.file ?? (Object.keys(all).length === 1 ? Object.keys(all)[0] : 'main.argmap');
    const workspace = await buildWorkspace(all);
    const diagnostics = workspace.diagnostics(file).filter(d => d.code === code);
    const diagnostic = diagnostics[options.which ?? 0];
    if (!diagnostic) throw new Error(`no ${code} in ${file}; got ${workspace.codes(file).join(', ')}`);
    const fixes = await applyFixes(workspace, all, file, diagnostic);
    const fix = (title: string) => {
        const found = fixes.find(f => f.title === title);
        if (!found) throw new Error(`no fix "${title}"; offered: ${fixes.map(f => `"${f.title}"`).join(', ') || 'none'}`);
        return found;
    };
    return { diagnostic, titles: fixes.map(f => f.title), fixes, fix };
}

/** Every diagnostic of `file` with the fixes offered for it, each applied alone. */
export async function everyQuickFix(files: Record<string, string>, file: string) {
    const workspace = await buildWorkspace(files);
    const result: Array<{ diagnostic: Diagnostic; fixes: AppliedFix[] }> = [];
    for (const diagnostic of workspace.diagnostics(file)) {
        result.push({ diagnostic, fixes: await applyFixes(workspace, files, file, diagnostic) });
    }
    return { syntaxErrorsBefore: workspace.diagnostics(file).filter(d => d.code === 'syntax').length, diagnostics: result };
}

async function applyFixes(workspace: Workspace, files: Record<string, string>, name: string, diagnostic: Diagnostic): Promise<AppliedFix[]> {
    const document = workspace.document(name);
    const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) ?? [];
    const applied: AppliedFix[] = [];
    for (const action of actions as CodeAction[]) {
        const edits = Object.values(action.edit?.changes ?? {}).flat();
        const after = applyEdits(document, edits);
        const rebuilt = await buildWorkspace({ ...files, [name]: after });
        applied.push({
            title: action.title,
            preferred: action.isPreferred === true,
            after,
            codesAfter: rebuilt.codes(name),
            syntaxErrorsAfter: rebuilt.diagnostics(name).filter(x => x.code === 'syntax').length,
        });
    }
    return applied;
}
