/** The words and symbols of SOQL that the parser treats specially. */
import type { ComparisonOperator } from './ast';

const RESERVED = new Set([
    'SELECT',
    'FROM',
    'WHERE',
    'AND',
    'OR',
    'NOT',
    'LIKE',
    'IN',
    'INCLUDES',
    'EXCLUDES',
    'ORDER',
    'BY',
    'LIMIT',
    'OFFSET',
    'NULL',
    'TRUE',
    'FALSE',
    'ASC',
    'DESC',
    'NULLS',
    'GROUP',
    'HAVING',
    'WITH',
    'USING',
    'FOR',
    'TYPEOF'
]);

/** Real SOQL clauses the emulator does not implement; named plainly so a test failure says why. */
export const UNSUPPORTED_CLAUSES = new Set([
    'GROUP',
    'HAVING',
    'WITH',
    'USING',
    'FOR',
    'TYPEOF',
    'INCLUDES',
    'EXCLUDES'
]);

export const RELATIVE_DATES = new Set(['TODAY', 'YESTERDAY', 'TOMORROW']);
export const RELATIVE_DATE_RANGES = new Set(['LAST_N_DAYS', 'NEXT_N_DAYS']);

export const COMPARISON_SYMBOLS: Record<string, ComparisonOperator> = {
    '=': '=',
    '!=': '!=',
    '<>': '!=',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>='
};

export function isReserved(word: string): boolean {
    return RESERVED.has(word.toUpperCase());
}
