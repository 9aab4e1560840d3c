import { DiagnosticSeverity, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { framingsToMarkdown } from '../../interop/framings.js';
import { graphToOutline } from '../../interop/outline.js';
import { ExportRequests } from '../../protocol.js';
import type { ArgmapSharedServices } from '../argmap-module.js';
import { documentRequest } from './document-request.js';

const writers = { outline: graphToOutline, framings: framingsToMarkdown };

/**
 * `argmap/export`: the essay outline or the framing analysis of a document, for the editor's
 * "Export Essay Outline" and "Show Framing Analysis". Unlike the CLI it answers for a document
 * with errors too (a student mid-sentence still wants the plan), and says how many it has.
 */
export function registerExportRequests(shared: ArgmapSharedServices): void {
    shared.lsp.Connection?.onRequest(ExportRequests.exportText, documentRequest(shared, (services, document, params: ExportRequests.ExportParams) => {
        const write = Object.hasOwn(writers, params.format) ? writers[params.format] : undefined;
        if (!write) return new ResponseError(ErrorCodes.InvalidParams, `unknown export format ${String(params.format)}`);
        const { graph } = services.validation.GraphCache.get(document);
        const fileName = decodeURIComponent(document.uri.path.substring(document.uri.path.lastIndexOf('/') + 1)).replace(/\.argmap$/i, '');
        const errors = (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error).length;
        return { text: write(graph, fileName), errors } satisfies ExportRequests.ExportResult;
    }));
}
