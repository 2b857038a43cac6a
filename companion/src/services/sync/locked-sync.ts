/**
 * Runs a mapping's sync, one at a time per mapping: a second start while one
 * runs is refused rather than queued, so a slow run is never doubled. A run
 * checks between batches whether the mapping was paused or the API budget
 * spent, applies the mapping's go-live settings when the caller brought no
 * limits of its own, and reports its end to the usage service (metrics and
 * the alerts for failures and held records).
 */
import { randomUUID } from 'node:crypto';

import { ApiError } from '../../api/api-error';
import type { MappingFile } from '../../engine/mapping/mapping-schema';
import { createPlanner } from '../../engine/runner/planner';
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import type {
    PilotFilter,
    RecordTarget,
    RunControl,
    StopReason
} from '../../engine/runner/run-control';
import { runSync } from '../../engine/runner/run-sync';
import type { RunSummary } from '../../engine/runner/summary';
import type { Logger } from '../../lib/logger';
import type { Repositories } from '../../store/repositories';
import { RunControlRepository } from '../../store/run-control-repository';
import type { RunKind } from '../../store/run-control-repository';
import type { ConnectionManager } from '../connections/connection-manager';
import type { MappingService } from '../mappings/mapping-service';
import type { Notifier } from '../notifications/notifier';
import type { UsageService } from '../usage/usage-service';
import { checkPilot } from './pilot-check';
import { runLocks } from './run-locks';
import type { StartRunOptions } from './sync-service';

export interface LockedSyncDeps {
    repositories: Repositories;
    connections: Pick<ConnectionManager, 'salesforce' | 'trustworthy'>;
    mappings: Pick<MappingService, 'active'>;
    logger: Logger;
    onProgress?: (pairingId: string, step: string) => void;
    usage?: Pick<UsageService, 'budgetReached'> & Partial<Pick<UsageService, 'onRunFinished'>>;
    notifier?: Pick<Notifier, 'notify'>;
}

/** A run as the service's own parts ask for it: a retry, a conflict's resolution. */
export interface RunRequest extends StartRunOptions {
    kind?: RunKind;
    sourceRunId?: string;
    createNew?: RecordTarget[];
    /** The mapping as this run should see it (e.g. one pairing's conflict policy for a resolution). */
    adjustMapping?: (mapping: MappingFile) => MappingFile;
    /** Work done under the run's id before the sync itself (a value an admin chose, written first). */
    prepare?: (
        runId: string,
        sides: { salesforce: SalesforcePort; trustworthy: TrustworthyPort }
    ) => Promise<void>;
}

export interface RunExecutor {
    run(request: RunRequest): Promise<RunSummary>;
    start(request: RunRequest): Promise<{ runId: string }>;
    isRunning(mappingName: string): boolean;
    idle(mappingName: string): Promise<void>;
    /** Holds the mapping's lock while `work` runs (rollbacks, resolutions). */
    exclusive<T>(mappingName: string, work: () => Promise<T>): Promise<T>;
}

