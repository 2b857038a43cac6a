/**
 * Collects the writes one pairing's run will make, so they can go out in
 * batches (Salesforce collections of 200, Trustworthy batches of 200) and
 * each outcome can be traced back to the work item that asked for it.
 */
import type { Side } from '../types';
import type { PlanResult } from './record-comparer';
import type { WorkItem } from './work-item';

export type WriteKind = 'create' | 'update' | 'link';

export interface PendingWrite {
    item: WorkItem;
    plan: PlanResult;
    side: Side;
    kind: WriteKind;
    /** Salesforce: the record body for the collection; Trustworthy: the mapped fields. */
    fields: Record<string, unknown>;
    /** Values the target had before, for the audit log and rollback. */
    before: Record<string, unknown> | null;
}

export type WriteResult =
    { ok: true; id: string; created: boolean } | { ok: false; errorCode: string; message: string };

export interface CompletedWrite extends PendingWrite {
    result: WriteResult;
}
