import type { Kysely } from 'kysely';

/* Per-mapping schedules with their last run and next due time (so a schedule
   missed while the companion was down runs once at start), and the state of
   real-time sync: Trustworthy webhook subscriptions and handled event ids,
   and the last Change Data Capture replay id per channel. */
export async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
        .createTable('schedules')
        .addColumn('mapping_name', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_run_at', 'text')
        .addColumn('next_due_at', 'text')
        .execute();

    await db.schema
        .createTable('webhook_events_seen')
        .addColumn('event_id', 'text', (c) => c.primaryKey())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
    await db.schema
        .createIndex('webhook_events_seen_by_time')
        .on('webhook_events_seen')
        .column('seen_at')
        .execute();

    await db.schema
        .createTable('webhook_subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('secret_sealed', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

    await db.schema
        .createTable('streaming_replay')
        .addColumn('channel', 'text', (c) => c.primaryKey())
        .addColumn('replay_id', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
}
