/**
 * The scheduler's timing rules on a manual clock with the real store: one
 * runner per mapping, a missed schedule runs once, next due times.
 */
import { Writable } from 'node:stream';

import { createLogger } from '../../lib/logger';
import { openStore } from '../../store/database';
import type { Store } from '../../store/database';
import { SchedulesRepository } from '../../store/schedules-repository';
import { ScheduleRunner } from './schedule-runner';
import type { RunTrigger } from './schedule-runner';
import { ManualTimers, settle } from './test-support/manual-timers';

const MINUTE = 60_000;

interface StartedRun {
    mappingName: string;
    trigger: RunTrigger;
    finish(): void;
}

/** A sync whose runs end when the test says, so "still running" is a state, not a race. */
function controlledSync() {
    const started: StartedRun[] = [];
    const running = new Set<string>();
    return {
        started,
        runSync(mappingName: string, trigger: RunTrigger): Promise<unknown> {
            running.add(mappingName);
            return new Promise((resolve) => {
                started.push({
                    mappingName,
                    trigger,
                    finish: () => {
                        running.delete(mappingName);
                        resolve(undefined);
                    }
                });
            });
        },
        isRunning: (mappingName: string) => running.has(mappingName)
    };
}

function capturedLogs() {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
            lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
            done();
        }
    });
    return { lines, logger: createLogger('info', stream) };
}

let store: Store;
let schedules: SchedulesRepository;

beforeEach(async () => {
    store = await openStore(':memory:');
    schedules = new SchedulesRepository(store);
});

afterEach(async () => {
    await store.destroy();
});

describe('the schedule runner', () => {
    test('when an interval comes due while the previous run is still going, then the tick is skipped and logged', async () => {
        const timers = new ManualTimers('2026-03-02T08:00:00.000Z');
        const sync = controlledSync();
        const { lines, logger } = capturedLogs();
        const runner = new ScheduleRunner({ schedules, timers, logger, ...sync });
        await runner.start();
        await runner.apply('demo', { kind: 'interval', everyMinutes: 15 });

        await timers.advance(15 * MINUTE);
        expect(sync.started).toHaveLength(1);

        await timers.advance(15 * MINUTE);
        await timers.advance(15 * MINUTE);
        expect(sync.started).toHaveLength(1);
        expect(
            lines.filter(
                (line) => line.msg === 'scheduled run skipped: the mapping is still running'
            )
        ).toHaveLength(2);

        sync.started[0]?.finish();
        await settle();
        await timers.advance(15 * MINUTE);
        expect(sync.started.map((run) => run.trigger)).toEqual(['schedule', 'schedule']);
        sync.started[1]?.finish();
        await runner.stop();
    });

    test('when the companion was down across many ticks, then start runs the schedule once and counts on from now', async () => {
        const timers = new ManualTimers('2026-03-02T08:00:00.000Z');
        const sync = controlledSync();
        const { logger } = capturedLogs();
        const first = new ScheduleRunner({ schedules, timers, logger, ...sync });
        await first.start();
        await first.apply('demo', { kind: 'interval', everyMinutes: 5 });
        await first.stop();

        timers.jump('2026-03-02T11:00:00.000Z');
        const second = new ScheduleRunner({ schedules, timers, logger, ...sync });
        await second.start();
        await settle();

        expect(sync.started).toHaveLength(1);
        const stored = await schedules.get('demo');
        expect(stored).toMatchObject({
            lastRunAt: '2026-03-02T11:00:00.000Z',
            nextDueAt: '2026-03-02T11:05:00.000Z'
        });

        sync.started[0]?.finish();
        await settle();
        await timers.advance(4 * MINUTE);
        expect(sync.started).toHaveLength(1);
        await timers.advance(1 * MINUTE);
        expect(sync.started).toHaveLength(2);
        sync.started[1]?.finish();
        await second.stop();
    });

    test('when a daily schedule is set, then it is due at the next HH:MM in its time zone', async () => {
        const timers = new ManualTimers('2026-07-01T10:00:00.000Z');
        const { logger } = capturedLogs();
        const runner = new ScheduleRunner({ schedules, timers, logger, ...controlledSync() });

        // 10:00 UTC is 06:00 in New York (daylight time): 06:30 is still today, 05:30 tomorrow.
        const later = await runner.apply('demo', {
            kind: 'daily',
            time: '06:30',
            timezone: 'America/New_York'
        });
        expect(later?.toISOString()).toBe('2026-07-01T10:30:00.000Z');
        const passed = await runner.apply('demo', {
            kind: 'daily',
            time: '05:30',
            timezone: 'America/New_York'
        });
        expect(passed?.toISOString()).toBe('2026-07-02T09:30:00.000Z');

        const cron = await runner.apply('demo', {
            kind: 'cron',
            expression: '0 */6 * * 1-5',
            timezone: 'UTC'
        });
        expect(cron?.toISOString()).toBe('2026-07-01T12:00:00.000Z');
    });

    test('when a manual or real-time schedule is set, then nothing is armed', async () => {
        const timers = new ManualTimers('2026-07-01T10:00:00.000Z');
        const { logger } = capturedLogs();
        const runner = new ScheduleRunner({ schedules, timers, logger, ...controlledSync() });
        await runner.start();

        expect(await runner.apply('demo', { kind: 'manual' })).toBeUndefined();
        expect(await runner.apply('demo', { kind: 'realtime' })).toBeUndefined();
        expect(timers.armed).toBe(0);
        await runner.stop();
    });

    test('when real-time changes arrive during a run, then exactly one more run follows it', async () => {
        const timers = new ManualTimers('2026-03-02T08:00:00.000Z');
        const sync = controlledSync();
        const { logger } = capturedLogs();
        const runner = new ScheduleRunner({ schedules, timers, logger, ...sync });
        await runner.start();

        runner.requestRealtimeRun('demo');
        runner.requestRealtimeRun('demo');
        runner.requestRealtimeRun('demo');
        expect(sync.started).toHaveLength(1);

        sync.started[0]?.finish();
        await settle();
        expect(sync.started.map((run) => run.trigger)).toEqual(['realtime', 'realtime']);
        sync.started[1]?.finish();
        await runner.idle();
        expect(sync.started).toHaveLength(2);
        await runner.stop();
    });
});
