import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MapRequests } from '../../language-server/src/protocol.js';
import { registerExportCommands } from './export-commands.js';
import { registerGradeCommand } from './grades/grade-command.js';
import { registerImportCommand } from './import-command.js';
import { registerNewMapCommand } from './new-map.js';
import { registerMapCommands } from './preview/map-commands.js';
import { MapPreview } from './preview/map-panel.js';
import { startWhenArgmapIsUsed } from './server-start.js';
import { ServerStatusBar } from './status-bar.js';

/** What the extension's `exports` offer other extensions and the extension-host tests. */
export interface ArgmapApi {
    /** The laid-out map of a document, as the preview gets it (`argmap/map`). */
    requestMap(uri: vscode.Uri, options?: MapRequests.MapOptions): Promise<MapRequests.MapResult>;
}

/**
 * What the desktop and the web extension share: the status bar, the commands, the map preview and
 * starting the client once a map is in sight (server-start.ts). Every feature (checks, completion,
 * hover, fixes, the map's layout) lives in the server. A request sent before then (the map panel
 * restored after a reload, `requestMap`) starts the client itself.
 */
export async function activateArgmap(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<ArgmapApi> {
    const preview = new MapPreview(context, client);
    context.subscriptions.push(
        new ServerStatusBar(client),
        registerNewMapCommand(),
        preview,
        registerMapCommands(preview, client),
        registerExportCommands(client),
        registerGradeCommand(context, client),
        registerImportCommand(client),
        vscode.commands.registerCommand('argmap.restartServer', async () => {
            await client.stop();
            await client.start();
        }),
        vscode.commands.registerCommand('argmap.showOutput', () => client.outputChannel.show(true)),
        { dispose: () => void client.stop() },
        // A server that fails to start says so itself (a notification, its output), and the status bar turns red.
        startWhenArgmapIsUsed(() => void client.start().catch(() => undefined)),
    );
    return {
        requestMap: (uri, options = {}) => client.sendRequest<MapRequests.MapResult>(MapRequests.map, { textDocument: { uri: uri.toString() }, options } satisfies MapRequests.MapParams),
    };
}
