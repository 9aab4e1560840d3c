import { countWords } from '../language/validation/checks/style.js';
import { challengedStatement, describe, isAnswered } from '../model/graph-index.js';
import type { FileView, GraphElement } from './file-view.js';
import type { Criterion, CriterionOf } from './rubric.js';

/**
 * One function per rule: what it measures in a file (`actual`), exactly as DESIGN.md's table says,
 * counting only the file's own elements. Whether `actual` passes is grade.ts's business.
 */

/** Something in the student's file that feedback can point at: an element (with its line), a framing or a source. */
export interface Mention {
    /** A name as written in the file (`selfHelp`, `#realist`), shown as code; null for an unnamed element. */
    name: string | null;
    /** An unnamed element's description (`"States will not…"`, the start of its text): plain text, not Markdown. */
    description: string;
    line: number | null;
    /** A measurement about it, such as "52 words". */
    detail?: string;
}

export interface Measurement {
    actual: number;
    /** What feedback points at: what to fix (unanswered objections, uncited evidence, ...) or the context (the thesis, its framings). */
    mentions: Mention[];
}

export function measure(criterion: Criterion, view: FileView): Measurement {
    switch (criterion.rule) {
        case 'one-thesis': return measureOneThesis(view);
        case 'min-arguments': return measureMinArguments(view);
        case 'min-objections': return measureMinObjections(view);
        case 'objections-answered': return measureObjectionsAnswered(view);
        case 'min-depth': return measureMinDepth(view);
        case 'min-cited-evidence': return measureMinCitedEvidence(view);
        case 'min-sources': return measureMinSources(view);
        case 'required-framings': return measureRequiredFramings(view, criterion);
        case 'cross-framing-objection': return measureCrossFramingObjection(view);
        case 'no-errors': return measureNoErrors(view);
        case 'max-statement-words': return measureMaxStatementWords(view, criterion);
    }
}

/** Theses in the file. */
export function measureOneThesis(view: FileView): Measurement {
    return { actual: view.theses.length, mentions: view.theses.map(t => mentionOf(view, t)) };
}

/** Arguments supporting the (first) thesis directly: nested, explicit and one-premise shorthand alike. */
export function measureMinArguments(view: FileView): Measurement {
    const thesis = view.thesis;
    return { actual: thesis ? view.supportersOf(thesis.id).length : 0, mentions: thesis ? [mentionOf(view, thesis)] : [] };
}

/** Objection statements plus attacking arguments. */
export function measureMinObjections(view: FileView): Measurement {
    return { actual: view.objections.length, mentions: [] };
}

/**
 * The share (2 decimals) of the objections and attacking arguments that challenge a thesis of this
 * file (attack it, or undercut an argument for it) which something answers, by the same test as
 * the `unanswered-objection` check. None challenges the thesis: 1, nothing is left unanswered.
 */
export function measureObjectionsAnswered(view: FileView): Measurement {
    const { index } = view;
    const isOwnThesis = (id: string | null) => id !== null && view.isLocal(id) && index.statements.get(id)?.kind === 'thesis';
    const covered = view.objections.filter(o => (index.relationsFrom.get(o.id) ?? []).some(r => isOwnThesis(challengedStatement(index, r))));
    const unanswered = covered.filter(o => !isAnswered(index, o.id));
    const actual = covered.length === 0 ? 1 : round2((covered.length - unanswered.length) / covered.length);
    return { actual, mentions: unanswered.map(o => mentionOf(view, o)) };
}

/**
 * The longest support chain ending at the (first) thesis, counted in arguments: an argument for the
 * thesis is 1, an argument for one of its premises 2, and so on. Walked with an explicit stack
 * (chains may be thousands long); an edge back into the chain being walked (circular support,
 * already an error) is ignored, so the count stays finite.
 */
