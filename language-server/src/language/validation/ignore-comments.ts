import type { Range } from 'vscode-languageserver-types';

/**
 * `// argmap-ignore CODE...` and `// argmap-ignore-file CODE...` (DESIGN.md, "Checks"). A trailing
 * comment silences its own line; a comment on a line of its own silences the next line that holds
 * code, skipping blank and comment lines. Text after `--` is the reason and is ignored.
 */
export interface IgnoreDirective {
    /** The 0-based line whose diagnostics it silences; undefined for a file-wide directive or one with no code after it. */
    line: number | undefined;
    fileWide: boolean;
    codes: Array<{ code: string; range: Range }>;
    /** The comment itself, for a directive that names no code. */
    range: Range;
}

const directivePattern = /^\/\/\s*argmap-ignore(-file)?(?=\s|$)/;

/**
 * Finds the directives in a text. A small scanner that knows where strings and comments are (the
 * grammar's STRING, SL_COMMENT and ML_COMMENT), so `//` inside a string is never a comment.
 */
export function findIgnoreDirectives(text: string): IgnoreDirective[] {
    if (!text.includes('argmap-ignore')) return [];
    const codeLines = new Set<number>();
    const comments: Array<{ line: number; column: number; text: string; trailing: boolean }> = [];
    let line = 0;
    let lineStart = 0;
    let i = 0;
    const newline = (at: number) => {
        // LF, CRLF and a lone CR each end a line.
        if (text[at] === '\r' && text[at + 1] === '\n') return 2;
        return text[at] === '\n' || text[at] === '\r' ? 1 : 0;
    };
    while (i < text.length) {
        const nl = newline(i);
        if (nl > 0) { i += nl; line++; lineStart = i; continue; }
        const c = text[i];
        if (c === '/' && text[i + 1] === '/') {
            let end = i;
            while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
            comments.push({ line, column: i - lineStart, text: text.substring(i, end), trailing: codeLines.has(line) });
            i = end;
        } else if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            const end = close < 0 ? text.length : close + 2;
            for (let j = i; j < end; j++) {
                const n = newline(j);
                if (n > 0) { j += n - 1; line++; lineStart = j + 1; }
            }
            i = end;
        } else if (c === '"') {
            codeLines.add(line);
            i++;
            while (i < text.length && text[i] !== '"') {
                if (text[i] === '\\' && ++i >= text.length) break;
                const n = newline(i);
                if (n > 0) { i += n; line++; lineStart = i; codeLines.add(line); continue; }
                i++;
            }
            i++;
        } else {
            if (!/\s/.test(c)) codeLines.add(line);
            i++;
        }
    }
    const lastLine = line;
    const directives: IgnoreDirective[] = [];
    for (const comment of comments) {
        const match = directivePattern.exec(comment.text);
        if (!match) continue;
        const fileWide = match[1] !== undefined;
        const rest = comment.text.substring(match[0].length);
        const reasonAt = rest.search(/(^|\s)--/);
        const list = reasonAt < 0 ? rest : rest.substring(0, reasonAt);
        const codes: IgnoreDirective['codes'] = [];
        const codePattern = /[^\s,]+/g;
        for (let m = codePattern.exec(list); m; m = codePattern.exec(list)) {
            const column = comment.column + match[0].length + m.index;
            codes.push({ code: m[0], range: { start: { line: comment.line, character: column }, end: { line: comment.line, character: column + m[0].length } } });
        }
        let target: number | undefined;
        if (!fileWide) {
            if (comment.trailing) target = comment.line;
            else for (let l = comment.line + 1; l <= lastLine; l++) if (codeLines.has(l)) { target = l; break; }
        }
        directives.push({
            line: target, fileWide, codes,
            range: { start: { line: comment.line, character: comment.column }, end: { line: comment.line, character: comment.column + comment.text.length } },
        });
    }
    return directives;
}
