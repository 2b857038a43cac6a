/**
 * The runs service: the one-run-per-mapping executor, and everything around
 * runs — dry runs, retries, rollbacks, the kill switch, go-live settings,
 * resolving held records and a record's sync status.
 */
import { ApiError } from '../../api/api-error';
import { dryRunSync } from '../../engine/runner/dry-run';
import { createPlanner } from '../../engine/runner/planner';
import type { PilotFilter } from '../../engine/runner/run-control';
import { toId18 } from '../../salesforce/ids';
import { RunControlRepository } from '../../store/run-control-repository';
import type { MappingService } from '../mappings/mapping-service';
import type { LazyDeps, ServiceContext } from '../service-context';
import { lockedSync } from './locked-sync';
import { checkPilot } from './pilot-check';
import { recordStatus } from './record-status';
import { resolveHeld } from './resolve-held';
import { rollback } from './rollback-service';
import type { SyncService } from './sync-service';

export function createSync(ctx: ServiceContext, deps: LazyDeps): SyncService {
    const { repositories } = ctx;
    const now = (): string => ctx.now().toISOString();
    const control = new RunControlRepository(repositories.store);
    const sides = async () => ({
        salesforce: await deps().connections.salesforce(),
        trustworthy: await deps().connections.trustworthy()
    });
    const mappings = { active: (name: string) => deps().mappings.active(name) };
    const executor = lockedSync({
        repositories,
        logger: ctx.logger,
        connections: {
            salesforce: () => deps().connections.salesforce(),
            trustworthy: () => deps().connections.trustworthy()
        },
        mappings,
        usage: {
            budgetReached: () => deps().usage.budgetReached(),
            onRunFinished: (summary, run) => deps().usage.onRunFinished(summary, run)
        },
        notifier: { notify: (alert) => deps().notifier.notify(alert) }
    });
    const actionDeps = { repositories, executor, sides, now, mappings };

    return {
        run: (options) => executor.run(options),
        start: (options) => executor.start(options),
        isRunning: (name) => executor.isRunning(name),
        idle: (name) => executor.idle(name),

        async dryRun(mappingName, request) {
            const active = await mappings.active(mappingName);
            const explicit = request.salesforceIds?.length || request.trustworthyIds?.length;
            return dryRunSync({
                mapping: active.mapping,
                mappingVersion: active.version,
                ...(await sides()),
                repositories,
                createPlanner,
                now,
                ...(request.sampleSize !== undefined ? { sampleSize: request.sampleSize } : {}),
                ...(explicit
                    ? {
                          ids: {
                              salesforce: request.salesforceIds ?? [],
                              trustworthy: request.trustworthyIds ?? []
                          }
                      }
                    : {})
            });
        },

        async retry(runId, recordIds) {
            const run = await repositories.runs.get(runId);
            if (!run) throw new ApiError('not_found', `no run ${runId}`);
            const failed = (await repositories.audit.forRun(runId)).filter(
                (change) => change.action === 'fail'
            );
            if (failed.length === 0)
                throw new ApiError('conflict', `run ${runId} has no failed records to retry`);

            const wanted = recordIds?.map((id) => toId18(id) ?? id);
            const chosen = wanted
                ? failed.filter((change) =>
                      wanted.some((id) => id === change.salesforceId || id === change.trustworthyId)
                  )
                : failed;
            const unknown = (wanted ?? []).filter(
                (id) =>
                    !failed.some(
                        (change) => id === change.salesforceId || id === change.trustworthyId
                    )
            );
            if (unknown.length > 0) {
                throw new ApiError(
                    'not_found',
                    `run ${runId} has no failed record with these ids`,
                    unknown.map((id) => ({
                        path: 'body.recordIds',
                        issue: `not a failed record of this run: ${id}`
                    }))
                );
            }

            const pilot: PilotFilter = {
                salesforceIds: unique(
                    chosen.flatMap((change) => (change.salesforceId ? [change.salesforceId] : []))
                ),
                trustworthyIds: unique(
                    chosen.flatMap((change) => (change.trustworthyId ? [change.trustworthyId] : []))
                )
            };
            const started = await executor.start({
                mappingName: run.mappingName,
                trigger: 'retry',
                kind: 'retry',
                sourceRunId: runId,
                pilot
            });
            return {
                runId: started.runId,
                records: unique(
                    chosen.map((change) => `${change.salesforceId}|${change.trustworthyId}`)
                ).length
            };
        },

        rollback: (runId, options) => rollback(actionDeps, runId, options.dryRun),

        async pause(mappingName) {
            await mappings.active(mappingName);
            await pausable(deps().mappings).setPaused(mappingName, true);
        },
        async resume(mappingName) {
            await mappings.active(mappingName);
            await pausable(deps().mappings).setPaused(mappingName, false);
        },

        async goLive(mappingName) {
            await mappings.active(mappingName);
            return control.goLive(mappingName);
        },
        async setGoLive(mappingName, settings) {
            const active = await mappings.active(mappingName);
            if (settings.pilot)
                await checkPilot(
                    settings.pilot,
                    active.mapping,
                    await sides(),
                    repositories,
                    now(),
                    'body.pilot'
                );
            await control.setGoLive(
                mappingName,
                {
                    recordCap: settings.recordCap,
                    pilot: settings.pilot ? { ...settings.pilot } : null
                },
                now()
            );
            const stored = await control.goLive(mappingName);
            if (!stored)
                throw new ApiError('internal_error', 'the go-live settings were not stored');
            return stored;
        },

        resolveHeld: (heldId, resolution) =>
            resolveHeld(
                {
                    ...actionDeps,
                    mappingOf: async (held) => {
                        const run = await repositories.runs.get(held.runId);
                        if (!run)
                            throw new ApiError(
                                'not_found',
                                `the run that held ${held.id} is no longer recorded`
                            );
                        return run.mappingName;
                    },
                    objectsOf: async (mappingName, pairingId) => {
                        const pairing = (await mappings.active(mappingName)).mapping.pairings.find(
                            (entry) => entry.id === pairingId
                        );
                        if (!pairing)
                            throw new ApiError(
                                'conflict',
                                `pairing ${pairingId} is no longer in mapping ${mappingName}`
                            );
                        return pairing;
                    }
                },
                heldId,
                resolution
            ),

        recordStatus: (salesforceId) => recordStatus(repositories, salesforceId)
    };
}

interface PauseSwitch {
    setPaused(name: string, paused: boolean): Promise<unknown>;
}

/* The mappings service owns the paused flag; until it offers setPaused, pausing is refused plainly. */
function pausable(service: MappingService): PauseSwitch {
    const candidate = service as MappingService & Partial<PauseSwitch>;
    if (typeof candidate.setPaused !== 'function')
        throw new ApiError(
            'not_implemented',
            'pausing needs the mappings service to store the paused flag'
        );
    return {
        setPaused: (name, paused) =>
            (candidate.setPaused as PauseSwitch['setPaused']).call(service, name, paused)
    };
}

function unique(values: string[]): string[] {
    return [...new Set(values)];
}
