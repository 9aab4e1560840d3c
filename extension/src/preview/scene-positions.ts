import * as vscode from 'vscode';
import type { MapScene, SourceRange } from '../../../language-server/src/protocol.js';

/** A scene range (1-based, end exclusive, UTF-16 columns: as `check --format json`) as a VS Code range. */
export function toVscodeRange(range: SourceRange): vscode.Range {
    return new vscode.Range(range.line - 1, range.column - 1, range.endLine - 1, range.endColumn - 1);
}

/**
 * The map elements written at `position` of the file `uri`: the innermost one (the smallest range
 * holding the position), or none. Only positions, no graph logic: which element a range belongs to
 * is what the server put in the scene.
 */
export function nodesAt(scene: MapScene, uri: string, position: vscode.Position): string[] {
    let best: { id: string; range: vscode.Range; statement: boolean } | undefined;
    for (const node of scene.nodes) {
        if (!node.range || node.range.file !== uri) continue;
        const range = toVscodeRange(node.range);
        // End inclusive: the cursor just after what was typed is still on it.
        if (!range.contains(position)) continue;
        const statement = node.kind !== 'argument';
        // An implicit argument has its premise's range: the statement is what the cursor is on.
        const better = !best || (best.range.isEqual(range) ? statement && !best.statement : best.range.contains(range));
        if (better) best = { id: node.id, range, statement };
    }
    return best ? [best.id] : [];
}
