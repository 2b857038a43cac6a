/**
 * Opens the companion's store. SQLite (one file in the data directory) is the
 * embedded default; everything above this file talks to Kysely, so a
 * PostgreSQL dialect can be added here without touching the repositories.
 */
import fs from 'node:fs';
import path from 'node:path';

import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';

import * as initial from './migrations/0001-initial';
import * as retryQueue from './migrations/0002-retry-queue';
import * as connections from './migrations/0003-connections';
import * as mappingState from './migrations/0004-mapping-state';
import * as runsControl from './migrations/0005-runs-control';
import * as schedules from './migrations/0006-schedules';
import * as usageNotifications from './migrations/0007-usage-notifications';
import type { DatabaseSchema } from './schema';

export type Store = Kysely<DatabaseSchema>;

const MIGRATIONS: Record<string, Migration> = {
    '0001-initial': initial,
    '0002-retry-queue': retryQueue,
    '0003-connections': connections,
    '0004-mapping-state': mappingState,
    '0005-runs-control': runsControl,
    '0006-schedules': schedules,
    '0007-usage-notifications': usageNotifications
};

const provider: MigrationProvider = {
    getMigrations: async () => MIGRATIONS
};

export async function openStore(file: string): Promise<Store> {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });

    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');

    const store = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(store);
    return store;
}

async function migrate(store: Store): Promise<void> {
    const migrator = new Migrator({ db: store, provider });
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((result) => result.status === 'Error');
    if (error || failed) {
        const reason = error instanceof Error ? error.message : String(error ?? '');
        throw new Error(`store migration ${failed?.migrationName ?? ''} failed: ${reason}`.trim());
    }
}
