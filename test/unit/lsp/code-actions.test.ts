import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArgmapText } from '../../../language-server/src/language/text-decoding.js';
import type { CheckCode } from '../../../language-server/src/language/validation/codes.js';
import type { DiagnosticData } from '../../../language-server/src/language/validation/report.js';
import { everyQuickFix, quickFixes, type AppliedFix } from '../../helpers/code-actions.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { stripMarkers } from '../../helpers/fixtures.js';

const text = (...lines: string[]) => lines.join('\n');

/** The fix leaves a file that parses, and the diagnostic it was for (the file's only one of that code) is gone. */
function expectFixed(fix: AppliedFix, code: CheckCode): void {
    expect(fix.syntaxErrorsAfter, `syntax errors after "${fix.title}"`).toBe(0);
    expect(fix.codesAfter.filter(c => c.startsWith(`${code}@`)), `${code} after "${fix.title}"`).toEqual([]);
}

describe('quick fixes', () => {
    describe('unresolved-reference', () => {
        it('declares a missing source after the last source', async () => {
            const { titles, fix } = await quickFixes(text(
                'map "Collective security"',
                'source un "Charter of the United Nations (1945)"',
                '',
                'thesis need "The world needs collective security." cite un {',
                '    claim "Enforcement is selective." cite roberts',
                '}',
            ), 'unresolved-reference');
            expect(titles).toEqual(['Declare source `roberts`']);
            const declared = fix('Declare source `roberts`');
            expect(declared.after).toBe(text(
                'map "Collective security"',
                'source un "Charter of the United Nations (1945)"',
                'source roberts "Author (year). Title."',
                '',
                'thesis need "The world needs collective security." cite un {',
                '    claim "Enforcement is selective." cite roberts',
                '}',
            ));
            expectFixed(declared, 'unresolved-reference');
        });

        it('declares a source after the imports, else after `map`, keeping a comment on its line', async () => {
            const files = {
                'main.argmap': text(
                    'map "M" // draft',
                    'import "./lib.argmap" // the shared reading list',
                    'thesis t "T." cite siddiqi',
                ),
                'lib.argmap': 'framing realist "Realism"',
            };
            const { fix } = await quickFixes(files, 'unresolved-reference');
            expect(fix('Declare source `siddiqi`').after).toBe(text(
                'map "M" // draft',
                'import "./lib.argmap" // the shared reading list',
                'source siddiqi "Author (year). Title."',
                'thesis t "T." cite siddiqi',
            ));
            const noImport = await quickFixes(text('map "M" // draft', 'thesis t "T." cite siddiqi'), 'unresolved-reference');
            expect(noImport.fix('Declare source `siddiqi`').after).toBe(text(
                'map "M" // draft',
                'source siddiqi "Author (year). Title."',
                'thesis t "T." cite siddiqi',
            ));
            const nothing = await quickFixes(text('// My map', '', 'thesis t "T." cite siddiqi'), 'unresolved-reference');
            const first = nothing.fix('Declare source `siddiqi`');
            expect(first.after).toBe(text('// My map', '', 'source siddiqi "Author (year). Title."', 'thesis t "T." cite siddiqi'));
            expectFixed(first, 'unresolved-reference');
        });

        it('declares a missing framing after the last framing, and offers a framing spelt nearly the same', async () => {
            const { titles, fix } = await quickFixes(text(
                'source un "UN Charter"',
                'framing liberal "Liberal institutionalism"',
                'framing realists "Realism"',
                'thesis t "T." #liberal cite un {',
                '    objection "States help themselves." #realist cite un { rebuttal "Not always." #liberal cite un }',
                '}',
            ), 'unresolved-reference');
            expect(titles).toEqual(['Change to `realists`', 'Declare framing `realist`']);
            expect(fix('Change to `realists`').preferred).toBe(true);
            const declared = fix('Declare framing `realist`');
            expect(declared.after).toBe(text(
                'source un "UN Charter"',
                'framing liberal "Liberal institutionalism"',
                'framing realists "Realism"',
                'framing realist "Label"',
                'thesis t "T." #liberal cite un {',
                '    objection "States help themselves." #realist cite un { rebuttal "Not always." #liberal cite un }',
                '}',
            ));
            expectFixed(declared, 'unresolved-reference');
            expectFixed(fix('Change to `realists`'), 'unresolved-reference');
        });

        it('corrects a misspelt statement name, or adds the claim at the end of the file', async () => {
            const before = text(
                'thesis need "The world needs collective security."',
                'argument supports nedd { claim "Aggression threatens every state." }',
                '',
            );
            const { titles, fix } = await quickFixes(before, 'unresolved-reference');
            expect(titles).toEqual(['Change to `need`', 'Add claim `nedd` at the end of the file']);
            const renamed = fix('Change to `need`');
            expect(renamed.after).toBe(before.replace('supports nedd', 'supports need'));
            expectFixed(renamed, 'unresolved-reference');
            const added = fix('Add claim `nedd` at the end of the file');
            expect(added.after).toBe(before + 'claim nedd "..."\n');
            expectFixed(added, 'unresolved-reference');
        });

        it('adds a missing premise as a claim (a file without a final line break gets one before it)', async () => {
            const { fix } = await quickFixes(text('thesis t "T." {', '    argument { vetoes }', '}'), 'unresolved-reference');
            const added = fix('Add claim `vetoes` at the end of the file');
            expect(added.after).toBe(text('thesis t "T." {', '    argument { vetoes }', '}', 'claim vetoes "..."'));
            expectFixed(added, 'unresolved-reference');
        });

        it('declares no claim where an argument is needed (`undercuts`)', async () => {
            const { titles } = await quickFixes(text('thesis t "T."', 'objection undercuts missing "O."'), 'unresolved-reference');
            expect(titles).toEqual([]);
        });
    });

    describe('duplicate-name', () => {
        it('renames the later declaration to the first free name', async () => {
            const before = text(
                'thesis need "N." {',
                '    argument { claim veto "The veto blocks any response." }',
                '}',
                'claim veto2 "Taken already."',
                'claim veto "The veto was used 29 times."',
            );
            const { titles, fix } = await quickFixes(before, 'duplicate-name');
            expect(titles).toEqual(['Rename this `veto` to `veto3`']);
            const renamed = fix('Rename this `veto` to `veto3`');
            expect(renamed.preferred).toBe(true);
            expect(renamed.after).toBe(before.replace('claim veto "The veto was used', 'claim veto3 "The veto was used'));
            expectFixed(renamed, 'duplicate-name');
        });

        it('offers nothing for a name two imports declare', async () => {
            const { titles } = await quickFixes({
                'main.argmap': text('import "./a.argmap"', 'import "./b.argmap"', 'thesis t "T." cite un'),
                'a.argmap': 'source un "A"',
                'b.argmap': 'source un "B"',
            }, 'duplicate-name');
            expect(titles).toEqual([]);
        });
    });

    describe('unsupported-claim and uncited-evidence', () => {
        it('cites each declared source, this file\'s first, after the text and attributes and before the block', async () => {
            const files = {
                'main.argmap': text(
                    'import "./lib.argmap"',
                    'source siddiqi "Siddiqi (2023)"',
                    'framing liberal "Liberal"',
                    'thesis need "N." cite siddiqi {',
                    '    claim council "The Council can act." #liberal {',
                    '        objection "It rarely does." cite siddiqi { rebuttal "It did in 1990." cite siddiqi }',
                    '    }',
                    '}',
                ),
                'lib.argmap': 'source roberts "Roberts and Zaum (2008)"',
            };
            const { titles, fix } = await quickFixes(files, 'unsupported-claim');
            expect(titles).toEqual(['Cite `siddiqi`', 'Cite `roberts`']);
            const cited = fix('Cite `roberts`');
            expect(cited.after).toBe(files['main.argmap'].replace('#liberal {', '#liberal cite roberts {'));
            expectFixed(cited, 'unsupported-claim');
            expect(fix('Cite `siddiqi`').preferred).toBe(false);
        });

        it('cites the only source of uncited evidence as the preferred fix, keeping a trailing comment in place', async () => {
            const before = text(
                'source un "UN Charter"',
                'thesis need "N." cite un {',
                '    evidence "Resolution 678 passed in 1990." // check the year',
                '}',
            );
            const { titles, fix } = await quickFixes(before, 'uncited-evidence');
            expect(titles).toEqual(['Cite `un`']);
            const cited = fix('Cite `un`');
            expect(cited.preferred).toBe(true);
            expect(cited.after).toBe(before.replace('1990."', '1990." cite un'));
            expectFixed(cited, 'uncited-evidence');
        });

        it('declares a placeholder source and cites it when there is none', async () => {
            const before = text('map "M"', '', 'thesis need "N." {', '    evidence "Russia invaded Ukraine in 2022."', '}');
            const { titles, fix } = await quickFixes(before, 'uncited-evidence');
            expect(titles).toEqual(['Add a source and cite it']);
            const added = fix('Add a source and cite it');
            expect(added.after).toBe(text(
                'map "M"',
                'source newSource "Author (year). Title."',
                '',
                'thesis need "N." {',
                '    evidence "Russia invaded Ukraine in 2022." cite newSource',
                '}',
            ));
            expectFixed(added, 'uncited-evidence');
        });
    });

    describe('unanswered-objection', () => {
        it('adds a rebuttal block to an objection, one level deeper than its line', async () => {
            const before = text(
                'source un "UN Charter"',
                'thesis need "N." {',
                '  argument { claim "Aggression threatens every state." cite un }',
                '  objection selfHelp "States will not risk soldiers for others." #realist',
                '    cite un',
                '}',
                'framing realist "Realism"',
            );
            const { titles, fix } = await quickFixes(before, 'unanswered-objection');
            expect(titles).toEqual(['Add a rebuttal to `selfHelp`']);
            const added = fix('Add a rebuttal to `selfHelp`');
            expect(added.after).toBe(text(
                'source un "UN Charter"',
                'thesis need "N." {',
                '  argument { claim "Aggression threatens every state." cite un }',
                '  objection selfHelp "States will not risk soldiers for others." #realist',
                '    cite un {',
                '    rebuttal "..."',
                '  }',
                '}',
                'framing realist "Realism"',
            ));
            expectFixed(added, 'unanswered-objection');
        });

        it('adds the rebuttal as the last item of an existing block, indented as the items above', async () => {
            const before = text(
                'source un "UN Charter"',
                'thesis need "N." { argument { claim "A." cite un } }',
                'objection noEnforcer attacks need "Nobody enforces it." cite un {',
                '\tclaim "Nobody ever did." cite un',
                '}',
            );
            const { fix } = await quickFixes(before, 'unanswered-objection');
            const added = fix('Add a rebuttal to `noEnforcer`');
            expect(added.after).toBe(text(
                'source un "UN Charter"',
                'thesis need "N." { argument { claim "A." cite un } }',
                'objection noEnforcer attacks need "Nobody enforces it." cite un {',
                '\tclaim "Nobody ever did." cite un',
                '\trebuttal "..."',
                '}',
            ));
            expectFixed(added, 'unanswered-objection');
        });

        it('adds a rebuttal inside an unanswered attacking argument (it undercuts it)', async () => {
            const before = text(
                'source un "UN Charter"',
                'thesis need "N." { claim "A." cite un }',
                'argument burden attacks need { claim costs "Enforcement falls on the few." cite un }',
            );
            const { fix } = await quickFixes(before, 'unanswered-objection');
            const added = fix('Add a rebuttal to `burden`');
            expect(added.after).toBe(text(
                'source un "UN Charter"',
                'thesis need "N." { claim "A." cite un }',
                'argument burden attacks need { claim costs "Enforcement falls on the few." cite un rebuttal "..." }',
            ));
            expectFixed(added, 'unanswered-objection');
        });

        it('keeps an `argmap-ignore` comment on the line it silences', async () => {
            const before = text(
                'source un "UN Charter"',
                'thesis need "N." { claim "A." cite un }',
                'objection o attacks need "O." cite un // argmap-ignore long-statement',
            );
            const { fix } = await quickFixes(before, 'unanswered-objection');
            expect(fix('Add a rebuttal to `o`').after).toBe(text(
                'source un "UN Charter"',
                'thesis need "N." { claim "A." cite un }',
                'objection o attacks need "O." cite un { // argmap-ignore long-statement',
                '    rebuttal "..."',
                '}',
            ));
        });

        it('keeps CRLF line ends', async () => {
            const before = 'source un "U"\r\nthesis need "N." { claim "A." cite un }\r\nobjection o attacks need "O." cite un\r\n';
            const { fix } = await quickFixes(before, 'unanswered-objection');
            const added = fix('Add a rebuttal to `o`');
            expect(added.after).toBe('source un "U"\r\nthesis need "N." { claim "A." cite un }\r\nobjection o attacks need "O." cite un {\r\n    rebuttal "..."\r\n}\r\n');
            expectFixed(added, 'unanswered-objection');
        });
    });

    describe('no-thesis and multiple-theses', () => {
        it('turns the first top-level claim without a relation into the thesis', async () => {
            const before = text(
                'map "Collective security"',
                'source un "UN Charter"',
                'claim costs supports need "War is costly." cite un',
                'claim need "The world needs collective security." cite un',
                'argument supports need { claim "Aggression threatens everyone." cite un }',
            );
            const { titles, fix } = await quickFixes(before, 'no-thesis');
            expect(titles).toEqual(['Make the claim `need` the thesis']);
            const made = fix('Make the claim `need` the thesis');
            expect(made.preferred).toBe(true);
            expect(made.after).toBe(before.replace('claim need', 'thesis need'));
            expectFixed(made, 'no-thesis');
        });

        it('adds a thesis before the first statement when there is no top-level claim', async () => {
            const before = text('source un "UN Charter"', '', '  objection attacks x "O." cite un', 'evidence x "E." cite un');
            const { titles, fix } = await quickFixes(before, 'no-thesis');
            expect(titles).toEqual(['Add a thesis']);
            const added = fix('Add a thesis');
            expect(added.after).toBe(text('source un "UN Charter"', '', '  thesis main "..."', '  objection attacks x "O." cite un', 'evidence x "E." cite un'));
            expectFixed(added, 'no-thesis');
        });

        it('makes a second thesis a claim', async () => {
            const before = text('thesis need "N."', 'thesis reform "The Council must be reformed." {', '    claim "It is outdated."', '}');
            const { titles, fix } = await quickFixes(before, 'multiple-theses');
            expect(titles).toEqual(['Make `reform` a claim']);
            const made = fix('Make `reform` a claim');
            expect(made.after).toBe(before.replace('thesis reform', 'claim reform'));
            expectFixed(made, 'multiple-theses');
        });
    });

    describe('unused-source and unused-framing', () => {
        it('removes an unused source with its line, comment included', async () => {
            const before = text(
                'source un "UN Charter"',
                'source waltz "Waltz (1979)" // for later',
                'thesis need "N." cite un',
            );
            const { titles, fix } = await quickFixes(before, 'unused-source');
            expect(titles).toEqual(['Remove source `waltz`']);
            const removed = fix('Remove source `waltz`');
            expect(removed.preferred).toBe(false);
            expect(removed.after).toBe(text('source un "UN Charter"', 'thesis need "N." cite un'));
            expectFixed(removed, 'unused-source');
        });

        it('removes only the declaration when code shares its line, and a framing over several lines', async () => {
            const before = text(
                'source un "UN Charter" framing realist "Realism" "States rely',
                '    on self-help." thesis need "N." cite un',
            );
            const { fix } = await quickFixes(before, 'unused-framing');
            const removed = fix('Remove framing `realist`');
            expect(removed.after).toBe(text('source un "UN Charter" thesis need "N." cite un'));
            expectFixed(removed, 'unused-framing');
            const last = await quickFixes(text('thesis need "N." cite un', 'source un "UN Charter"', 'framing realist "Realism"'), 'unused-framing');
            expect(last.fix('Remove framing `realist`').after).toBe(text('thesis need "N." cite un', 'source un "UN Charter"', ''));
        });
    });

    describe('empty-argument', () => {
        it('adds a premise placeholder on a line of its own', async () => {
            const before = text('thesis need "N."', 'argument failure supports need {', '}');
            const { titles, fix } = await quickFixes(before, 'empty-argument');
            expect(titles).toEqual(['Add a premise to `failure`']);
            const added = fix('Add a premise to `failure`');
            expect(added.after).toBe(text('thesis need "N."', 'argument failure supports need {', '    claim "..."', '}'));
            expectFixed(added, 'empty-argument');
        });

        it('adds it inside a one-line block', async () => {
            const before = text('thesis need "N." {', '  argument {}', '  argument burden { /* to do */ }', '}');
            const first = await quickFixes(before, 'empty-argument');
            expect(first.fix('Add a premise to this argument').after).toBe(before.replace('argument {}', 'argument { claim "..." }'));
            const second = await quickFixes(before, 'empty-argument', { which: 1 });
            const added = second.fix('Add a premise to `burden`');
            expect(added.after).toBe(before.replace('{ /* to do */ }', '{ /* to do */ claim "..." }'));
            expect(added.syntaxErrorsAfter).toBe(0);
        });
    });

    describe('schemes', () => {
        it('offers the nearest catalogue names for an unknown scheme, a likely typo preferred', async () => {
            const before = text('thesis need "N." {', '    argument experts scheme expert { claim "Scholars agree." }', '}');
            const { titles, fix } = await quickFixes(before, 'unknown-scheme');
            expect(titles).toEqual(['Change to `expert-opinion`', 'Change to `example`', 'Change to `precedent`']);
            const changed = fix('Change to `expert-opinion`');
            expect(changed.preferred).toBe(true);
            expect(changed.after).toBe(before.replace('scheme expert ', 'scheme expert-opinion '));
            expectFixed(changed, 'unknown-scheme');
            const cased = await quickFixes(before.replace('expert ', 'Cause_To_Effect '), 'unknown-scheme');
            expect(cased.titles[0]).toBe('Change to `cause-to-effect`');
            const far = await quickFixes(before.replace('expert ', 'slippery-slope '), 'unknown-scheme');
            expect(far.fixes).toHaveLength(3);
            expect(far.fixes.some(f => f.preferred)).toBe(false);
        });

        it('raises an open critical question as an objection inside the argument, the question as a comment', async () => {
            const before = text(
                'source un "UN Charter"',
                'thesis need "N." {',
                '    argument experts scheme sign {',
                '        claim "Arms spending rises." cite un',
                '    }',
                '}',
            );
            const { titles, fix } = await quickFixes(before, 'critical-questions');
            expect(titles).toEqual([
                'Raise critical question 1 against `experts`: Is the sign reliable?',
                'Raise critical question 2 against `experts`: Could something else explain it?',
            ]);
            const raised = fix('Raise critical question 2 against `experts`: Could something else explain it?');
            expect(raised.after).toBe(text(
                'source un "UN Charter"',
                'thesis need "N." {',
                '    argument experts scheme sign {',
                '        claim "Arms spending rises." cite un',
                '        objection "..." question 2 // Could something else explain it?',
                '    }',
                '}',
            ));
            expect(raised.syntaxErrorsAfter).toBe(0);
            // Question 1 is still open, so the note stays, listing only it.
            expect(raised.codesAfter).toContain('critical-questions@3:5');
            const both = await quickFixes(raised.after, 'critical-questions');
            expect(both.titles).toEqual(['Raise critical question 1 against `experts`: Is the sign reliable?']);
            const all = both.fix('Raise critical question 1 against `experts`: Is the sign reliable?');
            expectFixed(all, 'critical-questions');
        });

        it('writes the question as a block comment in a one-line block', async () => {
            const before = text('thesis need "N." {', '    argument scheme consequences { claim "War pays." }', '}');
            const { fix } = await quickFixes(before, 'critical-questions');
            const raised = fix('Raise critical question 1 against this argument: How likely are the consequences?');
            expect(raised.after).toBe(before.replace('"War pays." }', '"War pays." objection "..." question 1 /* How likely are the consequences? */ }'));
            expect(raised.syntaxErrorsAfter).toBe(0);
        });
    });

    describe('unknown-code', () => {
        it('offers the closest check codes', async () => {
            const before = text('// argmap-ignore-file unsuported-claim, Orphan-Statement', 'thesis need "N."');
            const { titles, fix } = await quickFixes(before, 'unknown-code');
            expect(titles).toEqual(['Change to `unsupported-claim`']);
            const changed = fix('Change to `unsupported-claim`');
            expect(changed.after).toBe(before.replace('unsuported', 'unsupported'));
            expect(changed.codesAfter.filter(c => c.startsWith('unknown-code'))).toEqual(['unknown-code@1:42']);
            const second = await quickFixes(before, 'unknown-code', { which: 1 });
            expect(second.titles).toEqual(['Change to `orphan-statement`']);
            const prefix = await quickFixes('// argmap-ignore-file orphan\nthesis need "N."', 'unknown-code');
            expect(prefix.titles).toEqual(['Change to `orphan-statement`']);
            expectFixed(prefix.fix('Change to `orphan-statement`'), 'unknown-code');
        });

        it('offers nothing for a directive without codes, or a code like none', async () => {
            expect((await quickFixes('// argmap-ignore -- fine\nthesis need "N."', 'unknown-code')).titles).toEqual([]);
            expect((await quickFixes('// argmap-ignore-file zzzzzz\nthesis need "N."', 'unknown-code')).titles).toEqual([]);
        });
    });

    describe('the other checks with a fix', () => {
        it('unsupported-thesis: adds an argument with a placeholder premise to the thesis', async () => {
            const before = text('source un "UN Charter"', 'thesis need "N." cite un');
            const { fix } = await quickFixes(before, 'unsupported-thesis');
            const added = fix('Add an argument for `need`');
            expect(added.after).toBe(text('source un "UN Charter"', 'thesis need "N." cite un {', '    argument { claim "..." }', '}'));
            expectFixed(added, 'unsupported-thesis');
        });

        it('one-sided: adds an objection to the thesis', async () => {
            const before = text('thesis need "N." {', '  claim "A."', '}');
            const { fix } = await quickFixes(before, 'one-sided');
            const added = fix('Add an objection to `need`');
            expect(added.after).toBe(text('thesis need "N." {', '  claim "A."', '  objection "..."', '}'));
            expectFixed(added, 'one-sided');
        });

        it('rebuttal-target: makes the rebuttal an objection', async () => {
            const before = text('thesis need "N." {', '  claim "A." { rebuttal "Not so." }', '}');
            const { titles, fix } = await quickFixes(before, 'rebuttal-target');
            expect(titles).toEqual(['Make this rebuttal an objection']);
            const made = fix('Make this rebuttal an objection');
            expect(made.after).toBe(before.replace('rebuttal "Not so."', 'objection "Not so."'));
            expectFixed(made, 'rebuttal-target');
        });

        it('missing-target: none (what it answers is the author\'s call)', async () => {
            expect((await quickFixes('thesis t "T."\nobjection o "O."', 'missing-target')).titles).toEqual([]);
        });
    });

    describe('the provider', () => {
        it('offers nothing for a diagnostic the document no longer has, or when only other kinds are asked for', async () => {
            const workspace = await buildWorkspace({ 'main.argmap': 'thesis need "N."\nclaim need "Again."' });
            const document = workspace.document('main.argmap');
            const provider = workspace.services.lsp.CodeActionProvider!;
            const [duplicate] = workspace.diagnostics('main.argmap').filter(d => d.code === 'duplicate-name');
            const ask = (diagnostic: typeof duplicate, only?: string[]) => provider.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic], only },
            });
            expect(await ask(duplicate)).toHaveLength(1);
            expect(await ask(duplicate, ['quickfix'])).toHaveLength(1);
            expect(await ask(duplicate, ['refactor'])).toBeUndefined();
            const moved = { ...duplicate, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } };
            expect(await ask(moved)).toEqual([]);
            // The client's diagnostic may come back without `data`: the server's own is used.
            expect(await ask({ ...duplicate, data: undefined })).toHaveLength(1);
        });
    });

    describe('every fix on every failing fixture', () => {
        const root = path.resolve(__dirname, '../../fixtures/checks');
        const folders = readdirSync(root).filter(name => !name.startsWith('.')).sort();

        /** A fixture folder's files without `<|`, `|>` and `// $TEST$` markers. */
        function fixtureFiles(folder: string): Record<string, string> {
            const files: Record<string, string> = {};
            for (const name of readdirSync(path.join(root, folder)).filter(n => n.endsWith('.argmap'))) {
                const { bytes } = stripMarkers(readFileSync(path.join(root, folder, name)));
                files[name] = decodeArgmapText(bytes).text.replace(/\/\/ *\$TEST\$.*/g, '');
            }
            return files;
        }

        it.each(folders)('%s/fails.argmap: each fix applied alone adds no syntax error', async folder => {
            const { syntaxErrorsBefore, diagnostics } = await everyQuickFix(fixtureFiles(folder), 'fails.argmap');
            for (const { diagnostic, fixes } of diagnostics) {
                for (const fix of fixes) {
                    const where = `${diagnostic.code}@${diagnostic.range.start.line + 1}: "${fix.title}"`;
                    expect(fix.syntaxErrorsAfter, where).toBeLessThanOrEqual(syntaxErrorsBefore);
                }
            }
        });

        it('offers a fix for each code the issue names wherever its fixture raises it', async () => {
            const covered: CheckCode[] = ['unresolved-reference', 'duplicate-name', 'unanswered-objection', 'no-thesis', 'unused-source',
                'unused-framing', 'empty-argument', 'unsupported-claim', 'uncited-evidence', 'unknown-scheme', 'critical-questions'];
            for (const code of covered) {
                const { diagnostics } = await everyQuickFix(fixtureFiles(code), 'fails.argmap');
                const mine = diagnostics.filter(d => d.diagnostic.code === code);
                expect(mine.length, code).toBeGreaterThan(0);
                // An ambiguous imported name (its data names the reference) is duplicate-name too, and has no fix on purpose.
                const without = mine.filter(d => d.fixes.length === 0 && !(code === 'duplicate-name' && (d.diagnostic.data as DiagnosticData).reference));
                expect(without.map(d => `${code}@${d.diagnostic.range.start.line + 1}`)).toEqual([]);
            }
        });
    });
});
