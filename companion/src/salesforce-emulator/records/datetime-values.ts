/**
 * The date and datetime forms Salesforce accepts on writes and the one form
 * it returns. Parsing is strict on purpose: `2021-02-30` is not a date, and
 * JavaScript's own Date parser would quietly roll it into March.
 */
import { formatSalesforceDateTime } from '../clock';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_PATTERN =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function validCalendarDate(year: number, month: number, day: number): boolean {
    const probe = new Date(Date.UTC(year, month - 1, day));
    return (
        probe.getUTCFullYear() === year &&
        probe.getUTCMonth() === month - 1 &&
        probe.getUTCDate() === day
    );
}

/** `2021-04-08` → the same string, or undefined when it is not a real calendar date. */
export function parseDateValue(text: string): string | undefined {
    const match = DATE_PATTERN.exec(text);
    if (match) {
        return validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
            ? text
            : undefined;
    }

    // A full datetime sent for a date field keeps its UTC calendar day, as Salesforce does.
    const instant = parseDateTimeInstant(text);
    return instant ? instant.toISOString().slice(0, 10) : undefined;
}

/** Any accepted datetime form → the instant, truncated to the second; undefined when invalid. */
export function parseDateTimeInstant(text: string): Date | undefined {
    const dateOnly = DATE_PATTERN.exec(text);
    if (dateOnly) {
        return parseDateValue(text) ? new Date(`${text}T00:00:00Z`) : undefined;
    }

    const match = DATETIME_PATTERN.exec(text);
    if (!match) return undefined;
    const [, year, month, day, hour, minute, second, , zone] = match;
    if (!validCalendarDate(Number(year), Number(month), Number(day))) return undefined;
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? '0') > 59) return undefined;

    const offsetMinutes = zoneOffsetMinutes(zone);
    if (offsetMinutes === undefined) return undefined;
    const utc = Date.UTC(
        Number(year),
        Number(month) - 1,
        Number(day),
        Number(hour),
        Number(minute),
        Number(second ?? '0')
    );
    return new Date(utc - offsetMinutes * 60_000);
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
    if (zone === undefined || zone === 'Z') return 0;
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 14 || minutes > 59) return undefined;
    const sign = digits.startsWith('-') ? -1 : 1;
    return sign * (hours * 60 + minutes);
}

/** Any accepted datetime form → `2021-04-08T18:39:16.000+0000`. */
export function parseDateTimeValue(text: string): string | undefined {
    const instant = parseDateTimeInstant(text);
    return instant ? formatSalesforceDateTime(instant) : undefined;
}
