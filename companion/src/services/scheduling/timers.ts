/**
 * The clock and timers the scheduler runs on, injectable so tests move time
 * by hand instead of sleeping through minutes.
 */

export interface TimerHandle {
    cancel(): void;
}

export interface SchedulerTimers {
    now(): Date;
    after(milliseconds: number, callback: () => void): TimerHandle;
}

/** Longest single wait; a later due time is reached by waking and waiting again. */
export const MAX_TIMER_MS = 6 * 60 * 60 * 1000;

export const systemTimers: SchedulerTimers = {
    now: () => new Date(),
    after(milliseconds, callback) {
        const timer = setTimeout(callback, Math.min(Math.max(0, milliseconds), MAX_TIMER_MS));
        // The HTTP server keeps the process alive; a pending schedule should not.
        timer.unref();
        return { cancel: () => clearTimeout(timer) };
    }
};
