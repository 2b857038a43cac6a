import type { Store } from './database';

export interface StoredMapping {
    name: string;
    version: number;
    body: unknown;
    source: string;
    createdAt: string;
}

/** Every save is a new version; nothing is updated in place. */
export class MappingsRepository {
    constructor(private readonly store: Store) {}

    async latest(name: string): Promise<StoredMapping | undefined> {
        const row = await this.store
            .selectFrom('mappings')
            .selectAll()
            .where('name', '=', name)
            .orderBy('version', 'desc')
            .executeTakeFirst();
        if (!row) return undefined;
        return {
            name: row.name,
            version: row.version,
            body: JSON.parse(row.body) as unknown,
            source: row.source,
            createdAt: row.created_at
        };
    }

    async saveVersion(name: string, body: unknown, source: string, now: string): Promise<number> {
        const current = await this.latest(name);
        const version = (current?.version ?? 0) + 1;
        await this.store
            .insertInto('mappings')
            .values({ name, version, body: JSON.stringify(body), source, created_at: now })
            .execute();
        return version;
    }
}
