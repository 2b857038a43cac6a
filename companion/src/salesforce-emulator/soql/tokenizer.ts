/**
 * Splits SOQL text into tokens, each remembering where it starts so every
 * later error can point at the right row and column. Keywords are not told
 * apart from names here: words such as `LAST` or `FIRST` are keywords in one
 * place and field names in another, so the parser decides by position.
 */
import { locate, soqlErrorAt } from './soql-error';

export type Token =
    | { kind: 'identifier'; text: string; offset: number }
    | { kind: 'string'; text: string; value: string; raw: string; offset: number }
    | { kind: 'number'; text: string; value: number; offset: number }
    | { kind: 'date'; text: string; offset: number }
    | { kind: 'datetime'; text: string; instant: number; offset: number }
    | { kind: 'symbol'; text: string; offset: number }
    | { kind: 'eof'; text: '<EOF>'; offset: number };

const SYMBOLS = ['<=', '>=', '!=', '<>', '=', '<', '>', ',', '(', ')', ':'];
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /[+-]?\d+(?:\.\d+)?/y;
const DATE_START = /\d{4}-\d{2}-\d{2}/y;
const TEMPORAL_RUN = /\d{4}-\d{2}-\d{2}(?:[Tt][0-9:.]*(?:[Zz]|[+-][0-9:]*)?)?/y;
const DATETIME =
    /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Backslash escapes allowed in SOQL string literals; `\%` and `\_` matter to LIKE only. */
const ESCAPES: Record<string, string> = {
    n: '\n',
    N: '\n',
    t: '\t',
    T: '\t',
    r: '\r',
    R: '\r',
    b: '\b',
    B: '\b',
    f: '\f',
    F: '\f',
    '"': '"',
    "'": "'",
    '\\': '\\',
    '%': '%',
    _: '_'
};

export function tokenize(soql: string): Token[] {
    const tokens: Token[] = [];
    let index = 0;

    while (index < soql.length) {
        const char = soql.charAt(index);
        if (/\s/.test(char)) {
            index++;
            continue;
        }

        const token = readToken(soql, index);
        tokens.push(token.token);
        index = token.next;
    }

    tokens.push({ kind: 'eof', text: '<EOF>', offset: soql.length });
    return tokens;
}

function readToken(soql: string, start: number): { token: Token; next: number } {
    const char = soql.charAt(start);

    if (char === "'") return readString(soql, start);

    if (matchesAt(DATE_START, soql, start)) return readTemporal(soql, start);

    const number = matchAt(NUMBER, soql, start);
    if (number !== undefined) {
        const token: Token = { kind: 'number', text: number, value: Number(number), offset: start };
        return { token, next: start + number.length };
    }

    const identifier = matchAt(IDENTIFIER, soql, start);
    if (identifier !== undefined) {
        return {
            token: { kind: 'identifier', text: identifier, offset: start },
            next: start + identifier.length
        };
    }

    const symbol = SYMBOLS.find((candidate) => soql.startsWith(candidate, start));
    if (symbol !== undefined) {
        return {
            token: { kind: 'symbol', text: symbol, offset: start },
            next: start + symbol.length
        };
    }

    // Salesforce reports stray characters in its lexer's own form: 0-based column, no quote of the query.
    const { row, column } = locate(soql, start);
    throw soqlErrorAt(
        'MALFORMED_QUERY',
        soql,
        start,
        `line ${row}:${column - 1} unexpected token: '${char}'`
    );
}

function readString(soql: string, start: number): { token: Token; next: number } {
    let value = '';
    let index = start + 1;

    while (index < soql.length) {
        const char = soql.charAt(index);
        if (char === "'") {
            const raw = soql.slice(start + 1, index);
            const token: Token = {
                kind: 'string',
                text: soql.slice(start, index + 1),
                value,
                raw,
                offset: start
            };
            return { token, next: index + 1 };
        }

        if (char === '\\') {
            const escaped = soql.charAt(index + 1);
            const replacement = ESCAPES[escaped];
            if (replacement === undefined) {
                const literal = soql.slice(start, closingQuote(soql, index + 2) + 1);
                throw soqlErrorAt(
                    'MALFORMED_QUERY',
                    soql,
                    start,
                    `Invalid string literal '${literal}'. Illegal character sequence '\\${escaped}' in string literal.`
                );
            }
            value += replacement;
            index += 2;
            continue;
        }

        value += char;
        index++;
    }

    const { row, column } = locate(soql, soql.length);
    throw soqlErrorAt(
        'MALFORMED_QUERY',
        soql,
        start,
        `line ${row}:${column - 1} mismatched character '<EOF>' expecting '''`
    );
}

function closingQuote(soql: string, from: number): number {
    const found = soql.indexOf("'", from);
    return found === -1 ? soql.length - 1 : found;
}

function readTemporal(soql: string, start: number): { token: Token; next: number } {
    const text = matchAt(TEMPORAL_RUN, soql, start) ?? '';
    const next = start + text.length;

    if (text.length === 10) {
        if (!isRealDate(text))
            throw soqlErrorAt('MALFORMED_QUERY', soql, start, `Invalid date: ${text}`);
        return { token: { kind: 'date', text, offset: start }, next };
    }

    const instant = parseDateTimeLiteral(text);
    if (instant === undefined)
        throw soqlErrorAt('MALFORMED_QUERY', soql, start, `Invalid datetime: ${text}`);
    return { token: { kind: 'datetime', text, instant, offset: start }, next };
}

/** Milliseconds since the epoch for a SOQL datetime literal, undefined when it is not one. */
export function parseDateTimeLiteral(text: string): number | undefined {
    const parts = DATETIME.exec(text);
    if (!parts) return undefined;

    const [
        ,
        year,
        month,
        day,
        hour,
        minute,
        second,
        millis,
        zulu,
        sign,
        offsetHours,
        offsetMinutes
    ] = parts;
    if (!isRealDate(`${year}-${month}-${day}`)) return undefined;
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;

    let offset = 0;
    if (!zulu) {
        if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined;
        offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * (sign === '-' ? -1 : 1);
    }

    const local = Date.UTC(
        Number(year),
        Number(month) - 1,
        Number(day),
        Number(hour),
        Number(minute),
        Number(second),
        Number((millis ?? '0').padEnd(3, '0'))
    );
    return local - offset * 60_000;
}

function isRealDate(text: string): boolean {
    const [year, month, day] = text.split('-').map(Number);
    if (year === undefined || month === undefined || day === undefined) return false;
    const date = new Date(Date.UTC(year, month - 1, day));
    return (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
    );
}

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    return match ? match[0] : undefined;
}

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
    return matchAt(pattern, text, index) !== undefined;
}
