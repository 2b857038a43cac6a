/**
 * Turns change notices (a webhook, a change event) into prompt syncs of the
 * real-time mappings that pair the changed object. A burst of notices within
 * the debounce window becomes one run per mapping; the window starts at the
 * first notice and is not stretched by later ones, so a steady stream of
 * changes cannot postpone a sync forever.
 */
import type { Logger } from '../../lib/logger';
import type { SchedulerTimers, TimerHandle } from '../scheduling/timers';

export type ChangeSide = 'salesforce' | 'trustworthy';

export interface ChangeTriggerDeps {
    timers: SchedulerTimers;
    debounceMs: number;
    logger: Logger;
    /** Names of the real-time mappings with a pairing on this object of this side. */
    mappingsUsing(side: ChangeSide, objectName: string): Promise<string[]>;
    run(mappingName: string): void;
}

export class ChangeTrigger {
    private readonly pending = new Map<string, TimerHandle>();
    private stopped = false;

    constructor(private readonly deps: ChangeTriggerDeps) {}

    notify(side: ChangeSide, objectName: string): void {
        this.deps.mappingsUsing(side, objectName).then(
            (mappingNames) => {
                for (const name of mappingNames) this.debounce(name);
            },
            (error: unknown) => {
                const reason = error instanceof Error ? error.message : String(error);
                this.deps.logger.warn(
                    { side, objectName, reason },
                    'real-time change could not be matched to mappings'
                );
            }
        );
    }

    stop(): void {
        this.stopped = true;
        for (const timer of this.pending.values()) timer.cancel();
        this.pending.clear();
    }

    resume(): void {
        this.stopped = false;
    }

    private debounce(mappingName: string): void {
        if (this.stopped || this.pending.has(mappingName)) return;
        const timer = this.deps.timers.after(this.deps.debounceMs, () => {
            this.pending.delete(mappingName);
            if (!this.stopped) this.deps.run(mappingName);
        });
        this.pending.set(mappingName, timer);
    }
}
