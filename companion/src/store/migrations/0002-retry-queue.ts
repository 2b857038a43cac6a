import type { Kysely } from 'kysely';

/* Records whose write failed, re-read by the next pass of their pairing even
   when nothing about them changed since. */
export async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
        .createTable('retry_records')
        .addColumn('pairing_id', 'text', (c) => c.notNull())
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('error_code', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('first_failed_at', 'text', (c) => c.notNull())
        .addColumn('last_failed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('retry_records_pk', ['pairing_id', 'side', 'record_id'])
        .execute();
}
