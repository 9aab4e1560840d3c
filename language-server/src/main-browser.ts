import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createArgmapServices } from './language/argmap-module.js';
import { followEditorSettings } from './language/argmap-configuration.js';
import { clientFileSystem } from './language/client-file-system.js';
import { forgetClosedUnsavedDocuments } from './language/closed-documents.js';
import { registerExportRequests } from './language/lsp/argmap-export-request.js';
import { registerGradeRequests } from './language/lsp/argmap-grade-request.js';
import { registerImportRequests } from './language/lsp/argmap-import-request.js';
import { pngAssetsFromClient, registerMapRequests } from './language/lsp/argmap-map-request.js';

// The language server in a web worker (vscode.dev, github.dev): bundled as out/language-server-web.js.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared, Argmap } = createArgmapServices({ connection, ...clientFileSystem(connection) });
followEditorSettings(shared, Argmap.validation.ArgmapSettings);
forgetClosedUnsavedDocuments(shared);
registerMapRequests(shared, pngAssetsFromClient(shared));
registerExportRequests(shared);
registerGradeRequests(shared);
registerImportRequests(shared);
startLanguageServer(shared);
