import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createArgmapServices } from './argmap-module.js';
import { ArgmapNodeFileSystem } from './argmap-file-system.js';
import { followEditorSettings } from './argmap-configuration.js';
import { forgetClosedUnsavedDocuments } from './closed-documents.js';
import { registerExportRequests } from './lsp/argmap-export-request.js';
import { registerGradeRequests } from './lsp/argmap-grade-request.js';
import { registerImportRequests } from './lsp/argmap-import-request.js';
import { registerMapRequests } from './lsp/argmap-map-request.js';
import { readRenderAsset } from '../cli/render-assets.js';

/** Starts the Argmap language server on this process's stdio or IPC channel (whichever the client chose). */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Argmap } = createArgmapServices({ connection, ...ArgmapNodeFileSystem });
    followEditorSettings(shared, Argmap.validation.ArgmapSettings);
    forgetClosedUnsavedDocuments(shared);
    // PNG export reads resvg's wasm and the font from out/assets/, beside the bundle (as `argmap render` does).
    registerMapRequests(shared, async () => ({ wasm: readRenderAsset('wasm'), fonts: [readRenderAsset('font')] }));
    registerExportRequests(shared);
    registerGradeRequests(shared);
    registerImportRequests(shared);
    startLangiumServer(shared);
}
