/**
 * The org's daily API request allowance. Salesforce counts calls over a
 * rolling 24 hours; the emulator keeps per-minute tallies in SQLite, so the
 * count survives a restart and old minutes simply fall out of the window.
 */
import type Database from 'better-sqlite3';

import type { EmulatorClock } from '../clock';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface ApiUsageSnapshot {
    used: number;
    limit: number;
}

export interface ApiUsage {
    usage(): ApiUsageSnapshot;
    isSpent(): boolean;
    /** Counts one call and returns the usage including it. */
    record(): ApiUsageSnapshot;
    reset(): void;
    setDailyLimit(limit: number): void;
}

export interface ApiUsageOptions {
    db: Database.Database;
    clock: EmulatorClock;
    dailyLimit: number;
}

const SCHEMA = `
    CREATE TABLE IF NOT EXISTS access_api_usage (
        minute_start_ms INTEGER PRIMARY KEY,
        calls INTEGER NOT NULL
    );
`;

export function createApiUsage({ db, clock, dailyLimit }: ApiUsageOptions): ApiUsage {
    db.exec(SCHEMA);
    let limit = dailyLimit;

    const sumSince = db.prepare(
        'SELECT COALESCE(SUM(calls), 0) AS used FROM access_api_usage WHERE minute_start_ms > ?'
    );
    const addCall = db.prepare(
        `INSERT INTO access_api_usage (minute_start_ms, calls) VALUES (?, 1)
            ON CONFLICT (minute_start_ms) DO UPDATE SET calls = calls + 1`
    );
    const forgetBefore = db.prepare('DELETE FROM access_api_usage WHERE minute_start_ms <= ?');

    const usage = (): ApiUsageSnapshot => {
        const windowStart = clock.now().getTime() - DAY_MS;
        const row = sumSince.get(windowStart) as { used: number };
        return { used: row.used, limit };
    };

    return {
        usage,
        isSpent: () => usage().used >= limit,
        record: () => {
            const nowMs = clock.now().getTime();
            addCall.run(nowMs - (nowMs % MINUTE_MS));
            forgetBefore.run(nowMs - DAY_MS);
            return usage();
        },
        reset: () => {
            db.exec('DELETE FROM access_api_usage');
        },
        setDailyLimit: (newLimit: number) => {
            limit = newLimit;
        }
    };
}

export function limitInfoHeader(snapshot: ApiUsageSnapshot): string {
    return `api-usage=${snapshot.used}/${snapshot.limit}`;
}
