import type { Kysely } from 'kysely';

/* Kysely migrations take an untyped handle: the schema they build is the one
   schema.ts describes once they have run. */
export async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
        .createTable('mappings')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('mappings_pk', ['name', 'version'])
        .execute();

    await db.schema
        .createTable('links')
        .addColumn('pairing_id', 'text', (c) => c.notNull())
        .addColumn('salesforce_id', 'text', (c) => c.notNull())
        .addColumn('trustworthy_id', 'text', (c) => c.notNull())
        .addColumn('base', 'text', (c) => c.notNull())
        .addColumn('last_synced_at', 'text', (c) => c.notNull())
        .addColumn('last_run_id', 'text', (c) => c.notNull())
        .addColumn('deleted_side', 'text')
        .addPrimaryKeyConstraint('links_pk', ['pairing_id', 'salesforce_id'])
        .addUniqueConstraint('links_trustworthy_unique', ['pairing_id', 'trustworthy_id'])
        .execute();

    await db.schema
        .createTable('cursors')
        .addColumn('pairing_id', 'text', (c) => c.notNull())
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('cursors_pk', ['pairing_id', 'side'])
        .execute();

    await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('mapping_name', 'text', (c) => c.notNull())
        .addColumn('mapping_version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('summary', 'text')
        .addColumn('error', 'text')
        .execute();

    await db.schema
        .createTable('record_changes')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('pairing_id', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('salesforce_id', 'text')
        .addColumn('trustworthy_id', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    await db.schema
        .createIndex('record_changes_run')
        .on('record_changes')
        .column('run_id')
        .execute();
    await db.schema
        .createIndex('record_changes_salesforce')
        .on('record_changes')
        .column('salesforce_id')
        .execute();

    await db.schema
        .createTable('held_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('pairing_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('salesforce_id', 'text')
        .addColumn('trustworthy_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .execute();

    await db.schema
        .createTable('schema_cache')
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('object_name', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('schema_cache_pk', ['side', 'object_name'])
        .execute();
}
