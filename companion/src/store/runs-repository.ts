import type { Store } from './database';

export type RunStatus =
    | 'running'
    | 'completed'
    | 'completed_with_errors'
    | 'failed'
    | 'interrupted'
    | 'paused'
    | 'budget_reached';

export interface RunRecord {
    id: string;
    mappingName: string;
    mappingVersion: number;
    status: RunStatus;
    trigger: string;
    startedAt: string;
    finishedAt: string | null;
    summary: unknown;
    error: string | null;
}

export class RunsRepository {
    constructor(private readonly store: Store) {}

    async start(run: {
        id: string;
        mappingName: string;
        mappingVersion: number;
        trigger: string;
        now: string;
    }): Promise<void> {
        await this.store
            .insertInto('runs')
            .values({
                id: run.id,
                mapping_name: run.mappingName,
                mapping_version: run.mappingVersion,
                status: 'running',
                trigger: run.trigger,
                started_at: run.now,
                finished_at: null,
                summary: null,
                error: null
            })
            .execute();
    }

    async finish(
        id: string,
        status: RunStatus,
        summary: unknown,
        error: string | null,
        now: string
    ): Promise<void> {
        await this.store
            .updateTable('runs')
            .set({ status, summary: JSON.stringify(summary), error, finished_at: now })
            .where('id', '=', id)
            .execute();
    }

    /**
     * A run still marked running when the companion starts was killed. Its
     * cursors were never advanced past unfinished work, so the next run
     * simply picks the work up again; here it is only labelled honestly.
     */
    async markInterrupted(now: string): Promise<string[]> {
        const stale = await this.store
            .selectFrom('runs')
            .select('id')
            .where('status', '=', 'running')
            .execute();
        if (stale.length === 0) return [];
        await this.store
            .updateTable('runs')
            .set({ status: 'interrupted', finished_at: now })
            .where('status', '=', 'running')
            .execute();
        return stale.map((row) => row.id);
    }

    async get(id: string): Promise<RunRecord | undefined> {
        const row = await this.store
            .selectFrom('runs')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
        return row ? toRunRecord(row) : undefined;
    }

    /** Newest first, optionally of one mapping. */
    async list(options: {
        limit: number;
        offset: number;
        mappingName?: string;
    }): Promise<{ runs: RunRecord[]; total: number }> {
        let query = this.store.selectFrom('runs');
        if (options.mappingName) query = query.where('mapping_name', '=', options.mappingName);
        const rows = await query
            .selectAll()
            .orderBy('started_at', 'desc')
            .orderBy('id', 'desc')
            .limit(options.limit)
            .offset(options.offset)
            .execute();
        const counted = await query
            .select(({ fn }) => fn.countAll<number>().as('total'))
            .executeTakeFirst();
        return { runs: rows.map(toRunRecord), total: Number(counted?.total ?? 0) };
    }
}

function toRunRecord(row: {
    id: string;
    mapping_name: string;
    mapping_version: number;
    status: string;
    trigger: string;
    started_at: string;
    finished_at: string | null;
    summary: string | null;
    error: string | null;
}): RunRecord {
    return {
        id: row.id,
        mappingName: row.mapping_name,
        mappingVersion: row.mapping_version,
        status: row.status as RunStatus,
        trigger: row.trigger,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        summary: row.summary === null ? null : (JSON.parse(row.summary) as unknown),
        error: row.error
    };
}
