/**
 * A run's audit entries folded per record and side: what each field held
 * before the run first touched it, what the run last wrote into it, and
 * whether the run created the record.
 */
import type { StoredRecordChange } from '../../../store/audit-repository';
import type { Side } from '../../types';

export interface RecordHistory {
    pairingId: string;
    target: Side;
    salesforceId: string | null;
    trustworthyId: string | null;
    created: boolean;
    /** The run deleted it: nothing a rollback can write brings it back. */
    deleted: boolean;
    /** The run wrote into a record without reading its earlier values (an upsert that found it). */
    beforeUnknown: boolean;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
}

const WRITES = new Set(['create', 'update', 'link', 'delete']);

export function historiesOf(changes: StoredRecordChange[]): RecordHistory[] {
    const byRecord = new Map<string, RecordHistory>();
    for (const change of [...changes].sort((a, b) => a.id - b.id)) {
        if (!WRITES.has(change.action)) continue;
        const recordId =
            change.target === 'salesforce' ? change.salesforceId : change.trustworthyId;
        if (!recordId) continue;

        const key = `${change.pairingId}|${change.target}|${recordId}`;
        const history = byRecord.get(key) ?? {
            pairingId: change.pairingId,
            target: change.target,
            salesforceId: change.salesforceId,
            trustworthyId: change.trustworthyId,
            created: false,
            deleted: false,
            beforeUnknown: false,
            before: {},
            after: {}
        };
        if (change.action === 'create') history.created = true;
        if (change.action === 'delete') history.deleted = true;
        if (change.action === 'update' && change.before === null) history.beforeUnknown = true;
        for (const [field, value] of Object.entries(change.before ?? {})) {
            if (!(field in history.before)) history.before[field] = value;
        }
        Object.assign(history.after, change.after ?? {});
        history.salesforceId ??= change.salesforceId;
        history.trustworthyId ??= change.trustworthyId;
        byRecord.set(key, history);
    }
    // A back-reference alone (the other side's id noted on a Trustworthy record) changed no data.
    return [...byRecord.values()].filter(
        (history) => history.created || history.deleted || Object.keys(history.after).length > 0
    );
}
