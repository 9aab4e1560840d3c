/** A problem with how the command was called or what it was given: exit code 2, one line on stderr. */
export class UsageError extends Error { }

/**
 * A message as one line of plain text: what quotes user input (a file name, a JSON parser's excerpt
 * of the file) may hold line breaks, and control characters that a terminal would act on.
 */
export function oneLine(text: string): string {
    return text.replace(/\s*[\u0000-\u001f\u007f\u2028\u2029]+\s*/g, ' ').trim();
}
