import { startLanguageServer } from './language/start-server.js';

// The language server's entry point, bundled as out/language-server.cjs for the extension and `argmap lsp`.
startLanguageServer();
