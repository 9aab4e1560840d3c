import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { GradeRequests } from '../../../language-server/src/protocol.js';
import { runCli, tempFolder } from '../../helpers/cli.js';

const full = 'source s "S"\nthesis main "T" {\n  argument { claim a "A" cite s }\n  argument { claim b "B" cite s }\n}\n';
const thin = 'thesis main "T" {\n  argument { claim a "A" }\n}\n';
const broken = 'thesis main "T" {\n  argument { claim a "A" cite ghost }\n  claim b "B" cite s\n';
const rubric = JSON.stringify({
    title: 'Essay 1',
    criteria: [
        { id: 'thesis', rule: 'one-thesis', points: 1 },
        { id: 'args', label: 'Two reasons', rule: 'min-arguments', min: 2, points: 2, partial: true },
        { id: 'clean', rule: 'no-errors', points: 1 },
    ],
});

/** A class folder: three students in two folders, and files that are no student's (a dot-folder, node_modules). */
const classFiles = {
    'essay.argmap-rubric.json': rubric,
    'class/a.argmap': full,
    'class/b.argmap': thin,
    'late/c.argmap': broken,
    '.history/a.argmap': thin,
    'node_modules/lib/x.argmap': thin,
};

type Settings = { checks: Record<string, string>; maxStatementWords: number; workspaceDiagnostics: boolean };

