/**
 * What a mapping's schedule can be, as a zod contract shared by the API and
 * the store: manual, every N minutes, daily at a local time, a 5-field cron
 * expression, or real time. Cron expressions and time zones are checked here
 * so a schedule that could never fire is refused before it is stored.
 */
import { Cron } from 'croner';
import { z } from 'zod';

export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 1440;

export function isTimeZone(name: string): boolean {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    } catch {
        return false;
    }
}

/** The reason croner refuses a 5-field expression, or undefined when it is valid. */
export function cronProblem(expression: string): string | undefined {
    let job: Cron;
    try {
        job = new Cron(expression, { paused: true, mode: '5-part' });
    } catch (error) {
        const reason =
            error instanceof Error
                ? error.message.replace(/^CronPattern:\s*/, '')
                : 'not a valid cron expression';
        return reason.replace(
            /exactly five, six, or seven space separated parts are required/,
            'exactly five space-separated parts are required'
        );
    }

    // The same floor as interval schedules, and no schedule that can never fire.
    const [first, second] = job.nextRuns(2);
    if (!first || !second) return 'it never fires';
    if (second.getTime() - first.getTime() < MIN_INTERVAL_MINUTES * 60_000) {
        return `it fires more often than every ${MIN_INTERVAL_MINUTES} minutes`;
    }
    return undefined;
}

const timeZone = z
    .string()
    .min(1)
    .max(64)
    .refine(isTimeZone, { message: 'not an IANA time zone, e.g. Europe/Berlin' });

const manual = z.strictObject({ kind: z.literal('manual') });

const interval = z.strictObject({
    kind: z.literal('interval'),
    everyMinutes: z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES)
});

const daily = z.strictObject({
    kind: z.literal('daily'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24-hour)'),
    timezone: timeZone
});

const cron = z.strictObject({
    kind: z.literal('cron'),
    expression: z
        .string()
        .max(120)
        .superRefine((expression, context) => {
            const problem = cronProblem(expression);
            if (problem)
                context.addIssue({
                    code: 'custom',
                    message: `not a valid 5-field cron expression: ${problem}`
                });
        }),
    timezone: timeZone.default('UTC')
});

const realtime = z.strictObject({ kind: z.literal('realtime') });

export const scheduleSchema = z.discriminatedUnion('kind', [
    manual,
    interval,
    daily,
    cron,
    realtime
]);

export type Schedule = z.infer<typeof scheduleSchema>;

export type ScheduleKind = Schedule['kind'];

export const MANUAL: Schedule = { kind: 'manual' };
