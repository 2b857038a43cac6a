/**
 * The sync's API budget, the org's usage as last seen, and the sync's own
 * Salesforce calls per minute over a rolling 24 hours.
 */
import type { Store } from './database';

export const DEFAULT_SHARE_PERCENT = 50;

export interface BudgetRow {
    sharePercent: number;
    orgUsed: number | null;
    orgLimit: number | null;
    observedAt: string | null;
    alertedAt: string | null;
}

export interface MinuteCalls {
    minuteStart: string;
    calls: number;
}

export class UsageRepository {
    constructor(private readonly store: Store) {}

    async budget(): Promise<BudgetRow> {
        const row = await this.store
            .selectFrom('usage_budget')
            .selectAll()
            .where('id', '=', 1)
            .executeTakeFirst();
        if (!row)
            return {
                sharePercent: DEFAULT_SHARE_PERCENT,
                orgUsed: null,
                orgLimit: null,
                observedAt: null,
                alertedAt: null
            };
        return {
            sharePercent: row.share_percent,
            orgUsed: row.org_used,
            orgLimit: row.org_limit,
            observedAt: row.observed_at,
            alertedAt: row.alerted_at
        };
    }

    async setShare(sharePercent: number, now: string): Promise<void> {
        await this.ensureRow(now);
        await this.store
            .updateTable('usage_budget')
            .set({ share_percent: sharePercent, updated_at: now })
            .where('id', '=', 1)
            .execute();
    }

    async observeOrg(used: number, limit: number, now: string): Promise<void> {
        await this.ensureRow(now);
        await this.store
            .updateTable('usage_budget')
            .set({ org_used: used, org_limit: limit, observed_at: now, updated_at: now })
            .where('id', '=', 1)
            .execute();
    }

    async markAlerted(now: string): Promise<void> {
        await this.ensureRow(now);
        await this.store
            .updateTable('usage_budget')
            .set({ alerted_at: now, updated_at: now })
            .where('id', '=', 1)
            .execute();
    }

    async addCalls(minuteStart: string, calls: number): Promise<void> {
        await this.store
            .insertInto('usage_calls')
            .values({ minute_start: minuteStart, calls })
            .onConflict((conflict) =>
                conflict
                    .column('minute_start')
                    .doUpdateSet((eb) => ({ calls: eb('usage_calls.calls', '+', calls) }))
            )
            .execute();
    }

    /** Minutes after `windowStart`, oldest first; older minutes are forgotten on the way. */
    async callsSince(windowStart: string): Promise<MinuteCalls[]> {
        await this.store
            .deleteFrom('usage_calls')
            .where('minute_start', '<=', windowStart)
            .execute();
        const rows = await this.store
            .selectFrom('usage_calls')
            .selectAll()
            .where('minute_start', '>', windowStart)
            .orderBy('minute_start')
            .execute();
        return rows.map((row) => ({ minuteStart: row.minute_start, calls: row.calls }));
    }

    private async ensureRow(now: string): Promise<void> {
        await this.store
            .insertInto('usage_budget')
            .values({
                id: 1,
                share_percent: DEFAULT_SHARE_PERCENT,
                org_used: null,
                org_limit: null,
                observed_at: null,
                alerted_at: null,
                updated_at: now
            })
            .onConflict((conflict) => conflict.column('id').doNothing())
            .execute();
    }
}
