import { randomUUID } from 'node:crypto';

import type { Store } from './database';

export type HeldKind = 'conflict' | 'ambiguous_match' | 'deletion' | 'invalid_record';

export interface HeldRecord {
    id: string;
    runId: string;
    pairingId: string;
    kind: HeldKind;
    salesforceId: string | null;
    trustworthyId: string | null;
    detail: Record<string, unknown>;
    status: 'open' | 'resolved';
    createdAt: string;
}

export class HeldRepository {
    constructor(private readonly store: Store) {}

    /**
     * Holds a record for review. A record already held for the same reason
     * stays one entry (its detail refreshed), so repeated runs don't pile up
     * copies of one unresolved question.
     */
    async hold(entry: Omit<HeldRecord, 'id' | 'status' | 'createdAt'>, now: string): Promise<void> {
        const existing = await this.store
            .selectFrom('held_records')
            .select('id')
            .where('pairing_id', '=', entry.pairingId)
            .where('kind', '=', entry.kind)
            .where('status', '=', 'open')
            .where('salesforce_id', 'is', entry.salesforceId)
            .where('trustworthy_id', 'is', entry.trustworthyId)
            .executeTakeFirst();

        if (existing) {
            await this.store
                .updateTable('held_records')
                .set({ detail: JSON.stringify(entry.detail), run_id: entry.runId })
                .where('id', '=', existing.id)
                .execute();
            return;
        }

        await this.store
            .insertInto('held_records')
            .values({
                id: randomUUID(),
                run_id: entry.runId,
                pairing_id: entry.pairingId,
                kind: entry.kind,
                salesforce_id: entry.salesforceId,
                trustworthy_id: entry.trustworthyId,
                detail: JSON.stringify(entry.detail),
                status: 'open',
                created_at: now,
                resolved_at: null
            })
            .execute();
    }

    async open(pairingId?: string): Promise<HeldRecord[]> {
        let query = this.store.selectFrom('held_records').selectAll().where('status', '=', 'open');
        if (pairingId) query = query.where('pairing_id', '=', pairingId);
        const rows = await query.orderBy('created_at').execute();
        return rows.map(toHeldRecord);
    }

    async get(id: string): Promise<HeldRecord | undefined> {
        const row = await this.store
            .selectFrom('held_records')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
        return row ? toHeldRecord(row) : undefined;
    }

    /** Open entries that involve one record, on either side. */
    async openFor(side: 'salesforce' | 'trustworthy', recordId: string): Promise<HeldRecord[]> {
        const column = side === 'salesforce' ? 'salesforce_id' : 'trustworthy_id';
        const rows = await this.store
            .selectFrom('held_records')
            .selectAll()
            .where('status', '=', 'open')
            .where(column, '=', recordId)
            .orderBy('created_at')
            .execute();
        return rows.map(toHeldRecord);
    }

    /** Closes an entry with how it was resolved; false when it was not open. */
    async resolve(id: string, resolution: Record<string, unknown>, now: string): Promise<boolean> {
        const row = await this.get(id);
        if (!row || row.status !== 'open') return false;
        const result = await this.store
            .updateTable('held_records')
            .set({
                status: 'resolved',
                resolved_at: now,
                detail: JSON.stringify({ ...row.detail, resolution })
            })
            .where('id', '=', id)
            .where('status', '=', 'open')
            .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
    }
}

function toHeldRecord(row: {
    id: string;
    run_id: string;
    pairing_id: string;
    kind: string;
    salesforce_id: string | null;
    trustworthy_id: string | null;
    detail: string;
    status: string;
    created_at: string;
}): HeldRecord {
    return {
        id: row.id,
        runId: row.run_id,
        pairingId: row.pairing_id,
        kind: row.kind as HeldKind,
        salesforceId: row.salesforce_id,
        trustworthyId: row.trustworthy_id,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
        status: row.status === 'resolved' ? 'resolved' : 'open',
        createdAt: row.created_at
    };
}