export function lockedSync(deps: LockedSyncDeps): RunExecutor {
    const locks = runLocks(deps.repositories);
    const control = new RunControlRepository(deps.repositories.store);

    const exclusive = async <T>(mappingName: string, work: () => Promise<T>): Promise<T> => {
        if (locks.has(mappingName))
            throw new ApiError('run_in_progress', `mapping ${mappingName} is already syncing`);
        const running = work();
        locks.set(
            mappingName,
            running.catch(() => undefined)
        );
        try {
            return await running;
        } finally {
            locks.delete(mappingName);
        }
    };

    const execute = (
        request: RunRequest,
        onStarted?: (runId: string) => void
    ): Promise<RunSummary> =>
        exclusive(request.mappingName, async () => {
            const active = await deps.mappings.active(request.mappingName);
            if (active.paused)
                throw new ApiError('mapping_paused', `mapping ${request.mappingName} is paused`);
            const mapping = request.adjustMapping
                ? request.adjustMapping(active.mapping)
                : active.mapping;
            const sides = {
                salesforce: await deps.connections.salesforce(),
                trustworthy: await deps.connections.trustworthy()
            };
            const limits = await limitsFor(request, control);
            await checkPilot(
                limits.pilot,
                mapping,
                sides,
                deps.repositories,
                new Date().toISOString(),
                'body.pilot'
            );

            const runId = randomUUID();
            await control.describe({
                runId,
                kind: request.kind ?? 'sync',
                control: {
                    ...limits,
                    ...(request.createNew ? { createNew: request.createNew } : {})
                },
                sourceRunId: request.sourceRunId ?? null
            });
            await request.prepare?.(runId, sides);
            const summary = await runSync({
                runId,
                mapping,
                mappingVersion: active.version,
                trigger: request.trigger,
                ...sides,
                repositories: deps.repositories,
                logger: deps.logger,
                createPlanner,
                control: {
                    ...limits,
                    ...(request.createNew ? { createNew: request.createNew } : {}),
                    shouldStop: () => stopReason(request.mappingName, deps)
                },
                ...(onStarted ? { onStarted } : {}),
                ...(deps.onProgress ? { onProgress: deps.onProgress } : {})
            });
            await reportEnd(summary, request.mappingName, deps);
            return summary;
        });

    return {
        run: (request) => execute(request),
        start: (request) =>
            new Promise((resolve, reject) => {
                let started = false;
                execute(request, (runId) => {
                    started = true;
                    resolve({ runId });
                }).catch((error: unknown) => {
                    if (!started) reject(error);
                    else deps.logger.error({ err: error }, 'background run failed');
                });
            }),
        isRunning: (mappingName) => locks.has(mappingName),
        idle: async (mappingName) => {
            await locks.get(mappingName);
        },
        exclusive
    };
}

/** The caller's own limits, or else the mapping's go-live settings for ordinary syncs. */
async function limitsFor(
    request: RunRequest,
    control: RunControlRepository
): Promise<Pick<RunControl, 'recordCap' | 'pilot' | 'record'>> {
    const own = {
        ...(request.recordCap !== undefined ? { recordCap: request.recordCap } : {}),
        ...(request.pilot ? { pilot: request.pilot } : {}),
        ...(request.record ? { record: request.record } : {})
    };
    if (Object.keys(own).length > 0 || (request.kind ?? 'sync') !== 'sync') return own;

    const goLive = await control.goLive(request.mappingName);
    return {
        ...(goLive?.recordCap != null ? { recordCap: goLive.recordCap } : {}),
        ...(goLive?.pilot ? { pilot: goLive.pilot as PilotFilter } : {})
    };
}

async function stopReason(
    mappingName: string,
    deps: LockedSyncDeps
): Promise<StopReason | undefined> {
    const current = await deps.mappings.active(mappingName);
    if (current.paused) return 'paused';
    if (deps.usage && (await deps.usage.budgetReached())) return 'budget';
    return undefined;
}

async function reportEnd(
    summary: RunSummary,
    mappingName: string,
    deps: LockedSyncDeps
): Promise<void> {
    try {
        if (deps.usage?.onRunFinished) {
            await deps.usage.onRunFinished(summary, { mappingName });
            return;
        }
        // Without the usage service (a bare command-line run) the alerts are raised here.
        if (summary.status === 'failed') {
            await deps.notifier?.notify({
                kind: 'run_failed',
                mappingName,
                runId: summary.runId,
                message: `sync run of ${mappingName} failed: ${summary.error ?? 'unknown error'}`
            });
        }
        if (summary.totals.held > 0) {
            await deps.notifier?.notify({
                kind: 'conflicts_held',
                mappingName,
                runId: summary.runId,
                message: `${summary.totals.held} record(s) of ${mappingName} are held for review`
            });
        }
    } catch (error) {
        deps.logger.warn(
            { err: error, runId: summary.runId },
            'the end of a run could not be reported'
        );
    }
}
