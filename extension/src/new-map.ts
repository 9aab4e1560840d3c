import * as vscode from 'vscode';

/** The template of "Argmap: New Argument Map": a small, complete map whose comments teach the next step. */
export const newMapTemplate = `map "\${1:Your question}" by "\${2:Your name}"
// A new argument map (the first line names it). Save it with the .argmap extension; Argmap checks
// it as you type. Hover over a name to see what Argmap knows about it; Ctrl+Space suggests what
// can come next.

// The works you cite. Cite them with: cite NAME "page or article"
source \${3:author2024} "\${4:Author, A. (2024). Title. Publisher.}"

// The perspectives your moves come from. Tag a move with #NAME.
framing \${5:liberal} "\${6:Liberal institutionalism}"

// Your main contention. Everything inside its block is connected to it.
thesis \${7:main} "\${8:State your position in one sentence.}" #\${5:liberal} {

  // An argument: premises that together support the thesis.
  argument {
    claim "\${9:A reason for your position.}" cite \${3:author2024}
    evidence "\${10:A fact that backs it up.}" cite \${3:author2024} "p. 1"
  }

  // The strongest objection to your thesis, and your answer to it.
  objection "\${11:The best case against your position.}" {
    rebuttal "\${12:Why it does not defeat your thesis.}" cite \${3:author2024}
  }
}
`;

export function registerNewMapCommand(): vscode.Disposable {
    return vscode.commands.registerCommand('argmap.newMap', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'argmap', content: '' });
        const editor = await vscode.window.showTextDocument(document);
        await editor.insertSnippet(new vscode.SnippetString(newMapTemplate));
    });
}
