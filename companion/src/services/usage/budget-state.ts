/**
 * The budget from what is known: the org's limit and usage as last seen and
 * the companion's own calls per minute. Salesforce counts calls over a
 * rolling 24 hours, so the budget frees up when the oldest of the sync's
 * calls leave the window, not at midnight.
 */
import type { BudgetRow, MinuteCalls } from '../../store/usage-repository';
import type { BudgetState } from './usage-service';

export const DAY_MS = 24 * 60 * 60 * 1000;

export function budgetState(row: BudgetRow, minutes: MinuteCalls[]): BudgetState {
    const usedToday = minutes.reduce((sum, minute) => sum + minute.calls, 0);
    const calls =
        row.orgLimit === null ? null : Math.floor((row.orgLimit * row.sharePercent) / 100);
    const remaining = calls === null ? null : Math.max(0, calls - usedToday);

    if (calls !== null && usedToday >= calls) {
        return {
            sharePercent: row.sharePercent,
            calls,
            usedToday,
            remaining,
            reached: true,
            reason: 'budget',
            resetsAt: budgetFreesAt(minutes, usedToday, calls)
        };
    }
    if (row.orgLimit !== null && row.orgUsed !== null && row.orgUsed >= row.orgLimit) {
        // Other clients' calls are not known minute by minute: everything seen now is gone from the window a day later at the latest.
        const resetsAt =
            row.observedAt === null
                ? null
                : new Date(Date.parse(row.observedAt) + DAY_MS).toISOString();
        return {
            sharePercent: row.sharePercent,
            calls,
            usedToday,
            remaining,
            reached: true,
            reason: 'org_limit',
            resetsAt
        };
    }
    return {
        sharePercent: row.sharePercent,
        calls,
        usedToday,
        remaining,
        reached: false,
        reason: null,
        resetsAt: null
    };
}

/** The moment enough of the oldest minutes have left the window to bring the count under the budget. */
function budgetFreesAt(minutes: MinuteCalls[], usedToday: number, calls: number): string | null {
    let stillCounted = usedToday;
    for (const minute of minutes) {
        stillCounted -= minute.calls;
        if (stillCounted < calls)
            return new Date(Date.parse(minute.minuteStart) + DAY_MS).toISOString();
    }
    return null;
}

export function minuteStartOf(instant: Date): string {
    const ms = instant.getTime();
    return new Date(ms - (ms % 60_000)).toISOString();
}
