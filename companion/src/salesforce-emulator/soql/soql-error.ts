/**
 * SOQL failures in the shape Salesforce reports them: an error code and a
 * message that, for anything tied to a place in the query, starts with a
 * preamble quoting the query line with a caret under the offending spot.
 */

export type SoqlErrorCode =
    'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE' | 'NUMBER_OUTSIDE_VALID_RANGE';

export class SoqlError extends Error {
    constructor(
        readonly errorCode: SoqlErrorCode,
        message: string
    ) {
        super(message);
        this.name = 'SoqlError';
    }
}

/** Builds the error for a problem found at `offset` (0-based) in the query text. */
export function soqlErrorAt(
    errorCode: SoqlErrorCode,
    soql: string,
    offset: number,
    detail: string
): SoqlError {
    return new SoqlError(errorCode, positionPreamble(soql, offset) + detail);
}

/**
 * Recorded messages show a short line whole, but a long line only from about
 * thirty characters before the error to about thirty after, each edge widened
 * to the end of the word it falls in. The 100-character threshold is inferred
 * from four recorded messages; a query near it may be cut differently than
 * Salesforce would cut it, which changes only the quoted text.
 */
const WHOLE_LINE_LIMIT = 100;
const CONTEXT_CHARS = 30;

export function positionPreamble(soql: string, offset: number): string {
    const { row, column, lineText } = locate(soql, offset);
    const errorIndex = column - 1;

    let start = 0;
    let end = lineText.length;
    if (lineText.length > WHOLE_LINE_LIMIT) {
        start = widenBackwards(lineText, Math.max(0, errorIndex - CONTEXT_CHARS));
        end = widenForwards(lineText, Math.min(lineText.length, errorIndex + CONTEXT_CHARS));
    }

    const shown = lineText.slice(start, end);
    const caret = ' '.repeat(errorIndex - start) + '^';
    return `\n${shown}\n${caret}\nERROR at Row:${row}:Column:${column}\n`;
}

/** 1-based row and column of an offset, and the text of its line. */
export function locate(
    soql: string,
    offset: number
): { row: number; column: number; lineText: string } {
    const before = soql.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const row = before.split('\n').length;
    const lineEnd = soql.indexOf('\n', lineStart);
    const lineText = soql.slice(lineStart, lineEnd === -1 ? soql.length : lineEnd);
    return { row, column: offset - lineStart + 1, lineText };
}

function isWordChar(char: string | undefined): boolean {
    return char !== undefined && /[A-Za-z0-9_.]/.test(char);
}

function widenBackwards(text: string, index: number): number {
    let start = index;
    while (start > 0 && isWordChar(text[start]) && isWordChar(text[start - 1])) start--;
    return start;
}

function widenForwards(text: string, index: number): number {
    let end = index;
    while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
    return end;
}
