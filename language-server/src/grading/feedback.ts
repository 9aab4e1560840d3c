import { escapeMarkdown } from '../interop/markdown.js';
import { advice } from './advice.js';
import type { FileGrade } from './grade.js';
import { criterionTitle } from './messages.js';
import type { Rubric } from './rubric.js';

/**
 * The Markdown feedback for one student (`grade --feedback DIR`): the score, each criterion that lost
 * points with why and what to do, what already earns full points, then the errors. Written to the
 * student, kindly: it says what to add, not what they failed at.
 */
export function feedbackMarkdown(rubric: Rubric, grade: FileGrade): string {
    const lost = grade.criteria.filter(c => !c.passed);
    const kept = grade.criteria.filter(c => c.passed);
    const parts = [
        `# Feedback on ${escapeMarkdown(grade.file)}`,
        escapeMarkdown(rubric.title),
        `Your map earns **${grade.score} of ${grade.max} points**.`,
    ];

    if (lost.length === 0) {
        parts.push('Every criterion earns full points: well done.');
    } else {
        parts.push(`## Where you can still gain points`);
        for (const c of lost) {
            parts.push(`### ${escapeMarkdown(criterionTitle(c.criterion))}: ${c.points} of ${c.max}`, advice(c));
        }
    }

    if (kept.length > 0 && lost.length > 0) {
        parts.push('## What already earns full points',
            kept.map(c => `- ${escapeMarkdown(criterionTitle(c.criterion))} (${c.max} of ${c.max}): ${c.message}`).join('\n'));
    }

    if (grade.errorDiagnostics.length > 0) {
        parts.push('## Errors to fix',
            'Each error stops part of your map from being read as you meant it:',
            grade.errorDiagnostics.map(d => `- Line ${d.line}, column ${d.column} (\`${d.code}\`): ${escapeOutsideCode(d.message)}`).join('\n'));
    }
    parts.push(`Run \`argmap check ${grade.file.replace(/`/g, '')}\`, or open the file in VS Code, to see its warnings and hints too.`);
    return parts.join('\n\n') + '\n';
}

/**
 * The feedback file's name: the graded file as output names it, `/` → `__`, `.argmap` → `.md`
 * (`class/a.argmap` → `class__a.md`). `./` and a leading `/` are dropped, so the name never starts
 * with a dot or a separator and stays inside DIR.
 */
export function feedbackFileName(file: string): string {
    const segments = file.split('/').filter(s => s !== '' && s !== '.');
    const joined = segments.map(s => (s === '..' ? 'up' : s)).join('__');
    return `${joined.endsWith('.argmap') ? joined.slice(0, -'.argmap'.length) : joined}.md`;
}

/**
 * Feedback file names for a class, in order. Two files that would share a name (`class/a.argmap`
 * and `class__a.argmap`) get `-2`, `-3`, ... so no student's feedback overwrites another's.
 */
export function feedbackFileNames(files: readonly string[]): string[] {
    const taken = new Set<string>();
    return files.map(file => {
        const name = feedbackFileName(file);
        let unique = name;
        for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = name.replace(/\.md$/, `-${n}.md`);
        taken.add(unique.toLowerCase()); // case-insensitive: macOS and Windows would merge them
        return unique;
    });
}

/** Check messages use code spans for names and syntax on purpose; only the rest (the student's quoted text) is escaped. */
function escapeOutsideCode(text: string): string {
    return text.split(/(`[^`\n]+`)/).map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part))).join('');
}