export function measureMinDepth(view: FileView): Measurement {
    const thesis = view.thesis;
    if (!thesis) return { actual: 0, mentions: [] };
    const depth = new Map<string, number>();
    const onChain = new Set<string>();
    const stack: Array<{ id: string; expanded: boolean }> = [{ id: thesis.id, expanded: false }];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (depth.has(frame.id)) {
            stack.pop();
        } else if (!frame.expanded) {
            frame.expanded = true;
            onChain.add(frame.id);
            for (const argument of view.supportersOf(frame.id)) {
                for (const premise of argument.premises) {
                    if (!depth.has(premise) && !onChain.has(premise)) stack.push({ id: premise, expanded: false });
                }
            }
        } else {
            stack.pop();
            onChain.delete(frame.id);
            let longest = 0;
            for (const argument of view.supportersOf(frame.id)) {
                const below = Math.max(0, ...argument.premises.map(p => depth.get(p) ?? 0));
                longest = Math.max(longest, 1 + below);
            }
            depth.set(frame.id, longest);
        }
    }
    return { actual: depth.get(thesis.id) ?? 0, mentions: [mentionOf(view, thesis)] };
}

/** `evidence` statements with at least one `cite`; the mentions are those without. */
export function measureMinCitedEvidence(view: FileView): Measurement {
    const evidence = view.statements.filter(s => s.kind === 'evidence');
    const uncited = evidence.filter(s => s.citations.length === 0);
    return { actual: evidence.length - uncited.length, mentions: uncited.map(s => mentionOf(view, s)) };
}

/** Distinct sources cited by the file's statements and arguments; the mentions are the map's sources it never cites. */
export function measureMinSources(view: FileView): Measurement {
    const cited = new Set<string>();
    for (const element of [...view.statements, ...view.arguments]) for (const c of element.citations) cited.add(c.source);
    const uncited = view.input.graph.sources.filter(s => !cited.has(s.name)).map(s => nameMention(s.name));
    return { actual: cited.size, mentions: uncited };
}

/** How many of the required framings the file's `#` tags use; the mentions are the missing ones. */
export function measureRequiredFramings(view: FileView, criterion: CriterionOf<'required-framings'>): Measurement {
    const used = new Set<string>();
    for (const element of [...view.statements, ...view.arguments]) for (const f of element.framings) used.add(f);
    const missing = criterion.framings.filter(f => !used.has(f));
    return { actual: criterion.framings.length - missing.length, mentions: missing.map(f => nameMention(`#${f}`)) };
}

/**
 * Objections and attacking arguments tagged with a framing the (first) thesis lacks: the student
 * has met the case from another school of thought. The mentions are the thesis's own framings.
 */
export function measureCrossFramingObjection(view: FileView): Measurement {
    const own = view.thesis?.framings ?? [];
    const actual = view.objections.filter(o => o.framings.some(f => !own.includes(f))).length;
    return { actual, mentions: own.map(f => nameMention(`#${f}`)) };
}

/** Errors, as `check` reports them (default severities, ignore comments applied). */
export function measureNoErrors(view: FileView): Measurement {
    return { actual: view.input.diagnostics.filter(d => d.severity === 'error').length, mentions: [] };
}

/** Words in the file's longest statement; the mentions are the statements over the limit, longest first. */
export function measureMaxStatementWords(view: FileView, criterion: CriterionOf<'max-statement-words'>): Measurement {
    const counted = view.statements.map(s => ({ statement: s, words: countWords(s.text) }));
    const actual = counted.reduce((longest, c) => Math.max(longest, c.words), 0);
    const over = counted.filter(c => c.words > criterion.max).sort((a, b) => b.words - a.words);
    return { actual, mentions: over.map(c => ({ ...mentionOf(view, c.statement), detail: `${c.words} words` })) };
}

function mentionOf(view: FileView, element: GraphElement): Mention {
    return { name: element.name, description: element.name === null ? describe(element, view.index) : '', line: element.range.line };
}

function nameMention(name: string): Mention {
    return { name, description: '', line: null };
}

/** Points and shares are shown with at most 2 decimals; rounding here keeps 0.1 + 0.2 from printing as 0.30000000000000004. */
export function round2(value: number): number {
    return Math.round((value + Number.EPSILON) * 100) / 100;
}
