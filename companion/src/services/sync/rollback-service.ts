/**
 * Rolling a run back as a run of its own (trigger `rollback`), or previewing
 * it. A run is rolled back at most once, never while its mapping is syncing,
 * and with the pairings of the mapping version that run used.
 */
import { ApiError } from '../../api/api-error';
import type { MappingFile } from '../../engine/mapping/mapping-schema';
import { parseMappingFile } from '../../engine/mapping/parse-mapping-file';
import { rollbackRun } from '../../engine/runner/rollback/run-rollback';
import type { RollbackReport } from '../../engine/runner/rollback/rollback-types';
import type { RunRecord } from '../../store/runs-repository';
import { RunControlRepository } from '../../store/run-control-repository';
import type { MappingService } from '../mappings/mapping-service';
import { recordedAction } from './recorded-action';
import type { RecordedActionDeps } from './recorded-action';

export interface RollbackDeps extends RecordedActionDeps {
    mappings: Pick<MappingService, 'active'>;
}

export async function rollback(
    deps: RollbackDeps,
    runId: string,
    dryRun: boolean
): Promise<RollbackReport> {
    const run = await deps.repositories.runs.get(runId);
    if (!run) throw new ApiError('not_found', `no run ${runId}`);
    if (run.status === 'running')
        throw new ApiError(
            'run_in_progress',
            `run ${runId} is still running; pause its mapping and wait for it to stop`
        );
    const control = new RunControlRepository(deps.repositories.store);
    const rolledBackBy = (await control.details(runId))?.rolledBackBy;
    if (rolledBackBy)
        throw new ApiError(
            'conflict',
            `run ${runId} was already rolled back by run ${rolledBackBy}`
        );

    const mapping = await mappingOfRun(deps, run);
    const sides = await deps.sides();
    const options = {
        sourceRunId: runId,
        pairings: mapping.pairings,
        repositories: deps.repositories,
        now: deps.now,
        ...sides
    };
    if (dryRun)
        return (await rollbackRun({ ...options, rollbackRunId: 'preview', dryRun: true })).report;

    let report: RollbackReport | undefined;
    await recordedAction(
        deps,
        run.mappingName,
        runId,
        async (rollbackRunId) => {
            if (!(await control.markRolledBack(runId, rollbackRunId)))
                throw new ApiError('conflict', `run ${runId} was already rolled back`);
            const result = await rollbackRun({ ...options, rollbackRunId, dryRun: false });
            report = result.report;
            return result.changes;
        },
        'rollback'
    );
    if (!report)
        throw new ApiError(
            'internal_error',
            `the rollback of run ${runId} did not finish; see the runs list`
        );
    return report;
}

async function mappingOfRun(deps: RollbackDeps, run: RunRecord): Promise<MappingFile> {
    const row = await deps.repositories.store
        .selectFrom('mappings')
        .select('body')
        .where('name', '=', run.mappingName)
        .where('version', '=', run.mappingVersion)
        .executeTakeFirst();
    const parsed = row ? parseMappingFile(JSON.parse(row.body) as unknown) : undefined;
    if (parsed?.ok) return parsed.mapping;
    return (await deps.mappings.active(run.mappingName)).mapping;
}
