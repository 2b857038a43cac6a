/**
 * getUpdated / getDeleted: which records changed or went to the recycle bin
 * in a window. Salesforce truncates both ends to the minute, refuses windows
 * that end before they start or reach further back than it keeps (30 days
 * for updates, 15 for deletes), and reports how far its answer reaches.
 */
import { formatSalesforceDateTime } from '../clock';
import { parseDateTimeInstant } from './datetime-values';
import { RequestRejection } from './record-errors';
import type { StoredRecord } from './record-store';

const DAY_MS = 24 * 60 * 60 * 1000;
export const UPDATED_WINDOW_DAYS = 30;
export const DELETED_WINDOW_DAYS = 15;

export interface ReplicationWindow {
    start: Date;
    end: Date;
}

function truncateToMinute(instant: Date): Date {
    return new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
}

function parseBound(name: string, raw: unknown): Date {
    // An unencoded `+00:00` reaches us as ` 00:00`; read it as the offset it was.
    const text = typeof raw === 'string' ? raw.replace(/ (\d{2}:?\d{2})$/, '+$1') : '';
    const instant = parseDateTimeInstant(text);
    if (!instant) {
        const shown = typeof raw === 'string' ? raw : '';
        throw new RequestRejection(
            400,
            'INVALID_REPLICATION_DATE',
            `Invalid ${name} date: ${shown}`
        );
    }
    return truncateToMinute(instant);
}

export function parseReplicationWindow(
    rawStart: unknown,
    rawEnd: unknown,
    now: Date,
    maxDays: number
): ReplicationWindow {
    const start = parseBound('start', rawStart);
    const end = parseBound('end', rawEnd);
    if (start.getTime() >= end.getTime()) {
        throw new RequestRejection(
            400,
            'INVALID_REPLICATION_DATE',
            'startDate must chronologically precede endDate'
        );
    }
    if (start.getTime() < now.getTime() - maxDays * DAY_MS) {
        throw new RequestRejection(
            400,
            'INVALID_REPLICATION_DATE',
            `startDate cannot be more than ${maxDays} days ago`
        );
    }
    return { start, end };
}

/** The answer covers up to the end asked for, or up to now when the end is still to come. */
function latestDateCovered(window: ReplicationWindow, now: Date): Date {
    const nowMinute = truncateToMinute(now);
    return window.end.getTime() < nowMinute.getTime() ? window.end : nowMinute;
}

function within(stamp: unknown, from: Date, to: Date): boolean {
    if (typeof stamp !== 'string') return false;
    const instant = parseDateTimeInstant(stamp);
    return (
        instant !== undefined &&
        instant.getTime() >= from.getTime() &&
        instant.getTime() < to.getTime()
    );
}

export function updatedIds(
    rows: Iterable<StoredRecord>,
    window: ReplicationWindow,
    now: Date
): Record<string, unknown> {
    const covered = latestDateCovered(window, now);
    const ids: string[] = [];
    for (const row of rows) {
        if (row.isDeleted || !within(row.values.SystemModstamp, window.start, covered)) continue;
        ids.push(row.values.Id as string);
    }
    return { ids, latestDateCovered: formatSalesforceDateTime(covered) };
}

export function deletedRecords(
    rows: Iterable<StoredRecord>,
    window: ReplicationWindow,
    now: Date,
    orgCreated: Date
): Record<string, unknown> {
    const covered = latestDateCovered(window, now);
    const deleted: Array<{ id: string; deletedDate: string }> = [];
    for (const row of rows) {
        if (row.isDeleted && row.deletedDate && within(row.deletedDate, window.start, covered)) {
            deleted.push({ id: row.values.Id as string, deletedDate: row.deletedDate });
        }
    }

    const binHorizon = now.getTime() - DELETED_WINDOW_DAYS * DAY_MS;
    const keptSince = truncateToMinute(new Date(Math.max(orgCreated.getTime(), binHorizon)));
    return {
        deletedRecords: deleted,
        earliestDateAvailable: formatSalesforceDateTime(keptSince),
        latestDateCovered: formatSalesforceDateTime(covered)
    };
}
