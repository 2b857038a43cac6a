/**
 * Runs a mapping's sync, one at a time per mapping: a second start while one
 * runs is refused rather than queued, so a slow run is never doubled.
 */
import { ApiError } from '../../api/api-error';
import { createPlanner } from '../../engine/runner/planner';
import { runSync } from '../../engine/runner/run-sync';
import type { RunSummary } from '../../engine/runner/summary';
import type { Logger } from '../../lib/logger';
import type { Repositories } from '../../store/repositories';
import type { ConnectionManager } from '../connections/connection-manager';
import type { MappingService } from '../mappings/mapping-service';
import type { StartRunOptions, SyncService } from './sync-service';

export interface LockedSyncDeps {
    repositories: Repositories;
    connections: ConnectionManager;
    mappings: MappingService;
    logger: Logger;
    onProgress?: (pairingId: string, step: string) => void;
}

export function lockedSync(deps: LockedSyncDeps): SyncService {
    const running = new Set<string>();

    return {
        isRunning: (mappingName) => running.has(mappingName),
        async run(options: StartRunOptions): Promise<RunSummary> {
            if (running.has(options.mappingName)) {
                throw new ApiError('run_in_progress', `mapping ${options.mappingName} is already syncing`);
            }
            running.add(options.mappingName);
            try {
                const active = await deps.mappings.active(options.mappingName);
                if (active.paused) throw new ApiError('mapping_paused', `mapping ${options.mappingName} is paused`);
                return await runSync({
                    mapping: active.mapping,
                    mappingVersion: active.version,
                    trigger: options.trigger,
                    salesforce: await deps.connections.salesforce(),
                    trustworthy: await deps.connections.trustworthy(),
                    repositories: deps.repositories,
                    logger: deps.logger,
                    createPlanner,
                    ...(deps.onProgress ? { onProgress: deps.onProgress } : {})
                });
            } finally {
                running.delete(options.mappingName);
            }
        }
    };
}
