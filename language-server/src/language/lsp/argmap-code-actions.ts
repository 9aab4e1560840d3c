import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind, type CodeAction, type Command, type Range } from 'vscode-languageserver-types';
import type { Document } from '../../generated/ast.js';
import type { ArgmapServices } from '../argmap-module.js';
import type { NameResolver } from '../argmap-scope.js';
import { isCheckCode, type CheckCode } from '../validation/codes.js';
import type { DiagnosticData } from '../validation/report.js';
import { EditText } from './code-actions/edit-text.js';
import type { QuickFix } from './code-actions/fix-context.js';
import { fixDuplicateName, fixUnknownCode, fixUnresolvedReference } from './code-actions/names.js';
import { fixCriticalQuestions, fixUnknownScheme } from './code-actions/schemes.js';
import { fixAddCitation, fixRemoveDeclaration } from './code-actions/sources.js';
import {
    fixEmptyArgument, fixMultipleTheses, fixNoThesis, fixOneSided, fixRebuttalTarget, fixUnansweredObjection, fixUnsupportedThesis,
} from './code-actions/structure.js';

/**
 * The quick fixes of each check code (STYLE.md: fixes are looked up by code). Codes without an
 * entry have no fix that would not guess at the author's argument (`missing-target`: what should it
 * answer?; `circular-support`: which link is wrong?).
 */
export const quickFixes: Partial<Record<CheckCode, QuickFix>> = {
    'unresolved-reference': fixUnresolvedReference,
    'duplicate-name': fixDuplicateName,
    'empty-argument': fixEmptyArgument,
    'no-thesis': fixNoThesis,
    'multiple-theses': fixMultipleTheses,
    'unsupported-thesis': fixUnsupportedThesis,
    'unsupported-claim': fixAddCitation,
    'uncited-evidence': fixAddCitation,
    'unanswered-objection': fixUnansweredObjection,
    'rebuttal-target': fixRebuttalTarget,
    'unknown-code': fixUnknownCode,
    'unknown-scheme': fixUnknownScheme,
    'one-sided': fixOneSided,
    'critical-questions': fixCriticalQuestions,
    'unused-source': fixRemoveDeclaration,
    'unused-framing': fixRemoveDeclaration,
};

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Quick fixes for the diagnostics the editor asks about. Each one is matched to the document's
 * current diagnostic with the same code and range (the request waits for validation), so a fix
 * always works on the text as it is now and reads its `data` from the server's own diagnostic,
 * whatever the client sends back; a diagnostic that no longer exists gets no fix.
 */
export class ArgmapCodeActionProvider implements CodeActionProvider {
    private readonly resolver: NameResolver;

    constructor(services: ArgmapServices) {
        this.resolver = services.references.NameResolver;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const only = params.context.only;
        if (only && !only.some(kind => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return undefined;
        const argmap = document as LangiumDocument<Document>;
        const current = document.diagnostics ?? [];
        const actions: CodeAction[] = [];
        let edit: EditText | undefined;
        for (const asked of params.context.diagnostics) {
            const diagnostic = current.find(d => d.code === asked.code && sameRange(d.range, asked.range));
            const code = typeof diagnostic?.code === 'string' && isCheckCode(diagnostic.code) ? diagnostic.code : undefined;
            const fix = code && quickFixes[code];
            if (!diagnostic || !code || !fix) continue;
            edit ??= new EditText(document.textDocument, argmap.parseResult.value);
            // The client's diagnostic goes into the action (editors match on it); the data is the server's own.
            const data: DiagnosticData = { ...(diagnostic.data as Partial<DiagnosticData> | undefined), code };
            actions.push(...fix({ document: argmap, diagnostic: asked, data, edit, resolver: this.resolver }));
        }
        return actions;
    }
}
