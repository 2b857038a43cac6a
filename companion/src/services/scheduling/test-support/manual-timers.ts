/**
 * For tests: a clock and timers that move only when told, so a schedule of
 * hours is tested in milliseconds and never races the wall clock.
 */
import type { SchedulerTimers, TimerHandle } from '../timers';

interface PendingTimer {
    at: number;
    callback: () => void;
    cancelled: boolean;
}

export class ManualTimers implements SchedulerTimers {
    private current: number;
    private readonly pending: PendingTimer[] = [];

    constructor(start: string) {
        this.current = new Date(start).getTime();
    }

    now(): Date {
        return new Date(this.current);
    }

    after(milliseconds: number, callback: () => void): TimerHandle {
        const timer: PendingTimer = {
            at: this.current + Math.max(0, milliseconds),
            callback,
            cancelled: false
        };
        this.pending.push(timer);
        return { cancel: () => (timer.cancelled = true) };
    }

    /** Moves the clock forward, firing every timer that comes due on the way, in order. */
    async advance(milliseconds: number): Promise<void> {
        const target = this.current + milliseconds;
        for (;;) {
            const due = this.pending
                .filter((timer) => !timer.cancelled && timer.at <= target)
                .sort((a, b) => a.at - b.at)[0];
            if (!due) break;
            this.pending.splice(this.pending.indexOf(due), 1);
            this.current = Math.max(this.current, due.at);
            due.callback();
            await settle();
        }
        this.current = target;
    }

    /** Sets the clock without firing anything, as if the process had been down meanwhile. */
    jump(to: string): void {
        this.current = new Date(to).getTime();
    }

    get armed(): number {
        return this.pending.filter((timer) => !timer.cancelled).length;
    }
}

/** Lets promise chains started by a timer (store writes, run bookkeeping) finish. */
export async function settle(): Promise<void> {
    for (let round = 0; round < 20; round++)
        await new Promise<void>((resolve) => setImmediate(resolve));
}
