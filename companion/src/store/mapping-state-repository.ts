import type { Store } from './database';

export interface MappingSummaryRow {
    name: string;
    latestVersion: number;
    paused: boolean;
    pausedAt: string | null;
    deletedAt: string | null;
    createdAt: string;
    updatedAt: string;
}

export interface MappingVersionRow {
    name: string;
    version: number;
    source: string;
    createdAt: string;
}

export interface MappingVersionBody extends MappingVersionRow {
    body: unknown;
}

/**
 * Mapping versions and the state beside them (paused, soft-deleted). Versions
 * are only ever appended; deleting a mapping marks it and keeps every version
 * for the audit trail.
 */
export class MappingStateRepository {
    constructor(private readonly store: Store) {}

    async summaries(): Promise<MappingSummaryRow[]> {
        const versions = await this.store
            .selectFrom('mappings')
            .select(({ fn }) => [
                'name',
                fn.max('version').as('latest'),
                fn.min('created_at').as('first'),
                fn.max('created_at').as('last')
            ])
            .groupBy('name')
            .orderBy('name')
            .execute();
        const states = await this.store.selectFrom('mapping_state').selectAll().execute();
        const stateOf = new Map(states.map((row) => [row.name, row]));

        return versions.map((row) => {
            const state = stateOf.get(row.name);
            const updatedAt = state && state.updated_at > row.last ? state.updated_at : row.last;
            return {
                name: row.name,
                latestVersion: Number(row.latest),
                paused: state?.paused === 1,
                pausedAt: state?.paused_at ?? null,
                deletedAt: state?.deleted_at ?? null,
                createdAt: row.first,
                updatedAt
            };
        });
    }

    async summary(name: string): Promise<MappingSummaryRow | undefined> {
        return (await this.summaries()).find((row) => row.name === name);
    }

    async versions(name: string): Promise<MappingVersionRow[]> {
        const rows = await this.store
            .selectFrom('mappings')
            .select(['name', 'version', 'source', 'created_at'])
            .where('name', '=', name)
            .orderBy('version', 'asc')
            .execute();
        return rows.map((row) => ({
            name: row.name,
            version: row.version,
            source: row.source,
            createdAt: row.created_at
        }));
    }

    /** One version, or the latest when `version` is undefined. */
    async version(name: string, version?: number): Promise<MappingVersionBody | undefined> {
        let query = this.store.selectFrom('mappings').selectAll().where('name', '=', name);
        query =
            version === undefined
                ? query.orderBy('version', 'desc')
                : query.where('version', '=', version);
        const row = await query.executeTakeFirst();
        if (!row) return undefined;
        return {
            name: row.name,
            version: row.version,
            source: row.source,
            createdAt: row.created_at,
            body: JSON.parse(row.body) as unknown
        };
    }

    /**
     * Appends the next version and makes the mapping live again if it had been
     * deleted. With `onlyIfNew`, answers undefined (and writes nothing) when a
     * live mapping already has the name.
     */
    async appendVersion(
        name: string,
        body: unknown,
        source: string,
        now: string,
        options: { onlyIfNew?: boolean } = {}
    ): Promise<number | undefined> {
        return this.store.transaction().execute(async (trx) => {
            const latest = await trx
                .selectFrom('mappings')
                .select(({ fn }) => fn.max('version').as('latest'))
                .where('name', '=', name)
                .executeTakeFirst();
            if (options.onlyIfNew && latest?.latest != null) {
                const state = await trx
                    .selectFrom('mapping_state')
                    .select('deleted_at')
                    .where('name', '=', name)
                    .executeTakeFirst();
                if (!state?.deleted_at) return undefined;
            }
            const version = Number(latest?.latest ?? 0) + 1;
            await trx
                .insertInto('mappings')
                .values({ name, version, body: JSON.stringify(body), source, created_at: now })
                .execute();
            await trx
                .insertInto('mapping_state')
                .values({ name, paused: 0, paused_at: null, deleted_at: null, updated_at: now })
                .onConflict((oc) =>
                    oc.column('name').doUpdateSet({ deleted_at: null, updated_at: now })
                )
                .execute();
            return version;
        });
    }

    async setPaused(name: string, paused: boolean, now: string): Promise<void> {
        const pausedAt = paused ? now : null;
        await this.store
            .insertInto('mapping_state')
            .values({
                name,
                paused: paused ? 1 : 0,
                paused_at: pausedAt,
                deleted_at: null,
                updated_at: now
            })
            .onConflict((oc) =>
                oc
                    .column('name')
                    .doUpdateSet({ paused: paused ? 1 : 0, paused_at: pausedAt, updated_at: now })
            )
            .execute();
    }

    async markDeleted(name: string, now: string): Promise<void> {
        await this.store
            .insertInto('mapping_state')
            .values({ name, paused: 0, paused_at: null, deleted_at: now, updated_at: now })
            .onConflict((oc) => oc.column('name').doUpdateSet({ deleted_at: now, updated_at: now }))
            .execute();
    }
}
