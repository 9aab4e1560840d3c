import * as vscode from 'vscode';

/** A webview's page: the bundle that builds it and the stylesheet that styles it, from out/webview/. */
export interface WebviewPage {
    /** A fixed title, never user text (it is written into the markup). */
    title: string;
    /** File names in out/webview/ (esbuild.mjs). */
    script: string;
    stylesheet: string;
    /** Fonts and images the page loads from the extension (the map draws with its own font). */
    fonts?: boolean;
    images?: boolean;
}

/** The folder every webview loads from: its `localResourceRoots` start here. */
export function webviewFolder(extensionUri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(extensionUri, 'out', 'webview');
}

/**
 * The page of a webview: no content of its own (its script builds everything with DOM calls and
 * sets user text only as `textContent`), and a strict Content Security Policy: only this page's
 * nonce-tagged script and the extension's stylesheet (no inline style, no other origin).
 */
export function webviewPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(webviewFolder(extensionUri), name)).toString();
    const n = nonce();
    const csp = [
        `default-src 'none'`,
        ...(page.images ? [`img-src ${webview.cspSource} data:`] : []),
        `style-src ${webview.cspSource}`,
        ...(page.fonts ? [`font-src ${webview.cspSource}`] : []),
        `script-src 'nonce-${n}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset(page.stylesheet)}">
<title>${page.title}</title>
</head>
<body>
<script nonce="${n}" src="${asset(page.script)}"></script>
</body>
</html>
`;
}

function nonce(): string {
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
