import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MapRequests } from '../../../language-server/src/protocol.js';
import type { MapPreview } from './map-panel.js';

type ExportFormat = MapRequests.RenderParams['format'];

/**
 * "Argmap: Open Map to the Side", "Argmap: Export Map as SVG" and "... as PNG". The server draws
 * the exported file (the same layout and writer as `argmap render`); the client only picks the file
 * name and writes the bytes, through VS Code's file system (so it works on vscode.dev too).
 */
export function registerMapCommands(preview: MapPreview, client: BaseLanguageClient): vscode.Disposable {
    return vscode.Disposable.from(
        vscode.commands.registerCommand('argmap.openMapToSide', async (uri?: vscode.Uri) => {
            const editor = vscode.window.activeTextEditor;
            const target = uri instanceof vscode.Uri ? uri : editor && editor.document.languageId === 'argmap' ? editor.document.uri : preview.documentUri;
            if (!target) {
                void vscode.window.showInformationMessage('Open an .argmap file first: the map is drawn beside it.');
                return;
            }
            const column = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.toString())?.viewColumn;
            await preview.open(target, column);
        }),
        vscode.commands.registerCommand('argmap.exportSvg', (uri?: vscode.Uri, output?: vscode.Uri) => exportMap('svg', preview, client, uri, output)),
        vscode.commands.registerCommand('argmap.exportPng', (uri?: vscode.Uri, output?: vscode.Uri) => exportMap('png', preview, client, uri, output)),
    );
}

/** The map to export: the one the preview shows when it has the focus, else the active editor's. */
function documentToExport(preview: MapPreview, uri: unknown): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) return uri;
    if (preview.isActive && preview.documentUri) return preview.documentUri;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'argmap') return editor.document.uri;
    return preview.documentUri;
}

/**
 * Writes `uri`'s map as an SVG or PNG file. `output` skips the save dialog (tests, other extensions).
 * Resolves to the written file, or undefined when nothing was written.
 */
async function exportMap(format: ExportFormat, preview: MapPreview, client: BaseLanguageClient, uri?: vscode.Uri, output?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const source = documentToExport(preview, uri);
    if (!source) {
        void vscode.window.showInformationMessage('Open an .argmap file to export its map.');
        return undefined;
    }
    const kind = vscode.window.activeColorTheme.kind;
    const params: MapRequests.RenderParams = {
        textDocument: { uri: source.toString() },
        format,
        theme: kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light',
        // What the preview shows: with "show only" framings, the export draws only those moves too.
        options: preview.documentUri?.toString() === source.toString() ? preview.mapOptions : {},
    };
    let result: MapRequests.RenderResult;
    try {
        await vscode.workspace.openTextDocument(source); // the server checks what is open
        result = await client.sendRequest<MapRequests.RenderResult>(MapRequests.render, params);
    } catch (error) {
        void vscode.window.showErrorMessage(`The map could not be exported: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    const bytes = result.svg !== undefined ? new TextEncoder().encode(result.svg)
        : result.pngBase64 !== undefined ? fromBase64(result.pngBase64) : undefined;
    if (!bytes) {
        void vscode.window.showErrorMessage(`The map could not be exported: ${result.reason ?? 'the server drew nothing'}`);
        return undefined;
    }
    const target = output ?? await vscode.window.showSaveDialog({
        defaultUri: defaultOutput(source, format),
        filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
        saveLabel: `Export ${format.toUpperCase()}`,
        title: `Export Map as ${format.toUpperCase()}`,
    });
    if (!target) return undefined;
    try {
        await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
        void vscode.window.showErrorMessage(`The map could not be written to ${target.fsPath || target.toString()}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    if (result.note) void vscode.window.showWarningMessage(`Exported the map to ${name}, but ${result.note}.`);
    else if (!output) void vscode.window.showInformationMessage(`Exported the map to ${name}.`);
    return target;
}

/** Beside the map, same name (an untitled map: in the first workspace folder). */
function defaultOutput(source: vscode.Uri, format: ExportFormat): vscode.Uri | undefined {
    const base = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.argmap$/i, '') || 'map';
    if (source.scheme !== 'untitled') return vscode.Uri.joinPath(source, '..', `${base}.${format}`);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `${base}.${format}`) : undefined;
}

function fromBase64(base64: string): Uint8Array {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}