/** The request through `argmap lsp --stdio`, as VS Code's client sends it, over a folder on disk. */
describe('argmap/grade', () => {
    let stop: (() => void) | undefined;
    afterEach(() => stop?.());

    async function startServer(files: Record<string, string>, settings: Settings = { checks: {}, maxStatementWords: 40, workspaceDiagnostics: true }) {
        const folder = tempFolder(files);
        const server = spawn(process.execPath, [path.resolve(__dirname, '../../../out/cli.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const progress: Array<{ token: string; value: { kind: string; message?: string; percentage?: number } }> = [];
        connection.onNotification('$/progress', (params: (typeof progress)[number]) => { progress.push(params); });
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section === 'argmap' ? settings : null)));
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
        stop = () => { connection.dispose(); server.kill(); };
        const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: uriOf(''), capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'class' }],
        });
        connection.sendNotification('initialized', {});
        const grade = (params: Partial<GradeRequests.GradeParams> = {}) =>
            connection.sendRequest<GradeRequests.GradeResult>(GradeRequests.grade, { rubricUri: uriOf('essay.argmap-rubric.json'), ...params });
        const report = async (params: Partial<GradeRequests.GradeParams> = {}) => {
            const result = await grade(params);
            if ('problems' in result) throw new Error(`rubric problems: ${result.problems.join('; ')}`);
            return result;
        };
        return { connection, folder, uriOf, grade, report, progress };
    }

    it('grades every student file of the workspace alone, as `argmap grade` does: rows, CSV, mean and feedback', async () => {
        const { folder, uriOf, report } = await startServer(classFiles);
        const result = await report();
        expect(result.title).toBe('Essay 1');
        expect(result.max).toBe(4);
        expect(result.criteria).toEqual([
            { id: 'thesis', label: 'One thesis', rule: 'one-thesis', points: 1, mean: 1 },
            { id: 'args', label: 'Two reasons', rule: 'min-arguments', points: 2, mean: 1.67 },
            { id: 'clean', label: 'No errors', rule: 'no-errors', points: 1, mean: 0.67 },
        ]);
        // Not the dot-folder's copy, nor node_modules: no student's files (the CLI skips them too).
        expect(result.results.map(r => [r.file, r.uri, r.score, r.errors])).toEqual([
            ['class/a.argmap', uriOf('class/a.argmap'), 4, 0],
            ['class/b.argmap', uriOf('class/b.argmap'), 3, 0],
            ['late/c.argmap', uriOf('late/c.argmap'), 3, 3],
        ]);
        expect(result.results[1].criteria[1]).toEqual({
            id: 'args', points: 1, max: 2, actual: 1, passed: false, message: '1 argument supports the thesis directly; at least 2 are asked for.',
        });
        expect(result.mean).toBe(3.33);

        // The same CSV and the same feedback files as the command line run in the workspace folder.
        const cli = runCli(['grade', '--rubric', 'essay.argmap-rubric.json', 'class', 'late', '--format', 'csv', '--feedback', 'feedback'], folder);
        expect(cli.stderr).toBe('');
        expect(result.csv).toBe(cli.stdout);
        expect(result.results.map(r => r.feedbackFile)).toEqual(readdirSync(path.join(folder, 'feedback')).sort());
        for (const row of result.results) expect(row.feedback, row.file).toBe(readFileSync(path.join(folder, 'feedback', row.feedbackFile), 'utf8'));
        expect(result.results[2].feedback).toMatch(/^## Errors to fix$/m);
    });

    it('grades only the files under folderUri, named as in the workspace', async () => {
        const { uriOf, report } = await startServer(classFiles);
        const result = await report({ folderUri: uriOf('late') });
        expect(result.results.map(r => [r.file, r.feedbackFile])).toEqual([['late/c.argmap', 'late__c.md']]);
        expect((await report({ folderUri: uriOf('nowhere') })).results).toEqual([]);
    });

    it('grades an open file as the editor has it, unsaved edits included', async () => {
        const { connection, uriOf, report } = await startServer(classFiles);
        const uri = uriOf('class/b.argmap');
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'argmap', version: 1, text: thin } });
        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: `${thin.slice(0, -2)}  argument { claim c "C" }\n}\n` }],
        });
        const b = (await report()).results.find(r => r.uri === uri);
        expect(b?.score).toBe(4);
    });

    it('counts the errors of closed files when workspace diagnostics are off (the editor publishes none for them)', async () => {
        const { report } = await startServer(classFiles, { checks: {}, maxStatementWords: 40, workspaceDiagnostics: false });
        const c = (await report()).results.find(r => r.file === 'late/c.argmap');
        expect(c?.errors).toBe(3);
        expect(c?.criteria.find(k => k.id === 'clean')?.passed).toBe(false);
    });

    it('reports work-done progress when the client gives a token', async () => {
        const { report, progress } = await startServer(classFiles);
        await report({ workDoneToken: 'grade-1' });
        const mine = progress.filter(p => p.token === 'grade-1').map(p => p.value);
        expect(mine[0]).toMatchObject({ kind: 'begin', title: 'Grading', message: '0 of 3 files' });
        expect(mine.at(-2)).toEqual({ kind: 'report', percentage: 100, message: '3 of 3 files' });
        expect(mine.at(-1)).toEqual({ kind: 'end' });
    });

    it('answers with the rubric\'s problems, one line each, when it can\'t be used', async () => {
        const bad = JSON.stringify({ criteria: [{ id: 'args', rule: 'min-argument', min: 2, points: 2 }] });
        const { grade, uriOf } = await startServer({ ...classFiles, 'bad.argmap-rubric.json': bad, 'broken.json': '{"title": ', 'untitled.argmap-rubric.json': '{"criteria": [{"id": "t", "rule": "one-thesis", "points": 1}]}' });
        expect(await grade({ rubricUri: uriOf('bad.argmap-rubric.json') })).toEqual({
            problems: ['criterion "args" has an unknown rule "min-argument" (did you mean "min-arguments"?); the rules are one-thesis, min-arguments, min-objections, objections-answered, min-depth, min-cited-evidence, min-sources, required-framings, cross-framing-objection, no-errors, max-statement-words'],
        });
        expect(await grade({ rubricUri: uriOf('broken.json') })).toEqual({ problems: [expect.stringMatching(/^it is not valid JSON: /)] });
        expect(await grade({ rubricUri: uriOf('missing.json') })).toEqual({ problems: [expect.stringMatching(/^cannot read it: /)] });
        // Without a title, the rubric is named after its file, as on the command line.
        expect(await grade({ rubricUri: uriOf('untitled.argmap-rubric.json') })).toMatchObject({ title: 'untitled' });
    });
});
