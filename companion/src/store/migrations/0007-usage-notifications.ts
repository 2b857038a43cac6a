import type { Kysely } from 'kysely';

/* The sync's API budget and call ledger; alert channels, alerts and their deliveries. */
export async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
        .createTable('usage_budget')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('share_percent', 'integer', (c) => c.notNull())
        .addColumn('org_used', 'integer')
        .addColumn('org_limit', 'integer')
        .addColumn('observed_at', 'text')
        .addColumn('alerted_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

    await db.schema
        .createTable('usage_calls')
        .addColumn('minute_start', 'text', (c) => c.primaryKey())
        .addColumn('calls', 'integer', (c) => c.notNull())
        .execute();

    await db.schema
        .createTable('notification_settings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

    await db.schema
        .createTable('alerts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('mapping_name', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text')
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('details', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('window_alert_id', 'text')
        .addColumn('summarised_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    await db.schema
        .createIndex('alerts_by_key')
        .on('alerts')
        .columns(['kind', 'mapping_name', 'created_at'])
        .execute();

    await db.schema
        .createTable('alert_deliveries')
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('delivered_at', 'text', (c) => c.notNull())
        .execute();
    await db.schema
        .createIndex('alert_deliveries_by_alert')
        .on('alert_deliveries')
        .column('alert_id')
        .execute();
}
