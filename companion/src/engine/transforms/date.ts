/**
 * Dates travel as `YYYY-MM-DD`. An instant arriving for a date field keeps
 * its UTC date; a date written into a date-time field becomes midnight UTC.
 */
import { holdsDateTime } from './field-limits';
import { toEpochMs, toIsoDate, formatInstant, utcDateOf } from './iso-dates';
import { converted, failed, type TargetFieldInfo, type ValueOutcome } from './transform-types';

export function transformDate(
    value: unknown,
    targetField: TargetFieldInfo | undefined
): ValueOutcome<string> {
    const date = typeof value === 'string' ? toIsoDate(value) : undefined;
    if (date === undefined)
        return failed(
            'invalid_date',
            `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`
        );
    return converted(holdsDateTime(targetField) ? `${date}T00:00:00.000Z` : date);
}

export function transformDateTime(
    value: unknown,
    targetField: TargetFieldInfo | undefined
): ValueOutcome<string> {
    const instant = typeof value === 'string' ? toEpochMs(value) : undefined;
    if (instant === undefined) {
        return failed(
            'invalid_datetime',
            `expected an ISO-8601 date and time with an offset, got ${JSON.stringify(value)}`
        );
    }
    return converted(targetField?.type === 'date' ? utcDateOf(instant) : formatInstant(instant));
}
