/**
 * One Salesforce record as the record page shows it: when it last synced,
 * in which direction and with what outcome, the error in plain words, its
 * Trustworthy counterpart, what is held for review, and its recent history.
 */
import { ApiError } from '../../api/api-error';
import { toId18 } from '../../salesforce/ids';
import type { StoredRecordChange } from '../../store/audit-repository';
import type { HeldRecord } from '../../store/held-repository';
import type { Repositories } from '../../store/repositories';
import { inPlainWords } from './plain-errors';

export const HISTORY_LENGTH = 20;

export type SyncDirection = 'salesforce_to_trustworthy' | 'trustworthy_to_salesforce';

export interface RecordHistoryEntry {
    at: string;
    runId: string;
    direction: SyncDirection;
    action: StoredRecordChange['action'];
    fields: string[];
    error: string | null;
}

export interface RecordStatus {
    salesforceId: string;
    outcome: 'synced' | 'failed' | 'held' | 'not_synced';
    lastSyncedAt: string | null;
    lastRunId: string | null;
    direction: SyncDirection | null;
    error: { code: string | null; message: string } | null;
    trustworthy: { pairingId: string; id: string } | null;
    pendingRetry: boolean;
    held: Array<{
        id: string;
        kind: HeldRecord['kind'];
        createdAt: string;
        detail: Record<string, unknown>;
    }>;
    history: RecordHistoryEntry[];
}

export async function recordStatus(
    repositories: Repositories,
    rawId: string
): Promise<RecordStatus> {
    const salesforceId = toId18(rawId);
    if (!salesforceId)
        throw new ApiError('validation_failed', 'not a Salesforce record Id', [
            { path: 'params.id', issue: 'expected a 15- or 18-character Salesforce Id' }
        ]);

    const link = await repositories.store
        .selectFrom('links')
        .selectAll()
        .where('salesforce_id', '=', salesforceId)
        .orderBy('last_synced_at', 'desc')
        .executeTakeFirst();
    const changes = await repositories.audit.recentForSalesforceRecord(
        salesforceId,
        HISTORY_LENGTH
    );
    const held = await repositories.held.openFor('salesforce', salesforceId);
    const retry = await repositories.store
        .selectFrom('retry_records')
        .select('record_id')
        .where('record_id', '=', salesforceId)
        .executeTakeFirst();
    if (!link && changes.length === 0 && held.length === 0) {
        throw new ApiError(
            'not_found',
            `the companion has never synced Salesforce record ${salesforceId}`
        );
    }

    const last = changes[0];
    const failed = last?.action === 'fail';
    return {
        salesforceId,
        outcome:
            held.length > 0 ? 'held' : failed || retry ? 'failed' : link ? 'synced' : 'not_synced',
        lastSyncedAt: link?.last_synced_at ?? last?.createdAt ?? null,
        lastRunId: last?.runId ?? link?.last_run_id ?? null,
        direction: last ? directionOf(last) : null,
        error: failed
            ? { code: last.errorCode, message: inPlainWords(last.errorCode, last.errorMessage) }
            : null,
        trustworthy: link ? { pairingId: link.pairing_id, id: link.trustworthy_id } : null,
        pendingRetry: retry !== undefined,
        held: held.map((entry) => ({
            id: entry.id,
            kind: entry.kind,
            createdAt: entry.createdAt,
            detail: entry.detail
        })),
        history: changes.map((change) => ({
            at: change.createdAt,
            runId: change.runId,
            direction: directionOf(change),
            action: change.action,
            fields: Object.keys(change.after ?? {}),
            error:
                change.action === 'fail'
                    ? inPlainWords(change.errorCode, change.errorMessage)
                    : null
        }))
    };
}

function directionOf(change: StoredRecordChange): SyncDirection {
    return change.target === 'salesforce'
        ? 'trustworthy_to_salesforce'
        : 'salesforce_to_trustworthy';
}
