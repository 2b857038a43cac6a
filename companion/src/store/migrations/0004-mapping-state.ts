import type { Kysely } from 'kysely';

/* The mapping versions themselves live in 0001's `mappings` table; this adds
   the state that is not a version: paused and soft-deleted. */
export async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
        .createTable('mapping_state')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('paused_at', 'text')
        .addColumn('deleted_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
}
