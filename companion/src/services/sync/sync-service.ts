/**
 * Starting and managing runs. The runs helper owns this file and its
 * implementation; the scheduler and the API routes call it.
 */
import type { RunSummary } from '../../engine/runner/summary';

export interface StartRunOptions {
    mappingName: string;
    trigger: 'manual' | 'schedule' | 'realtime' | 'startup' | 'retry' | 'api';
}

export interface SyncService {
    /** Runs a sync now; refuses with ApiError('run_in_progress') while the mapping already has one running. */
    run(options: StartRunOptions): Promise<RunSummary>;
    isRunning(mappingName: string): boolean;
}
