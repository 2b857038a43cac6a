import type { Store } from './database';

/**
 * Describe results kept between runs: an unchanged org should not pay one
 * API call per object per run just to learn its field list again.
 */
export class SchemaCacheRepository {
    constructor(private readonly store: Store) {}

    async get(
        side: string,
        objectName: string
    ): Promise<{ body: unknown; fetchedAt: string } | undefined> {
        const row = await this.store
            .selectFrom('schema_cache')
            .select(['body', 'fetched_at'])
            .where('side', '=', side)
            .where('object_name', '=', objectName)
            .executeTakeFirst();
        return row
            ? { body: JSON.parse(row.body) as unknown, fetchedAt: row.fetched_at }
            : undefined;
    }

    async put(side: string, objectName: string, body: unknown, now: string): Promise<void> {
        const json = JSON.stringify(body);
        await this.store
            .insertInto('schema_cache')
            .values({ side, object_name: objectName, body: json, fetched_at: now })
            .onConflict((oc) =>
                oc.columns(['side', 'object_name']).doUpdateSet({ body: json, fetched_at: now })
            )
            .execute();
    }

    async clear(side?: string): Promise<void> {
        let query = this.store.deleteFrom('schema_cache');
        if (side) query = query.where('side', '=', side);
        await query.execute();
    }
}
