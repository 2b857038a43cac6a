/** Per-mapping schedules. The scheduling helper owns this file and its implementation. */

export interface Scheduler {
    start(): Promise<void>;
    stop(): Promise<void>;
}
