/**
 * The emulated org's rows: kept in memory so queries and writes are fast, and
 * written through to SQLite at the end of every write so an emulator restarted
 * on the same file finds the same records and keeps minting new Ids.
 *
 * Writes go through a RecordTransaction: changes are visible at once (later
 * records of a batch see earlier ones, as in Salesforce), and an all-or-none
 * batch that fails is undone in memory before anything reaches the disk.
 */
import type Database from 'better-sqlite3';

import { makeSalesforceId } from '../../salesforce/ids';
import type { RowSource, StoredRow } from '../context';

export interface StoredRecord extends StoredRow {
    objectName: string;
    /** When it went to the recycle bin; null while live. */
    deletedDate: string | null;
}

/** Counters start high so emulated Ids look like a long-lived org's. */
const FIRST_SEQUENCE = 1_000_000;

export class RecordStore implements RowSource {
    private readonly byObject = new Map<string, Map<string, StoredRecord>>();
    private readonly sequences = new Map<string, number>();
    private readonly dirtySequences = new Set<string>();

    constructor(
        private readonly db: Database.Database,
        private readonly pod: string
    ) {
        createTables(db);
        this.load();
    }

    rows(objectName: string): Iterable<StoredRecord> {
        return this.byObject.get(objectName)?.values() ?? [];
    }

    get(objectName: string, id18: string): StoredRecord | undefined {
        return this.byObject.get(objectName)?.get(id18);
    }

    countLive(objectName: string): number {
        let count = 0;
        for (const row of this.rows(objectName)) if (!row.isDeleted) count += 1;
        return count;
    }

    mintId(keyPrefix: string): string {
        const next = (this.sequences.get(keyPrefix) ?? FIRST_SEQUENCE) + 1;
        this.sequences.set(keyPrefix, next);
        this.dirtySequences.add(keyPrefix);
        return makeSalesforceId(keyPrefix, this.pod, next);
    }

    begin(): RecordTransaction {
        return new RecordTransaction(this);
    }

    /** Used by RecordTransaction only. */
    setInMemory(row: StoredRecord): void {
        let rows = this.byObject.get(row.objectName);
        if (!rows) {
            rows = new Map();
            this.byObject.set(row.objectName, rows);
        }
        rows.set(row.values.Id as string, row);
    }

    /** Used by RecordTransaction only. */
    removeFromMemory(objectName: string, id18: string): void {
        this.byObject.get(objectName)?.delete(id18);
    }

    /** Used by RecordTransaction only: writes the given rows and any minted sequence numbers. */
    persist(rows: StoredRecord[]): void {
        const upsertRow = this.db.prepare(
            `INSERT INTO sf_records (id, sobject, body_json, is_deleted, system_modstamp, deleted_date)
             VALUES (@id, @sobject, @body, @isDeleted, @modstamp, @deletedDate)
             ON CONFLICT(id) DO UPDATE SET body_json = excluded.body_json, is_deleted = excluded.is_deleted,
               system_modstamp = excluded.system_modstamp, deleted_date = excluded.deleted_date`
        );
        const upsertSequence = this.db.prepare(
            `INSERT INTO sf_sequences (key_prefix, last_value) VALUES (?, ?)
             ON CONFLICT(key_prefix) DO UPDATE SET last_value = excluded.last_value`
        );

        this.db.transaction(() => {
            for (const row of rows) {
                upsertRow.run({
                    id: row.values.Id as string,
                    sobject: row.objectName,
                    body: JSON.stringify(row.values),
                    isDeleted: row.isDeleted ? 1 : 0,
                    modstamp: String(row.values.SystemModstamp ?? ''),
                    deletedDate: row.deletedDate
                });
            }
            for (const keyPrefix of this.dirtySequences) {
                upsertSequence.run(keyPrefix, this.sequences.get(keyPrefix) ?? FIRST_SEQUENCE);
            }
        })();
        this.dirtySequences.clear();
    }

    private load(): void {
        const records = this.db
            .prepare('SELECT sobject, body_json, is_deleted, deleted_date FROM sf_records')
            .all() as StoredRecordRow[];
        for (const record of records) {
            this.setInMemory({
                objectName: record.sobject,
                values: JSON.parse(record.body_json) as Record<string, unknown>,
                isDeleted: record.is_deleted === 1,
                deletedDate: record.deleted_date
            });
        }

        const sequences = this.db
            .prepare('SELECT key_prefix, last_value FROM sf_sequences')
            .all() as Array<{
            key_prefix: string;
            last_value: number;
        }>;
        for (const sequence of sequences)
            this.sequences.set(sequence.key_prefix, sequence.last_value);
    }
}

interface StoredRecordRow {
    sobject: string;
    body_json: string;
    is_deleted: number;
    deleted_date: string | null;
}

export class RecordTransaction {
    /** The row as it was before this transaction first touched it (undefined = did not exist). */
    private readonly before = new Map<
        string,
        { objectName: string; row: StoredRecord | undefined }
    >();
    private finished = false;

    constructor(private readonly store: RecordStore) {}

    put(row: StoredRecord): void {
        const id = row.values.Id as string;
        if (!this.before.has(id)) {
            this.before.set(id, {
                objectName: row.objectName,
                row: this.store.get(row.objectName, id)
            });
        }
        this.store.setInMemory(row);
    }

    commit(): void {
        if (this.finished) return;
        this.finished = true;
        const touched: StoredRecord[] = [];
        for (const [id, { objectName }] of this.before) {
            const row = this.store.get(objectName, id);
            if (row) touched.push(row);
        }
        this.store.persist(touched);
    }

    /** Undoes every change; minted Ids stay used, as in Salesforce. */
    rollback(): void {
        if (this.finished) return;
        this.finished = true;
        for (const [id, { objectName, row }] of this.before) {
            if (row) this.store.setInMemory(row);
            else this.store.removeFromMemory(objectName, id);
        }
        this.store.persist([]);
    }
}

function createTables(db: Database.Database): void {
    db.exec(`
        CREATE TABLE IF NOT EXISTS sf_records (
            id TEXT PRIMARY KEY,
            sobject TEXT NOT NULL,
            body_json TEXT NOT NULL,
            is_deleted INTEGER NOT NULL,
            system_modstamp TEXT NOT NULL,
            deleted_date TEXT
        );
        CREATE INDEX IF NOT EXISTS sf_records_by_object ON sf_records (sobject, system_modstamp);
        CREATE TABLE IF NOT EXISTS sf_sequences (
            key_prefix TEXT PRIMARY KEY,
            last_value INTEGER NOT NULL
        );
    `);
}
