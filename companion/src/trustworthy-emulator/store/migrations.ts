/**
 * The emulator's own tables. Creation is idempotent, so opening an existing
 * file continues where the last run stopped: records, the change log and its
 * sequence, idempotency keys and webhook subscriptions all survive a restart.
 */
import { randomBytes } from 'node:crypto';

import type Database from 'better-sqlite3';

const TABLES = `
CREATE TABLE IF NOT EXISTS tw_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tw_records (
    id TEXT PRIMARY KEY,
    object TEXT NOT NULL,
    external_ref TEXT,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tw_records_by_object ON tw_records (object, id);
CREATE UNIQUE INDEX IF NOT EXISTS tw_records_by_external_ref
    ON tw_records (object, external_ref) WHERE external_ref IS NOT NULL;
CREATE TABLE IF NOT EXISTS tw_changes (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    object TEXT NOT NULL,
    record_id TEXT NOT NULL,
    change TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    record TEXT
);
CREATE INDEX IF NOT EXISTS tw_changes_by_object ON tw_changes (object, sequence);
CREATE TABLE IF NOT EXISTS tw_idempotency_keys (
    scope TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    reply TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE TABLE IF NOT EXISTS tw_webhooks (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    events TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
);
`;

/** Creates the tables when missing and returns this database's instance id. */
export function prepareDatabase(db: Database.Database): string {
    db.exec(TABLES);

    const existing = db.prepare('SELECT value FROM tw_meta WHERE key = ?').get('instance_id') as
        { value: string } | undefined;
    if (existing) return existing.value;

    // Cursors carry this id, so a cursor from another emulator database is refused.
    const instanceId = randomBytes(6).toString('hex');
    db.prepare('INSERT INTO tw_meta (key, value) VALUES (?, ?)').run('instance_id', instanceId);
    return instanceId;
}
