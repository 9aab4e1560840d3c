import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArgmapApi } from '../../extension/src/activate.js';
import type { ArgumentGraph } from '../../language-server/src/model/argument-graph.js';
import type { SceneNode } from '../../language-server/src/render/map-scene.js';
import { activateExtension, closeAllEditors, fixture, note, openFixture, waitFor } from './helpers.js';

/** The map panel's tabs: webview tabs whose view type is the preview's (VS Code prefixes it). */
function mapTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('argmap.map'));
}

/** The graph `argmap export --format json` prints for a file (the CLI shipped beside the extension). */
function exportedGraph(extensionPath: string, file: vscode.Uri): ArgumentGraph {
    const cli = path.join(extensionPath, 'out', 'cli.cjs');
    return JSON.parse(execFileSync(process.execPath, [cli, 'export', file.fsPath, '--format', 'json'], { encoding: 'utf8' })) as ArgumentGraph;
}

describe('map preview', () => {
    let api: ArgmapApi;
    let extensionPath: string;
    before(async () => {
        const extension = await activateExtension();
        api = extension.exports as ArgmapApi;
        extensionPath = extension.extensionPath;
    });
    after(closeAllEditors);

    it('"Argmap: Open Map to the Side" opens one map panel beside the editor, and reuses it', async () => {
        const editor = await openFixture('tutorial.argmap');
        await vscode.commands.executeCommand('argmap.openMapToSide');
        const [tab] = await waitFor('the map panel', () => mapTabs().length === 1 && mapTabs());
        assert.equal(tab.label, 'Map: tutorial.argmap');
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the map opens beside the editor, not over it');
        // The editor keeps the focus (as Markdown's "Open Preview to the Side").
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
        await vscode.commands.executeCommand('argmap.openMapToSide');
        assert.equal(mapTabs().length, 1, 'a second call reveals the same panel');
        // It follows the active .argmap editor.
        await openFixture('faults.argmap');
        await waitFor(() => `the panel to follow faults.argmap (label: ${mapTabs()[0]?.label})`, () => mapTabs()[0]?.label === 'Map: faults.argmap');
    });

    it('argmap/map answers with a scene whose nodes are the graph\'s statements and arguments', async () => {
        const uri = fixture('tutorial.argmap');
        const map = await api.requestMap(uri);
        assert.equal(map.uri, uri.toString());
        assert.ok(map.scene, `a scene (reason: ${map.reason})`);
        assert.equal(map.title, 'Tutorial: is collective security worth keeping?');
        assert.equal(map.errors, 0);
        assert.deepEqual(map.framings.map(f => f.name).sort(), ['liberal', 'realist']);
        const graph = exportedGraph(extensionPath, uri);
        const sceneIds = new Set(map.scene.nodes.map(n => n.id));
        const statementIds = graph.statements.map(s => s.id);
        const graphIds = new Set([...statementIds, ...graph.arguments.map(a => a.id)]);
        for (const id of statementIds) assert.ok(sceneIds.has(id), `statement ${id} is drawn`);
        for (const id of sceneIds) assert.ok(graphIds.has(id), `scene node ${id} is an element of the graph`);
        // Statuses and ranges come from the graph too.
        for (const statement of graph.statements) {
            const node: SceneNode | undefined = map.scene.nodes.find(n => n.id === statement.id);
            assert.equal(node?.status, statement.status, statement.id);
            assert.equal(node.range?.line, statement.range.line, statement.id);
        }
        note(`${map.scene.nodes.length} nodes, ${map.scene.edges.length} edges, ${Math.round(map.scene.width)}x${Math.round(map.scene.height)}`);
    });

    it('an edit gives a new version of the map with the new element; the panel follows without a command', async () => {
        const editor = await openFixture('tutorial.argmap');
        const uri = editor.document.uri;
        const before = await api.requestMap(uri);
        let changed: string[] = [];
        try {
            const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
            assert.ok(await editor.edit(edit => edit.insert(end, '\nobjection lateObjection attacks keep "Typed just now, in the editor."\n')));
            const version = editor.document.version;
            const after = await waitFor('a map of the edited text', async () => {
                const map = await api.requestMap(uri);
                return map.version === version && map;
            });
            assert.ok(after.version > before.version);
            changed = after.scene?.nodes.map(n => n.id) ?? [];
            assert.ok(changed.includes('lateObjection'), `the new objection is drawn: ${changed.join(', ')}`);
            assert.ok(after.scene?.edges.some(e => e.from === 'lateObjection' && e.to === 'keep' && e.kind === 'attacks'));
            // The unanswered objection defeats the thesis: the status comes from the server.
            assert.equal(after.scene?.nodes.find(n => n.id === 'keep')?.status, 'rejected');
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    it('a map with a syntax error still shows what parsed, and says how many errors it has', async () => {
        const editor = await openFixture('tutorial.argmap');
        const uri = editor.document.uri;
        try {
            const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
            assert.ok(await editor.edit(edit => edit.insert(end, '\nclaim broken supports "unterminated\n')));
            const version = editor.document.version;
            const map = await waitFor('the broken map', async () => {
                const m = await api.requestMap(uri);
                return m.version === version && m;
            });
            assert.ok(map.errors > 0, 'errors are counted');
            assert.ok(map.scene?.nodes.some(n => n.id === 'keep'), 'the thesis is still drawn');
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    it('"Export Map as SVG" writes the server\'s drawing of the map', async () => {
        const uri = fixture('tutorial.argmap');
        const output = fixture('tutorial-export.svg');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('argmap.exportSvg', uri, output);
        assert.equal(written?.toString(), output.toString());
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(output));
        assert.match(svg, /^(<\?xml[^>]*>\s*)?<svg[\s>]/);
        assert.ok(svg.includes('Collective security is worth keeping, despite its failures.'), 'the thesis text is in the SVG');
        await vscode.workspace.fs.delete(output);
    });

    it('"Export Map as PNG" writes a PNG the server drew with resvg', async () => {
        const uri = fixture('tutorial.argmap');
        const output = fixture('tutorial-export.png');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('argmap.exportPng', uri, output);
        assert.equal(written?.toString(), output.toString());
        const png = await vscode.workspace.fs.readFile(output);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
        note(`PNG of the tutorial: ${Math.round(png.length / 1024)} KB`);
        await vscode.workspace.fs.delete(output);
    });
});
