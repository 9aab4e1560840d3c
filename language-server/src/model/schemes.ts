/**
 * The catalogue of argument schemes and their critical questions (DESIGN.md, "Schemes"). A change
 * that adds a scheme adds it here, to DESIGN.md and to docs/schemes.md.
 */
export const schemes: Readonly<Record<string, readonly string[]>> = {
    'expert-opinion': [
        'Is the source an expert in the field?',
        'Is the source impartial?',
        'Do other experts agree?',
        'Is it based on evidence?',
    ],
    'analogy': [
        'Are the cases alike where it matters?',
        'Is there any relevant difference?',
        'Does another case point the other way?',
    ],
    'consequences': [
        'How likely are the consequences?',
        'Are there other consequences, on the other side?',
    ],
    'precedent': [
        'Is the earlier case really similar?',
        'Was it decided rightly?',
        'Have circumstances changed?',
    ],
    'cause-to-effect': [
        'Is the causal link established?',
        'Could something else cause it?',
        'Is the cause strong enough here?',
    ],
    'sign': [
        'Is the sign reliable?',
        'Could something else explain it?',
    ],
    'example': [
        'Is it accurate?',
        'Is it typical?',
        'Are there counter-examples?',
    ],
    'practical-reasoning': [
        'Will the action achieve the goal?',
        'Is there a better way?',
        'Are there bad side effects?',
    ],
    'popular-opinion': [
        'Is it really widely accepted?',
        'Is that a good reason here?',
    ],
};

export const schemeNames = Object.keys(schemes);

export function isKnownScheme(name: string): boolean {
    return Object.hasOwn(schemes, name);
}

/** The critical questions of a scheme, numbered from 1; empty for an unknown scheme. */
export function criticalQuestions(scheme: string | null): readonly string[] {
    return scheme !== null && isKnownScheme(scheme) ? schemes[scheme] : [];
}
