import type { Kysely } from 'kysely';

/* Tables for schedules; the area's owner fills this in. */
export async function up(_db: Kysely<unknown>): Promise<void> {
    // Deliberately empty until the area adds its tables.
}
