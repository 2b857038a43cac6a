/**
 * When a schedule next fires after a given instant. Manual and real-time
 * schedules never fire on a clock.
 */
import { Cron } from 'croner';

import type { Schedule } from './schedule';

export function nextDueAfter(schedule: Schedule, after: Date): Date | undefined {
    switch (schedule.kind) {
        case 'manual':
        case 'realtime':
            return undefined;
        case 'interval':
            return new Date(after.getTime() + schedule.everyMinutes * 60_000);
        case 'daily': {
            const [hours, minutes] = schedule.time.split(':');
            return cronNext(`${Number(minutes)} ${Number(hours)} * * *`, schedule.timezone, after);
        }
        case 'cron':
            return cronNext(schedule.expression, schedule.timezone, after);
    }
}

function cronNext(expression: string, timezone: string, after: Date): Date | undefined {
    const next = new Cron(expression, { paused: true, mode: '5-part', timezone }).nextRun(after);
    return next ?? undefined;
}
