/**
 * Fires each mapping's schedule and starts its runs, never two at once per
 * mapping: a tick that finds the mapping still running is skipped and
 * logged. Each schedule keeps its last run and next due time in the store,
 * so a schedule missed while the companion was down runs once at start, not
 * once per missed tick. Real-time requests that arrive during a run are
 * remembered and run once more after it, so no change is left waiting.
 */
import { ApiError } from '../../api/api-error';
import type { Logger } from '../../lib/logger';
import type { SchedulesRepository } from '../../store/schedules-repository';
import { nextDueAfter } from './next-due';
import type { Schedule } from './schedule';
import { scheduleSchema } from './schedule';
import type { SchedulerTimers, TimerHandle } from './timers';
import { MAX_TIMER_MS } from './timers';

const REALTIME_RETRY_MS = 2000;

export type RunTrigger = 'schedule' | 'realtime';

export interface ScheduleRunnerDeps {
    schedules: SchedulesRepository;
    timers: SchedulerTimers;
    logger: Logger;
    runSync(mappingName: string, trigger: RunTrigger): Promise<unknown>;
    /** True while any run of the mapping is going on, whoever started it. */
    isRunning(mappingName: string): boolean;
}

export class ScheduleRunner {
    private readonly timers = new Map<string, TimerHandle>();
    private readonly inFlight = new Map<string, Promise<void>>();
    private readonly realtimeAgain = new Set<string>();
    private started = false;

    constructor(private readonly deps: ScheduleRunnerDeps) {}

    async start(): Promise<void> {
        if (this.started) return;
        this.started = true;
        for (const stored of await this.deps.schedules.all()) {
            const schedule = parseStored(stored.kind, stored.settings);
            if (!schedule) {
                this.deps.logger.warn(
                    { mapping: stored.mappingName, kind: stored.kind },
                    'stored schedule is not valid; ignored'
                );
                continue;
            }
            const due = stored.nextDueAt ? new Date(stored.nextDueAt) : undefined;
            // Missed while down: one catch-up run now, then on from today.
            if (due && due.getTime() <= this.deps.timers.now().getTime())
                await this.fire(stored.mappingName, schedule);
            else this.arm(stored.mappingName, schedule, due);
        }
    }

    /** Stops firing and waits for runs in progress to finish. */
    async stop(): Promise<void> {
        this.started = false;
        for (const timer of this.timers.values()) timer.cancel();
        this.timers.clear();
        this.realtimeAgain.clear();
        await Promise.all([...this.inFlight.values()]);
    }

    /** Stores a new schedule and, when started, arms it from now. */
    async apply(mappingName: string, schedule: Schedule): Promise<Date | undefined> {
        const now = this.deps.timers.now();
        const due = nextDueAfter(schedule, now);
        await this.deps.schedules.put(
            mappingName,
            schedule.kind,
            settingsOf(schedule),
            due?.toISOString(),
            now.toISOString()
        );
        this.timers.get(mappingName)?.cancel();
        this.timers.delete(mappingName);
        if (this.started) this.arm(mappingName, schedule, due);
        return due;
    }

    isRunning(mappingName: string): boolean {
        return this.inFlight.has(mappingName) || this.deps.isRunning(mappingName);
    }

    /** A real-time change: run now, or once more right after the run in progress. */
    requestRealtimeRun(mappingName: string): void {
        if (!this.started) return;
        if (this.isRunning(mappingName)) {
            this.realtimeAgain.add(mappingName);
            return;
        }
        this.launch(mappingName, 'realtime');
    }

    /** Resolves when no run started here is still going (for tests and shutdown). */
    async idle(): Promise<void> {
        while (this.inFlight.size > 0) await Promise.all([...this.inFlight.values()]);
    }

    private arm(mappingName: string, schedule: Schedule, due: Date | undefined): void {
        if (!due || !this.started) return;
        const wait = due.getTime() - this.deps.timers.now().getTime();
        const timer = this.deps.timers.after(Math.min(Math.max(0, wait), MAX_TIMER_MS), () => {
            this.timers.delete(mappingName);
            if (this.deps.timers.now().getTime() < due.getTime())
                this.arm(mappingName, schedule, due);
            else
                this.fire(mappingName, schedule).catch((error: unknown) =>
                    this.logFailure(mappingName, 'schedule', error)
                );
        });
        this.timers.set(mappingName, timer);
    }

    private async fire(mappingName: string, schedule: Schedule): Promise<void> {
        const now = this.deps.timers.now();
        const next = nextDueAfter(schedule, now);

        if (this.isRunning(mappingName)) {
            this.deps.logger.info(
                { mapping: mappingName, nextDueAt: next?.toISOString() },
                'scheduled run skipped: the mapping is still running'
            );
            await this.deps.schedules.setNextDue(mappingName, next?.toISOString());
        } else {
            await this.deps.schedules.markRun(mappingName, now.toISOString(), next?.toISOString());
            this.launch(mappingName, 'schedule');
        }
        this.arm(mappingName, schedule, next);
    }

    private launch(mappingName: string, trigger: RunTrigger): void {
        const run = this.deps
            .runSync(mappingName, trigger)
            .then(
                () => undefined,
                (error: unknown) => this.logFailure(mappingName, trigger, error)
            )
            .finally(() => {
                this.inFlight.delete(mappingName);
                if (this.realtimeAgain.delete(mappingName) && this.started)
                    this.launch(mappingName, 'realtime');
            });
        this.inFlight.set(mappingName, run);
    }

    private logFailure(mappingName: string, trigger: RunTrigger, error: unknown): void {
        if (error instanceof ApiError && error.code === 'run_in_progress') {
            this.deps.logger.info(
                { mapping: mappingName, trigger },
                'run skipped: the mapping is already syncing'
            );
            // Started elsewhere (e.g. the API), so its end is not ours to see: look again shortly.
            if (trigger === 'realtime')
                this.deps.timers.after(REALTIME_RETRY_MS, () =>
                    this.requestRealtimeRun(mappingName)
                );
            return;
        }
        const reason = error instanceof Error ? error.message : String(error);
        this.deps.logger.error({ mapping: mappingName, trigger, reason }, 'scheduled run failed');
    }
}

export function parseStored(kind: string, settings: unknown): Schedule | undefined {
    const parsed = scheduleSchema.safeParse({
        ...(typeof settings === 'object' && settings !== null ? settings : {}),
        kind
    });
    return parsed.success ? parsed.data : undefined;
}

function settingsOf(schedule: Schedule): Record<string, unknown> {
    const { kind: _kind, ...settings } = schedule;
    return settings;
}
