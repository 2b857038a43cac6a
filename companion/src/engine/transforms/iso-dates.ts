/**
 * Calendar dates and instants without the local time zone. Dates are checked
 * with plain arithmetic (no Date object at all), so a birth date can never move
 * by a day whatever zone the server runs in. Instants go through Date.UTC and
 * toISOString, which are defined in UTC only.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_PATTERN =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
    if (month === 2) return isLeapYear(year) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The text itself when it is a real `YYYY-MM-DD` date, else undefined. */
export function parseIsoDate(text: string): string | undefined {
    const match = DATE_PATTERN.exec(text.trim());
    if (!match) return undefined;
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    return isRealDate(year, month, day) ? text.trim() : undefined;
}

/** Epoch milliseconds of an ISO-8601 instant with an explicit offset (`Z`, `+0000`, `-05:30`). */
export function parseIsoDateTime(text: string): number | undefined {
    const match = DATETIME_PATTERN.exec(text.trim());
    if (!match) return undefined;

    const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
        number,
        number,
        number,
        number,
        number
    ];
    const second = Number(match[6] ?? '0');
    const millisecond = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
    if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;

    const offsetMinutes = parseOffset(match[8] ?? 'Z');
    if (offsetMinutes === undefined) return undefined;

    // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards avoids that.
    const utc = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
    utc.setUTCFullYear(year);
    return utc.getTime() - offsetMinutes * 60_000;
}

function parseOffset(offset: string): number | undefined {
    if (offset.toUpperCase() === 'Z') return 0;
    const digits = offset.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 23 || minutes > 59) return undefined;
    const sign = offset.startsWith('-') ? -1 : 1;
    return sign * (hours * 60 + minutes);
}

/** `YYYY-MM-DDTHH:mm:ss.SSSZ`, the form both sides accept. */
export function formatInstant(epochMs: number): string {
    return new Date(epochMs).toISOString();
}

export function utcDateOf(epochMs: number): string {
    return formatInstant(epochMs).slice(0, 10);
}

/** A date, or the UTC date of an instant. */
export function toIsoDate(value: string): string | undefined {
    const date = parseIsoDate(value);
    if (date !== undefined) return date;
    const instant = parseIsoDateTime(value);
    return instant === undefined ? undefined : utcDateOf(instant);
}

/** An instant, or midnight UTC of a date. */
export function toEpochMs(value: string): number | undefined {
    const instant = parseIsoDateTime(value);
    if (instant !== undefined) return instant;
    const date = parseIsoDate(value);
    return date === undefined ? undefined : parseIsoDateTime(`${date}T00:00:00Z`);
}
