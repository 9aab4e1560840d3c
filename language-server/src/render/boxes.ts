/**
 * The inside of a box: heading, wrapped text and badges, positioned relative to the box's top-left
 * corner. Box widths are fixed per kind, so a box's size depends only on how many lines its text
 * wraps to (and on its badges): editing a word moves nothing unless the line count changes.
 */
import type { GraphArgument, GraphStatement } from '../model/argument-graph.js';
import { fontAscent, fontDescent, measureText } from './font-metrics.js';
import type { SceneBadge, SceneText } from './map-scene.js';
import { attackingArgumentLabel, kindLabels } from './theme.js';
import { truncateText, wrapText } from './text-wrap.js';

export const sizes = {
    statementWidth: 240,
    thesisWidth: 320,
    padX: 12,
    padY: 9,
    headingSize: 12,
    headingHeight: 16,
    bodySize: 14,
    bodyLine: 19,
    thesisSize: 16,
    thesisLine: 22,
    badgeSize: 12,
    badgeHeight: 18,
    badgeGap: 5,
    badgePad: 6,
    /** Room the status marker takes at the right of a heading. */
    markerRoom: 24,
    /** Padding of an argument box around its premises. */
    groupPad: 10,
} as const;

export interface BoxContent {
    width: number;
    height: number;
    /** Relative to the box's top-left corner. */
    lines: SceneText[];
    badges: SceneBadge[];
}

/** The baseline of a line of `size` px text centred in a line box `lineHeight` tall starting at `top`. */
export function baseline(top: number, size: number, lineHeight: number): number {
    return top + (lineHeight - size * (fontAscent + fontDescent)) / 2 + size * fontAscent;
}

function heading(kind: string, name: string | null, extra: string | null, width: number): SceneText {
    const text = [kind, name, extra].filter(part => part !== null && part !== '').join(' \u00b7 ');
    return {
        x: sizes.padX, y: baseline(sizes.padY, sizes.headingSize, sizes.headingHeight),
        text: truncateText(text, width - 2 * sizes.padX - sizes.markerRoom, sizes.headingSize),
        size: sizes.headingSize, role: 'heading',
    };
}

/** Badges flowing left to right from (`left`, `top`) within `maxWidth`; returns their bottom. */
function flowBadges(labels: Array<{ kind: SceneBadge['kind']; label: string }>, left: number, top: number, maxWidth: number, into: SceneBadge[]): number {
    if (labels.length === 0) return top;
    let x = left;
    let y = top;
    for (const { kind, label } of labels) {
        const text = truncateText(label, maxWidth - 2 * sizes.badgePad, sizes.badgeSize);
        const width = measureText(text, sizes.badgeSize) + 2 * sizes.badgePad;
        if (x > left && x + width > left + maxWidth) {
            x = left;
            y += sizes.badgeHeight + sizes.badgeGap;
        }
        into.push({ kind, label: text, x, y, width, height: sizes.badgeHeight });
        x += width + sizes.badgeGap;
    }
    return y + sizes.badgeHeight;
}

export interface BadgeOptions {
    /** Footnote number of each cited source. */
    sourceNumbers: ReadonlyMap<string, number>;
}

function badgeLabels(element: GraphStatement | GraphArgument, options: BadgeOptions): Array<{ kind: SceneBadge['kind']; label: string }> {
    const labels: Array<{ kind: SceneBadge['kind']; label: string }> = element.framings.map(f => ({ kind: 'framing', label: `#${f}` }));
    for (const c of element.citations) {
        const n = options.sourceNumbers.get(c.source);
        const marker = n === undefined ? `[${c.source}]` : `[${n}]`;
        labels.push({ kind: 'citations', label: c.locator ? `${marker} ${c.locator}` : marker });
    }
    return labels;
}

export function statementWidth(s: GraphStatement): number {
    return s.kind === 'thesis' ? sizes.thesisWidth : sizes.statementWidth;
}

/** A statement's box: heading (kind and name), its text wrapped, then its framings and citations. */
export function statementBox(s: GraphStatement, options: BadgeOptions): BoxContent {
    const width = statementWidth(s);
    const thesis = s.kind === 'thesis';
    const size = thesis ? sizes.thesisSize : sizes.bodySize;
    const lineHeight = thesis ? sizes.thesisLine : sizes.bodyLine;
    // The critical questions an objection raises: `Q1`, `Q1 Q3`.
    const questions = s.questions && s.questions.length > 0 ? s.questions.map(q => `Q${q}`).join(' ') : null;
    const lines: SceneText[] = [heading(kindLabels[s.kind], s.name, questions, width)];
    let top = sizes.padY + sizes.headingHeight + 3;
    for (const text of wrapText(s.text, width - 2 * sizes.padX, size)) {
        lines.push({ x: sizes.padX, y: baseline(top, size, lineHeight), text, size, role: 'body' });
        top += lineHeight;
    }
    const badges: SceneBadge[] = [];
    const labels = badgeLabels(s, options);
    const bottom = labels.length > 0 ? flowBadges(labels, sizes.padX, top + 5, width - 2 * sizes.padX, badges) : top;
    return { width, height: Math.ceil(bottom + sizes.padY), lines, badges };
}

/**
 * An argument's header, above its premises: its kind, name and scheme, then its framings and
 * citations. A one-premise argument written as shorthand or nested (`implicit`) and an unnamed one
 * with nothing to show get no header, only a thin frame.
 */
export function argumentHeader(a: GraphArgument, attacking: boolean, compact: boolean, width: number, options: BadgeOptions): BoxContent {
    if (compact) return { width, height: sizes.groupPad, lines: [], badges: [] };
    const lines = [heading(attacking ? attackingArgumentLabel : kindLabels.argument, a.name, a.scheme === null ? null : `scheme: ${a.scheme}`, width)];
    const badges: SceneBadge[] = [];
    const top = sizes.padY + sizes.headingHeight + 4;
    const labels = badgeLabels(a, options);
    const bottom = labels.length > 0 ? flowBadges(labels, sizes.padX, top, width - 2 * sizes.padX, badges) + 2 : top;
    return { width, height: Math.ceil(Math.max(bottom + 6, sizes.groupPad)), lines, badges };
}
