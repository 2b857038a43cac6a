/**
 * What each run was asked to do beside its row in `runs`, and the go-live
 * settings (record cap, pilot) per mapping that automatic runs apply.
 */
import type { Store } from './database';

export type RunKind = 'sync' | 'retry' | 'rollback' | 'resolution';

export interface RunDetails {
    runId: string;
    kind: RunKind;
    control: Record<string, unknown>;
    sourceRunId: string | null;
    rolledBackBy: string | null;
}

export interface GoLiveSettings {
    recordCap: number | null;
    pilot: Record<string, unknown> | null;
    updatedAt: string;
}

export class RunControlRepository {
    constructor(private readonly store: Store) {}

    async describe(details: Omit<RunDetails, 'rolledBackBy'>): Promise<void> {
        await this.store
            .insertInto('run_details')
            .values({
                run_id: details.runId,
                kind: details.kind,
                control: JSON.stringify(details.control),
                source_run_id: details.sourceRunId,
                rolled_back_by: null
            })
            .execute();
    }

    async details(runId: string): Promise<RunDetails | undefined> {
        const row = await this.store
            .selectFrom('run_details')
            .selectAll()
            .where('run_id', '=', runId)
            .executeTakeFirst();
        if (!row) return undefined;
        return {
            runId: row.run_id,
            kind: row.kind as RunKind,
            control: JSON.parse(row.control) as Record<string, unknown>,
            sourceRunId: row.source_run_id,
            rolledBackBy: row.rolled_back_by
        };
    }

    /** Marks a run rolled back; false when another rollback got there first. */
    async markRolledBack(runId: string, rollbackRunId: string): Promise<boolean> {
        const existing = await this.details(runId);
        if (!existing) {
            await this.store
                .insertInto('run_details')
                .values({
                    run_id: runId,
                    kind: 'sync',
                    control: '{}',
                    source_run_id: null,
                    rolled_back_by: rollbackRunId
                })
                .execute();
            return true;
        }
        const result = await this.store
            .updateTable('run_details')
            .set({ rolled_back_by: rollbackRunId })
            .where('run_id', '=', runId)
            .where('rolled_back_by', 'is', null)
            .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
    }

    async goLive(mappingName: string): Promise<GoLiveSettings | undefined> {
        const row = await this.store
            .selectFrom('go_live')
            .selectAll()
            .where('mapping_name', '=', mappingName)
            .executeTakeFirst();
        if (!row) return undefined;
        return {
            recordCap: row.record_cap,
            pilot: row.pilot === null ? null : (JSON.parse(row.pilot) as Record<string, unknown>),
            updatedAt: row.updated_at
        };
    }

    async setGoLive(
        mappingName: string,
        settings: { recordCap: number | null; pilot: Record<string, unknown> | null },
        now: string
    ): Promise<void> {
        const values = {
            record_cap: settings.recordCap,
            pilot: settings.pilot === null ? null : JSON.stringify(settings.pilot),
            updated_at: now
        };
        await this.store
            .insertInto('go_live')
            .values({ mapping_name: mappingName, ...values })
            .onConflict((oc) => oc.column('mapping_name').doUpdateSet(values))
            .execute();
    }
}
