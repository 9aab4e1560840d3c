import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { FileSystemRequests, type InitializationOptions } from '../../language-server/src/protocol.js';
import { clientOptions } from './client-options.js';

// The web extension host has Worker; this project compiles without the DOM library.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

/**
 * The web client (vscode.dev, github.dev): the language server runs in a web worker and reads
 * files (imports, the workspace's other maps) through the requests answered here.
 */
export function createWebLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out/language-server-web.js');
    const worker = new Worker(serverMain.toString(true));
    // PNG export in the worker reads resvg's wasm and the font from here, through the requests below.
    const initializationOptions: InitializationOptions = { renderAssets: vscode.Uri.joinPath(context.extensionUri, 'out/assets').toString() };
    const client = new LanguageClient('argmap', 'Argmap', { ...clientOptions(), initializationOptions }, worker);
    const fs = vscode.workspace.fs;
    client.onRequest(FileSystemRequests.stat, async ({ uri }: FileSystemRequests.UriParams): Promise<FileSystemRequests.StatResult> => {
        const stat = await fs.stat(vscode.Uri.parse(uri));
        return { isFile: (stat.type & vscode.FileType.File) !== 0, isDirectory: (stat.type & vscode.FileType.Directory) !== 0 };
    });
    client.onRequest(FileSystemRequests.readFile, async ({ uri }: FileSystemRequests.UriParams): Promise<FileSystemRequests.ReadFileResult> =>
        ({ base64: toBase64(await fs.readFile(vscode.Uri.parse(uri))) }));
    client.onRequest(FileSystemRequests.readDirectory, async ({ uri }: FileSystemRequests.UriParams): Promise<FileSystemRequests.DirectoryEntry[]> => {
        const folder = vscode.Uri.parse(uri);
        return (await fs.readDirectory(folder)).map(([name, type]) => ({
            uri: vscode.Uri.joinPath(folder, name).toString(),
            isFile: (type & vscode.FileType.File) !== 0,
            isDirectory: (type & vscode.FileType.Directory) !== 0,
        }));
    });
    return client;
}
