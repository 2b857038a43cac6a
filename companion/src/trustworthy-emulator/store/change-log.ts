/**
 * The change feed's source: one row per committed change with a sequence
 * SQLite hands out inside the writing transaction. Writes are serialised, so
 * sequence order is commit order and a reader's cursor never skips a change
 * that committed after it read.
 */
import type Database from 'better-sqlite3';

import type { StoredRecord } from './record-store';

export type ChangeKind = 'upsert' | 'delete';

export interface ChangeEntry {
    sequence: number;
    object: string;
    id: string;
    change: ChangeKind;
    occurred_at: string;
    record?: StoredRecord;
}

interface ChangeRow {
    sequence: number;
    object: string;
    record_id: string;
    change: ChangeKind;
    occurred_at: string;
    record: string | null;
}

/** Deletions stay readable this long; the contract promises 30 days. */
export const DELETION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export class ChangeLog {
    constructor(private readonly db: Database.Database) {}

    append(
        object: string,
        id: string,
        change: ChangeKind,
        occurredAt: string,
        record?: StoredRecord
    ): number {
        const result = this.db
            .prepare(
                `INSERT INTO tw_changes (object, record_id, change, occurred_at, record)
                 VALUES (?, ?, ?, ?, ?)`
            )
            .run(object, id, change, occurredAt, record ? JSON.stringify(record) : null);
        return Number(result.lastInsertRowid);
    }

    /** Up to `limit` changes after `afterSequence`, and whether more follow. */
    read(
        object: string,
        afterSequence: number,
        limit: number
    ): { entries: ChangeEntry[]; hasMore: boolean } {
        const rows = this.db
            .prepare(
                'SELECT * FROM tw_changes WHERE object = ? AND sequence > ? ORDER BY sequence LIMIT ?'
            )
            .all(object, afterSequence, limit + 1) as ChangeRow[];

        const entries = rows.slice(0, limit).map((row) => {
            const entry: ChangeEntry = {
                sequence: row.sequence,
                object: row.object,
                id: row.record_id,
                change: row.change,
                occurred_at: row.occurred_at
            };
            if (row.record !== null) entry.record = JSON.parse(row.record) as StoredRecord;
            return entry;
        });
        return { entries, hasMore: rows.length > limit };
    }

    lastSequence(): number {
        const row = this.db.prepare('SELECT MAX(sequence) AS last FROM tw_changes').get() as {
            last: number | null;
        };
        return row.last ?? 0;
    }

    pruneDeletionsBefore(cutoff: Date): void {
        this.db
            .prepare("DELETE FROM tw_changes WHERE change = 'delete' AND occurred_at < ?")
            .run(cutoff.toISOString());
    }
}
