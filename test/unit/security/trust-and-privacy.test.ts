// docs/security.md's promises that hold by construction, checked on the sources: Argmap makes no
// network request, evaluates nothing it reads, and is safe to run in an untrusted workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) return name === 'generated' ? [] : sources(file);
        return /\.(ts|mjs|js)$/.test(name) ? [file] : [];
    });
}

/** Everything that ships: the server, the CLI, the client, the webviews, the Markdown plugin. */
const shipped = ['language-server/src', 'extension/src', 'extension/webview'].flatMap(dir => sources(path.join(root, dir)));

const forbidden: Array<[string, RegExp]> = [
    ['makes a network request', /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|from ['"](node:)?(https?|net|tls|dgram|http2)['"]/],
    ['evaluates code', /\beval\s*\(|new Function\s*\(|importScripts|from ['"](node:)?vm['"]|setTimeout\(\s*['"`]/],
    ['starts a program', /from ['"](node:)?child_process['"]/],
    ['builds markup from strings', /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/],
];

describe('trust and privacy', () => {
    it.each(forbidden)('no shipped source %s', (_what, pattern) => {
        const offenders = shipped.filter(file => pattern.test(readFileSync(file, 'utf8'))).map(file => path.relative(root, file));
        expect(offenders).toEqual([]);
    });

    it('runs fully in untrusted workspaces: no setting names a program, a path or a URL', () => {
        const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        const properties: Record<string, { type: string | string[]; enum?: string[] }> = manifest.contributes.configuration.properties;
        for (const [name, property] of Object.entries(properties)) {
            // Severities are an enum, the rest numbers and booleans: nothing a workspace could point at a binary.
            const types = [property.type].flat();
            expect(types.every(t => t === 'number' || t === 'integer' || t === 'boolean' || (t === 'string' && property.enum !== undefined)), name).toBe(true);
        }
    });
});
