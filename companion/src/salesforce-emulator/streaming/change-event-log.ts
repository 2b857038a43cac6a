/**
 * Change events as the org's event bus keeps them: in the emulator's SQLite
 * file, each with a replay id that only grows, retained for 72 hours, so a
 * subscriber can replay what it missed and a restarted emulator still has it.
 */
import type Database from 'better-sqlite3';

import type { EmulatorClock } from '../clock';

export const RETENTION_MS = 72 * 60 * 60 * 1000;

export interface LoggedChangeEvent {
    replayId: number;
    entityName: string;
    /** `data` of the CometD message without its replay id, which is added on delivery. */
    body: { schema: string; payload: Record<string, unknown> };
}

interface EventRow {
    replay_id: number;
    entity_name: string;
    body_json: string;
}

export class ChangeEventLog {
    constructor(
        private readonly db: Database.Database,
        private readonly clock: EmulatorClock
    ) {
        db.exec(`
            CREATE TABLE IF NOT EXISTS sf_change_events (
                replay_id INTEGER PRIMARY KEY AUTOINCREMENT,
                entity_name TEXT NOT NULL,
                created_ms INTEGER NOT NULL,
                body_json TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS sf_change_events_by_time ON sf_change_events (created_ms);
        `);
    }

    /** Appends events in order and drops the ones past retention. */
    append(events: ReadonlyArray<Omit<LoggedChangeEvent, 'replayId'>>): LoggedChangeEvent[] {
        const nowMs = this.clock.now().getTime();
        const insert = this.db.prepare(
            'INSERT INTO sf_change_events (entity_name, created_ms, body_json) VALUES (?, ?, ?)'
        );
        const prune = this.db.prepare('DELETE FROM sf_change_events WHERE created_ms < ?');

        return this.db.transaction(() => {
            prune.run(nowMs - RETENTION_MS);
            return events.map((event) => {
                const result = insert.run(event.entityName, nowMs, JSON.stringify(event.body));
                return { ...event, replayId: Number(result.lastInsertRowid) };
            });
        })();
    }

    /** Retained events after a replay id, oldest first; `entityName` narrows to one object. */
    after(replayId: number, entityName: string | undefined): LoggedChangeEvent[] {
        const since = this.clock.now().getTime() - RETENTION_MS;
        const rows = (
            entityName === undefined
                ? this.db
                      .prepare(
                          'SELECT replay_id, entity_name, body_json FROM sf_change_events WHERE replay_id > ? AND created_ms >= ? ORDER BY replay_id'
                      )
                      .all(replayId, since)
                : this.db
                      .prepare(
                          'SELECT replay_id, entity_name, body_json FROM sf_change_events WHERE replay_id > ? AND created_ms >= ? AND entity_name = ? ORDER BY replay_id'
                      )
                      .all(replayId, since, entityName)
        ) as EventRow[];
        return rows.map((row) => ({
            replayId: row.replay_id,
            entityName: row.entity_name,
            body: JSON.parse(row.body_json) as LoggedChangeEvent['body']
        }));
    }

    /** The newest replay id ever given (0 before the first event); ids are never reused. */
    latestReplayId(): number {
        const row = this.db
            .prepare("SELECT seq FROM sqlite_sequence WHERE name = 'sf_change_events'")
            .get() as { seq: number } | undefined;
        return row?.seq ?? 0;
    }

    /** The oldest replay id still retained, or undefined when none is. */
    oldestRetainedReplayId(): number | undefined {
        const since = this.clock.now().getTime() - RETENTION_MS;
        const row = this.db
            .prepare('SELECT MIN(replay_id) AS oldest FROM sf_change_events WHERE created_ms >= ?')
            .get(since) as { oldest: number | null };
        return row.oldest ?? undefined;
    }
}
