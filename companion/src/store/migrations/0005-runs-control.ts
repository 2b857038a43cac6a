import type { Kysely } from 'kysely';

/* Run control: what each run was asked to do (its kind, cap, pilot, the run
   it retries or rolls back), and the gradual go-live settings per mapping
   that scheduled runs apply. */
export async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
        .createTable('run_details')
        .addColumn('run_id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('control', 'text', (c) => c.notNull())
        .addColumn('source_run_id', 'text')
        .addColumn('rolled_back_by', 'text')
        .execute();

    await db.schema
        .createTable('go_live')
        .addColumn('mapping_name', 'text', (c) => c.primaryKey())
        .addColumn('record_cap', 'integer')
        .addColumn('pilot', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
}
