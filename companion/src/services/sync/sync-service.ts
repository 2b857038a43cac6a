/**
 * Starting and managing runs. The runs helper owns this file and its
 * implementation; the scheduler and the API routes call it.
 */
import type { DryRunResult } from '../../engine/runner/dry-run-types';
import type { RollbackReport } from '../../engine/runner/rollback/rollback-types';
import type { PilotFilter, RecordTarget } from '../../engine/runner/run-control';
import type { RunSummary } from '../../engine/runner/summary';
import type { GoLiveSettings } from '../../store/run-control-repository';
import type { ConflictResolution, ResolutionReport } from './resolve-held';
import type { RecordStatus } from './record-status';

export type RunTrigger =
    'manual' | 'schedule' | 'realtime' | 'startup' | 'retry' | 'api' | 'rollback' | 'resolution';

export interface StartRunOptions {
    mappingName: string;
    trigger: RunTrigger;
    /** Stop after this many records written; the rest waits for the next run. */
    recordCap?: number;
    pilot?: PilotFilter;
    /** Sync this one record only. */
    record?: RecordTarget;
}

export interface DryRunRequest {
    sampleSize?: number;
    salesforceIds?: string[];
    trustworthyIds?: string[];
}

export interface GoLiveInput {
    recordCap: number | null;
    pilot: PilotFilter | null;
}

export interface SyncService {
    /** Runs a sync now and waits for it; refuses with ApiError('run_in_progress') while the mapping already has one running. */
    run(options: StartRunOptions): Promise<RunSummary>;
    /** Starts a sync in the background and answers with its run id once the run is recorded. */
    start(options: StartRunOptions): Promise<{ runId: string }>;
    isRunning(mappingName: string): boolean;
    /** Resolves when the mapping has no run in progress (tests and shutdown). */
    idle(mappingName: string): Promise<void>;
    dryRun(mappingName: string, request: DryRunRequest): Promise<DryRunResult>;
    /** Starts a run over the failed records of an earlier run (all, or the ones named). */
    retry(runId: string, recordIds?: string[]): Promise<{ runId: string; records: number }>;
    rollback(runId: string, options: { dryRun: boolean }): Promise<RollbackReport>;
    pause(mappingName: string): Promise<void>;
    resume(mappingName: string): Promise<void>;
    goLive(mappingName: string): Promise<GoLiveSettings | undefined>;
    setGoLive(mappingName: string, settings: GoLiveInput): Promise<GoLiveSettings>;
    resolveHeld(heldId: string, resolution: ConflictResolution): Promise<ResolutionReport>;
    recordStatus(salesforceId: string): Promise<RecordStatus>;
}
