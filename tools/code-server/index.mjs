// VS Code in the browser (code-server) for the end-to-end tests and for trying the extension by hand,
// without internet. For example, to open the examples with the extension loaded from source:
//
//   import { ensureCodeServer, startCodeServer } from './tools/code-server/index.mjs';
//   await ensureCodeServer({ onProgress: console.log });          // first time: a minute or two
//   const { url, stop } = await startCodeServer({ workspace: '/abs/examples', extensionDevelopmentPath: '/abs/repo' });
//   console.log(`open ${url}`);                                    // stop() ends every process it started
//
// Tests also use ensureE2eTools() (adds chromium) and launchBrowser() (headless chromium via Playwright).
export { cacheDir, chromiumPath, codeServerPaths, ensureChromium, ensureCodeServer, ensureE2eTools, ensureOsPackages, CODE_SERVER_VERSION, NODE24_VERSION } from './install.mjs';
export { quietSettings, startCodeServer } from './server.mjs';
export { launchBrowser } from './browser.mjs';
