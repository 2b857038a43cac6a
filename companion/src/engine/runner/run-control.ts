/**
 * How a caller narrows or bounds a run: a pilot filter (only some records),
 * one record, a cap on records written, and a stop check consulted between
 * batches (the mapping's kill switch, the API budget). A run limited by any
 * of these leaves its cursors where unfinished work begins, so nothing it
 * did not reach is skipped by the next run.
 */
import type { Side } from '../types';

export type StopReason = 'paused' | 'budget';

/** A field condition: built only from names the side's schema knows, compared in memory. */
export interface PilotCondition {
    side: Side;
    field: string;
    equals: string | number | boolean | null;
}

export interface PilotFilter {
    salesforceIds?: string[];
    trustworthyIds?: string[];
    where?: PilotCondition;
}

export interface RecordTarget {
    side: Side;
    id: string;
}

export interface RunControl {
    pilot?: PilotFilter;
    record?: RecordTarget;
    /** Stop once this many records were written; the rest waits for the next run. */
    recordCap?: number;
    /** Asked between batches; a reason stops the run cleanly. */
    shouldStop?: () => Promise<StopReason | undefined>;
    /** Records (by side and id) to create fresh on the other side instead of matching them. */
    createNew?: RecordTarget[];
}

/** The Ids a run must read explicitly, or undefined when it reads the change feeds. */
export function explicitIds(
    control: RunControl
): { salesforce: string[]; trustworthy: string[] } | undefined {
    if (control.record) {
        return control.record.side === 'salesforce'
            ? { salesforce: [control.record.id], trustworthy: [] }
            : { salesforce: [], trustworthy: [control.record.id] };
    }
    const pilot = control.pilot;
    if (!pilot || (!pilot.salesforceIds?.length && !pilot.trustworthyIds?.length)) return undefined;
    return { salesforce: pilot.salesforceIds ?? [], trustworthy: pilot.trustworthyIds ?? [] };
}

/** True when the run may leave records it read unprocessed, so cursors must stay put. */
export function isNarrowed(control: RunControl): boolean {
    return explicitIds(control) !== undefined || control.pilot?.where !== undefined;
}
