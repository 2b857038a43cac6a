import type { Store } from './database';

/** One record's outcome in one run: the audit log rollback and history read. */
export interface RecordChange {
    runId: string;
    pairingId: string;
    target: 'salesforce' | 'trustworthy';
    action: 'create' | 'update' | 'delete' | 'hold' | 'fail' | 'flag' | 'link' | 'skip';
    salesforceId: string | null;
    trustworthyId: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    errorCode: string | null;
    errorMessage: string | null;
}

export interface StoredRecordChange extends RecordChange {
    id: number;
    createdAt: string;
}

export class AuditRepository {
    constructor(private readonly store: Store) {}

    async record(changes: RecordChange[], now: string): Promise<void> {
        if (changes.length === 0) return;
        const rows = changes.map((change) => ({
            run_id: change.runId,
            pairing_id: change.pairingId,
            target: change.target,
            action: change.action,
            salesforce_id: change.salesforceId,
            trustworthy_id: change.trustworthyId,
            before: change.before === null ? null : JSON.stringify(change.before),
            after: change.after === null ? null : JSON.stringify(change.after),
            error_code: change.errorCode,
            error_message: change.errorMessage,
            created_at: now
        }));

        // SQLite caps bound parameters per statement; 100 rows × 11 columns stays well inside it.
        for (let start = 0; start < rows.length; start += 100) {
            await this.store
                .insertInto('record_changes')
                .values(rows.slice(start, start + 100))
                .execute();
        }
    }

    async forRun(runId: string): Promise<StoredRecordChange[]> {
        const rows = await this.store
            .selectFrom('record_changes')
            .selectAll()
            .where('run_id', '=', runId)
            .orderBy('id')
            .execute();
        return rows.map(toStoredChange);
    }

    /** One page of a run's changes in the order they were booked, and how many there are. */
    async pageForRun(
        runId: string,
        limit: number,
        offset: number
    ): Promise<{ changes: StoredRecordChange[]; total: number }> {
        const rows = await this.store
            .selectFrom('record_changes')
            .selectAll()
            .where('run_id', '=', runId)
            .orderBy('id')
            .limit(limit)
            .offset(offset)
            .execute();
        const counted = await this.store
            .selectFrom('record_changes')
            .select(({ fn }) => fn.countAll<number>().as('total'))
            .where('run_id', '=', runId)
            .executeTakeFirst();
        return { changes: rows.map(toStoredChange), total: Number(counted?.total ?? 0) };
    }

    /** The latest changes of one Salesforce record (18-character Id), newest first. */
    async recentForSalesforceRecord(
        salesforceId: string,
        limit: number
    ): Promise<StoredRecordChange[]> {
        const rows = await this.store
            .selectFrom('record_changes')
            .selectAll()
            .where('salesforce_id', '=', salesforceId)
            .orderBy('id', 'desc')
            .limit(limit)
            .execute();
        return rows.map(toStoredChange);
    }
}

interface RecordChangeRow {
    id: number;
    run_id: string;
    pairing_id: string;
    target: string;
    action: string;
    salesforce_id: string | null;
    trustworthy_id: string | null;
    before: string | null;
    after: string | null;
    error_code: string | null;
    error_message: string | null;
    created_at: string;
}

function toStoredChange(row: RecordChangeRow): StoredRecordChange {
    return {
        id: row.id,
        runId: row.run_id,
        pairingId: row.pairing_id,
        target: row.target as RecordChange['target'],
        action: row.action as RecordChange['action'],
        salesforceId: row.salesforce_id,
        trustworthyId: row.trustworthy_id,
        before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
        after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
        errorCode: row.error_code,
        errorMessage: row.error_message,
        createdAt: row.created_at
    };
}
