/**
 * Per-mapping schedules and real-time sync. The scheduling helper owns this
 * file and its implementation; the API routes and `main.ts` call it.
 */
import type { Schedule } from './schedule';

export interface ScheduleState {
    mappingName: string;
    schedule: Schedule;
    lastRunAt: string | null;
    nextDueAt: string | null;
    running: boolean;
}

export interface Scheduler {
    /** Arms every stored schedule (a missed one runs once now) and starts real-time subscriptions. */
    start(): Promise<void>;
    /** Stops timers and subscriptions, then waits for runs in progress. */
    stop(): Promise<void>;
    /** The mapping's schedule; manual when none was set. Throws ApiError('not_found') for an unknown mapping. */
    scheduleOf(mappingName: string): Promise<ScheduleState>;
    setSchedule(mappingName: string, schedule: Schedule): Promise<ScheduleState>;
    /**
     * One Trustworthy webhook delivery: true when its signature, timestamp and
     * event id are accepted (a prompt sync follows for real-time mappings).
     */
    receiveTrustworthyWebhook(
        signatureHeader: string | undefined,
        rawBody: Buffer | undefined
    ): Promise<boolean>;
}
