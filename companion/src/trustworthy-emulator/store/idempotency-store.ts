/**
 * Stored replies of batch writes by (API key, Idempotency-Key), so a client
 * that lost a reply can send the same batch again and get the same answer
 * without anything being applied twice. Keys expire after 24 hours.
 */
import type Database from 'better-sqlite3';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredReply {
    fingerprint: string;
    status: number;
    body: unknown;
}

interface KeyRow {
    fingerprint: string;
    status: number;
    reply: string;
}

export class IdempotencyStore {
    constructor(private readonly db: Database.Database) {}

    find(scope: string, key: string, now: Date): StoredReply | undefined {
        this.db
            .prepare('DELETE FROM tw_idempotency_keys WHERE created_at < ?')
            .run(new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString());

        const row = this.db
            .prepare(
                `SELECT fingerprint, status, reply FROM tw_idempotency_keys
                 WHERE scope = ? AND idempotency_key = ?`
            )
            .get(scope, key) as KeyRow | undefined;
        if (!row) return undefined;
        const body = JSON.parse(row.reply) as unknown;
        return { fingerprint: row.fingerprint, status: row.status, body };
    }

    save(scope: string, key: string, reply: StoredReply, now: Date): void {
        this.db
            .prepare(
                `INSERT INTO tw_idempotency_keys
                     (scope, idempotency_key, fingerprint, status, reply, created_at)
                 VALUES (?, ?, ?, ?, ?, ?)`
            )
            .run(
                scope,
                key,
                reply.fingerprint,
                reply.status,
                JSON.stringify(reply.body),
                now.toISOString()
            );
    }
}
