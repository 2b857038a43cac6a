/** Per-mapping schedules with the last run and the next due time. */
import type { Store } from './database';

export interface StoredSchedule {
    mappingName: string;
    kind: string;
    settings: unknown;
    updatedAt: string;
    lastRunAt: string | undefined;
    nextDueAt: string | undefined;
}

export class SchedulesRepository {
    constructor(private readonly store: Store) {}

    async get(mappingName: string): Promise<StoredSchedule | undefined> {
        const row = await this.store
            .selectFrom('schedules')
            .selectAll()
            .where('mapping_name', '=', mappingName)
            .executeTakeFirst();
        return row ? toStored(row) : undefined;
    }

    async all(): Promise<StoredSchedule[]> {
        const rows = await this.store
            .selectFrom('schedules')
            .selectAll()
            .orderBy('mapping_name')
            .execute();
        return rows.map(toStored);
    }

    /** Stores a new schedule; the last run is kept, the next due time replaced. */
    async put(
        mappingName: string,
        kind: string,
        settings: unknown,
        nextDueAt: string | undefined,
        now: string
    ): Promise<void> {
        const values = {
            kind,
            settings: JSON.stringify(settings),
            updated_at: now,
            next_due_at: nextDueAt ?? null
        };
        await this.store
            .insertInto('schedules')
            .values({ mapping_name: mappingName, last_run_at: null, ...values })
            .onConflict((oc) => oc.column('mapping_name').doUpdateSet(values))
            .execute();
    }

    async markRun(
        mappingName: string,
        ranAt: string,
        nextDueAt: string | undefined
    ): Promise<void> {
        await this.store
            .updateTable('schedules')
            .set({ last_run_at: ranAt, next_due_at: nextDueAt ?? null })
            .where('mapping_name', '=', mappingName)
            .execute();
    }

    async setNextDue(mappingName: string, nextDueAt: string | undefined): Promise<void> {
        await this.store
            .updateTable('schedules')
            .set({ next_due_at: nextDueAt ?? null })
            .where('mapping_name', '=', mappingName)
            .execute();
    }
}

function toStored(row: {
    mapping_name: string;
    kind: string;
    settings: string;
    updated_at: string;
    last_run_at: string | null;
    next_due_at: string | null;
}): StoredSchedule {
    return {
        mappingName: row.mapping_name,
        kind: row.kind,
        settings: JSON.parse(row.settings) as unknown,
        updatedAt: row.updated_at,
        lastRunAt: row.last_run_at ?? undefined,
        nextDueAt: row.next_due_at ?? undefined
    };
}
