import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MapRequests } from '../../../language-server/src/protocol.js';
import { MAP_VIEW_TYPE, type HostMessage, type MapFilter, type MapView, type MapViewState, type WebviewMessage } from './messages.js';
import { webviewFolder, webviewPageHtml } from '../webview-page.js';
import { nodesAt, toVscodeRange } from './scene-positions.js';

/**
 * Coalesces the "map changed" notifications that arrive together into one request (the server sends
 * one per check, and a check is cancelled by the next keystroke, so typing sends few).
 */
const REFRESH_DELAY_MS = 25;

const NO_FILTER: MapFilter = { framings: [], mode: 'dim' };

/**
 * The map preview: one webview panel beside the editor that follows the active `.argmap` editor,
 * as Markdown's "Open Preview to the Side" does. It holds no map logic: it asks the language server
 * for the laid-out map (`argmap/map`), asks again when the server says the document was checked
 * (`argmap/mapChanged`), and passes the result to the webview, which draws it. The webview's clicks
 * come back as element ids; the host selects their ranges in the editor, and the editor's cursor
 * goes to the webview as the ids of the elements it is in.
 */
export class MapPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private uri: vscode.Uri | undefined;
    private filter: MapFilter = NO_FILTER;
    /** The last map the server sent for `uri` (clicks and the cursor are looked up in it). */
    private map: MapRequests.MapResult | undefined;
    private highlighted = '';
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    private inFlight = false;
    private again = false;
    /** Send the next map even if it looks like the last one (the filter changed). */
    private forceNext = false;
    /** The editor column the map's document was last shown in: clicks reveal ranges there. */
    private sourceColumn: vscode.ViewColumn | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly panelDisposables: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {
        this.disposables.push(
            client.onNotification(MapRequests.mapChanged, (params: MapRequests.MapChangedParams) => {
                if (this.uri && params.uri === this.uri.toString()) this.scheduleRefresh();
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor && isArgmap(editor.document)) this.follow(editor);
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (this.panel && this.uri && event.textEditor.document.uri.toString() === this.uri.toString()) {
                    this.highlightAt(event.textEditor.selection.active, event.kind !== vscode.TextEditorSelectionChangeKind.Command);
                }
            }),
            vscode.window.registerWebviewPanelSerializer(MAP_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state: MapViewState | undefined) => this.restore(panel, state),
            }),
        );
    }

    /** The document the preview shows, if it is open. */
    get documentUri(): vscode.Uri | undefined {
        return this.panel ? this.uri : undefined;
    }

    /** The framing filter as the server's layout takes it (exports draw what the preview shows). */
    get mapOptions(): MapRequests.MapOptions {
        return this.filter.framings.length > 0 ? { framings: this.filter.framings, framingMode: this.filter.mode } : {};
    }

    get isActive(): boolean {
        return this.panel?.active ?? false;
    }

    /** "Argmap: Open Map to the Side": shows `uri`'s map beside its editor (the panel is reused). */
    async open(uri: vscode.Uri, editorColumn: vscode.ViewColumn | undefined): Promise<void> {
        this.sourceColumn = editorColumn ?? this.sourceColumn;
        if (this.panel) {
            this.setDocument(uri);
            this.panel.reveal(undefined, true);
            return;
        }
        const panel = vscode.window.createWebviewPanel(MAP_VIEW_TYPE, 'Map', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
        this.attach(panel, uri, NO_FILTER);
    }

    private async restore(panel: vscode.WebviewPanel, state: MapViewState | undefined): Promise<void> {
        if (this.panel) {
            // Only one map panel: a second restored one (an old layout) closes.
            panel.dispose();
            return;
        }
        panel.webview.options = this.webviewOptions();
        let uri: vscode.Uri | undefined;
        try {
            uri = state?.uri ? vscode.Uri.parse(state.uri, true) : undefined;
        } catch {
            uri = undefined;
        }
        uri ??= vscode.window.activeTextEditor && isArgmap(vscode.window.activeTextEditor.document) ? vscode.window.activeTextEditor.document.uri : undefined;
        this.attach(panel, uri, state?.filter ?? NO_FILTER, state?.view);
    }

    private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return {
            enableScripts: true,
            enableFindWidget: true,
            // Only the webview's own bundle and stylesheet, and the font it draws with.
            localResourceRoots: [webviewFolder(this.context.extensionUri), vscode.Uri.joinPath(this.context.extensionUri, 'out', 'assets')],
        };
    }

    private attach(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined, filter: MapFilter, view?: MapView): void {
        this.panel = panel;
        this.filter = filter;
        this.map = undefined;
        this.restoredView = view;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'argmap-file.svg');
        // The map loads the font its layout measured with (out/assets/); images only from the extension or data: URIs.
        panel.webview.html = webviewPageHtml(panel.webview, this.context.extensionUri, { title: 'Argument map', script: 'map.js', stylesheet: 'map.css', fonts: true, images: true });
        this.panelDisposables.push(
            panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
            panel.onDidChangeViewState(() => {
                void vscode.commands.executeCommand('setContext', 'argmap.mapPreviewFocus', panel.active);
                // Shown again: what changed meanwhile (a cheap request when nothing did).
                if (panel.visible) this.scheduleRefresh();
            }),
            panel.onDidDispose(() => this.detach()),
        );
        void vscode.commands.executeCommand('setContext', 'argmap.mapPreviewFocus', panel.active);
        if (uri) this.setDocument(uri);
        else this.post({ type: 'notice', fileName: '', text: 'Open an .argmap file to see its map.' });
    }

    /** The view to restore after a reload, sent with the first map. */
    private restoredView: MapView | undefined;

    private detach(): void {
        for (const d of this.panelDisposables.splice(0)) d.dispose();
        this.panel = undefined;
        this.map = undefined;
        this.uri = undefined;
        clearTimeout(this.refreshTimer);
        this.refreshTimer = undefined;
        void vscode.commands.executeCommand('setContext', 'argmap.mapPreviewFocus', false);
    }

    private follow(editor: vscode.TextEditor): void {
        this.sourceColumn = editor.viewColumn ?? this.sourceColumn;
        if (this.uri?.toString() !== editor.document.uri.toString()) this.setDocument(editor.document.uri);
    }

    private setDocument(uri: vscode.Uri): void {
        const changed = this.uri?.toString() !== uri.toString();
        this.uri = uri;
        if (!this.panel) return;
        this.panel.title = `Map: ${fileName(uri)}`;
        if (changed) {
            this.map = undefined;
            this.highlighted = '';
        }
        // An editor-less document (a restored panel) is opened so that the server has it and checks it.
        void Promise.resolve(vscode.workspace.openTextDocument(uri)).then(() => this.refresh(), error => {
            this.post({ type: 'notice', fileName: fileName(uri), text: `The file can't be opened: ${errorMessage(error)}` });
        });
    }

    private scheduleRefresh(): void {
        if (this.refreshTimer !== undefined) return;
        this.refreshTimer = setTimeout(() => {
            this.refreshTimer = undefined;
            void this.refresh();
        }, REFRESH_DELAY_MS);
    }

    /** Asks the server for the map; at most one request at a time, and one more if asked meanwhile. */
    private async refresh(): Promise<void> {
        const panel = this.panel;
        const uri = this.uri;
        if (!panel || !uri) return;
        if (!panel.visible) return; // asked again when shown (onDidChangeViewState)
        if (this.inFlight) {
            this.again = true;
            return;
        }
        this.inFlight = true;
        try {
            const params: MapRequests.MapParams = { textDocument: { uri: uri.toString() }, options: this.mapOptions };
            const map = await this.client.sendRequest<MapRequests.MapResult>(MapRequests.map, params);
            if (panel !== this.panel || uri.toString() !== this.uri?.toString()) return;
            // A filter from another map (the panel followed the editor): keep the framings this one has.
            const known = new Set(map.framings.map(f => f.name));
            if (this.filter.framings.some(f => !known.has(f))) {
                this.filter = { ...this.filter, framings: this.filter.framings.filter(f => known.has(f)) };
                this.again = true;
                this.forceNext = true;
                return;
            }
            // An older answer never replaces a newer one (a reload can deliver them out of order).
            if (this.map && this.map.uri === map.uri && map.version < this.map.version && !this.again) return;
            // The same map again (a check that changed nothing drawn): nothing to redraw.
            if (!this.forceNext && this.map && sameMap(this.map, map)) {
                this.map = map;
                return;
            }
            this.forceNext = false;
            this.map = map;
            this.post({ type: 'map', fileName: fileName(uri), map, filter: this.filter, view: this.restoredView });
            this.restoredView = undefined;
            // The new drawing has no highlight yet; it comes into view if the cursor is on a new
            // element (one just typed), not when the user has panned away from the same one.
            const before = this.highlighted;
            this.highlighted = '';
            const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
            if (editor) this.highlightAt(editor.selection.active, false, before);
        } catch (error) {
            if (panel === this.panel && !isCancellation(error)) {
                this.post({ type: 'notice', fileName: fileName(uri), text: `The map can't be drawn: ${errorMessage(error)}` });
            }
        } finally {
            this.inFlight = false;
            if (this.again) {
                this.again = false;
                this.scheduleRefresh();
            }
        }
    }

    /** Marks the elements at the editor's cursor; `reveal` (or a change from `previous`) brings them into view. */
    private highlightAt(position: vscode.Position, reveal: boolean, previous = this.highlighted): void {
        const scene = this.map?.scene;
        if (!scene || !this.uri) return;
        const ids = nodesAt(scene, this.uri.toString(), position);
        const key = ids.join('\n');
        if (key === this.highlighted) return;
        this.highlighted = key;
        this.post({ type: 'highlight', ids, reveal: reveal || (key !== previous && key !== '') });
    }

    private onMessage(message: WebviewMessage): void {
        switch (message.type) {
            case 'ready':
                if (this.map && this.uri) {
                    this.post({ type: 'map', fileName: fileName(this.uri), map: this.map, filter: this.filter });
                    this.highlighted = '';
                }
                this.scheduleRefresh();
                break;
            case 'reveal':
                void this.reveal(message.id);
                break;
            case 'filter': {
                // The layout dims or leaves out the other framings' moves: ask for the map again.
                const before = JSON.stringify(this.mapOptions);
                this.filter = { framings: message.filter.framings.filter(f => typeof f === 'string'), mode: message.filter.mode === 'hide' ? 'hide' : 'dim' };
                if (JSON.stringify(this.mapOptions) !== before) {
                    this.forceNext = true;
                    this.scheduleRefresh();
                }
                break;
            }
            case 'export':
                void vscode.commands.executeCommand(message.format === 'png' ? 'argmap.exportPng' : 'argmap.exportSvg');
                break;
        }
    }

    /** Selects a map element's text in the editor: the element's whole range, the cursor at its start. */
    private async reveal(id: string): Promise<void> {
        const node = this.map?.scene?.nodes.find(n => n.id === id);
        if (!node?.range) return;
        const range = toVscodeRange(node.range);
        let target: vscode.Uri;
        try {
            target = vscode.Uri.parse(node.range.file, true);
        } catch {
            return;
        }
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.toString());
        const column = visible?.viewColumn ?? this.sourceColumn ?? vscode.ViewColumn.One;
        const editor = await vscode.window.showTextDocument(target, { viewColumn: column, preserveFocus: false });
        editor.selection = new vscode.Selection(range.end, range.start);
        editor.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        if (target.toString() === this.uri?.toString()) {
            this.highlighted = id;
            this.post({ type: 'highlight', ids: [id], reveal: false });
        }
    }

    private post(message: HostMessage): void {
        void this.panel?.webview.postMessage(message);
    }

    dispose(): void {
        this.panel?.dispose();
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}

/** Two answers that draw the same (versions aside): no need to send the webview a new map. */
function sameMap(a: MapRequests.MapResult, b: MapRequests.MapResult): boolean {
    return a.uri === b.uri && JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}

function isArgmap(document: vscode.TextDocument): boolean {
    return document.languageId === 'argmap';
}

function fileName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function isCancellation(error: unknown): boolean {
    // LSP's RequestCancelled, ContentModified and ServerCancelled: a newer edit superseded the request.
    const code = (error as { code?: unknown } | undefined)?.code;
    return code === -32800 || code === -32801 || code === -32802;
}

function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
