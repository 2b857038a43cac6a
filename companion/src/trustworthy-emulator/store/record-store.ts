/**
 * Live records, one row each, stored as the exact JSON the API returns so a
 * read hands back what was written (absent keys stay absent, "" stays "").
 * Deleted records leave this table; their trace is the change log.
 */
import type Database from 'better-sqlite3';

import type { TrustworthyRecord } from '../../trustworthy/model';

export type StoredRecord = TrustworthyRecord & { version: number };

interface RecordRow {
    body: string;
}

function parseRow(row: RecordRow | undefined): StoredRecord | undefined {
    return row ? (JSON.parse(row.body) as StoredRecord) : undefined;
}

export class RecordStore {
    constructor(private readonly db: Database.Database) {}

    get(object: string, id: string): StoredRecord | undefined {
        const row = this.db
            .prepare('SELECT body FROM tw_records WHERE object = ? AND id = ?')
            .get(object, id) as RecordRow | undefined;
        return parseRow(row);
    }

    /** Any live record with this id, whatever its object (references name ids only). */
    exists(id: string): boolean {
        return this.db.prepare('SELECT 1 FROM tw_records WHERE id = ?').get(id) !== undefined;
    }

    findByExternalRef(object: string, externalRef: string): StoredRecord | undefined {
        const row = this.db
            .prepare('SELECT body FROM tw_records WHERE object = ? AND external_ref = ?')
            .get(object, externalRef) as RecordRow | undefined;
        return parseRow(row);
    }

    /** One page in id order, starting after `after` (exclusive). */
    list(object: string, after: string | undefined, limit: number): StoredRecord[] {
        const rows = this.db
            .prepare('SELECT body FROM tw_records WHERE object = ? AND id > ? ORDER BY id LIMIT ?')
            .all(object, after ?? '', limit) as RecordRow[];
        return rows.map((row) => JSON.parse(row.body) as StoredRecord);
    }

    /**
     * Records whose field equals one of the values. The field name comes from
     * the model, never from the request text, so it is safe inside the path.
     */
    lookup(
        object: string,
        field: string,
        values: string[],
        caseInsensitive: boolean
    ): StoredRecord[] {
        if (values.length === 0) return [];
        const column = caseInsensitive ? 'lower(json_extract(body, ?))' : 'json_extract(body, ?)';
        const placeholders = values.map(() => '?').join(', ');
        const wanted = caseInsensitive ? values.map((value) => value.toLowerCase()) : values;
        const sql = `SELECT body FROM tw_records
                     WHERE object = ? AND ${column} IN (${placeholders}) ORDER BY id`;
        const rows = this.db.prepare(sql).all(object, `$.${field}`, ...wanted) as RecordRow[];
        return rows.map((row) => JSON.parse(row.body) as StoredRecord);
    }

    /** True when some live record of `object` holds `id` in `field`. */
    isReferencedBy(object: string, field: string, id: string): boolean {
        const row = this.db
            .prepare(
                'SELECT 1 FROM tw_records WHERE object = ? AND json_extract(body, ?) = ? LIMIT 1'
            )
            .get(object, `$.${field}`, id);
        return row !== undefined;
    }

    save(object: string, record: StoredRecord): void {
        this.db
            .prepare(
                `INSERT INTO tw_records (id, object, external_ref, body) VALUES (?, ?, ?, ?)
                 ON CONFLICT (id) DO UPDATE
                     SET external_ref = excluded.external_ref, body = excluded.body`
            )
            .run(record.id, object, record.external_ref ?? null, JSON.stringify(record));
    }

    remove(object: string, id: string): void {
        this.db.prepare('DELETE FROM tw_records WHERE object = ? AND id = ?').run(object, id);
    }
}
