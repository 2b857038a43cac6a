/**
 * API usage: the org's usage as Salesforce reports it, the sync's own calls
 * against its budget (a share of the org's daily limit), the budget alert
 * (once a day at most), the metrics, and what happens when a run ends.
 */
import { ApiError } from '../../api/api-error';
import { UsageRepository } from '../../store/usage-repository';
import { alertsForRun } from '../notifications/run-alerts';
import type { LazyDeps, ServiceContext } from '../service-context';
import { budgetState, DAY_MS } from './budget-state';
import { CallLedger } from './call-ledger';
import { errorCodesOf } from './run-errors';
import { SyncMetrics } from './sync-metrics';
import type { BudgetState, UsageReport, UsageService } from './usage-service';

export function createUsage(ctx: ServiceContext, deps: LazyDeps): UsageService {
    const repository = new UsageRepository(ctx.repositories.store);
    const ledger = new CallLedger(repository, ctx.now);
    const metrics = new SyncMetrics();

    const sampleQuietly = async (): Promise<void> => {
        try {
            await ledger.sample(await deps().connections.salesforce());
        } catch (error) {
            // Not connected (yet): there are no new calls to book.
            ctx.logger.debug({ err: error }, 'usage sample skipped');
        }
    };

    const current = async (): Promise<BudgetState> => {
        const row = await repository.budget();
        const minutes = await repository.callsSince(
            new Date(ctx.now().getTime() - DAY_MS).toISOString()
        );
        const state = budgetState(row, minutes);
        metrics.recordUsage({ used: row.orgUsed, limit: row.orgLimit }, state.usedToday);
        return state;
    };

    const refreshed = async (): Promise<BudgetState> => {
        await sampleQuietly();
        return current();
    };

    const alertOncePerDay = async (state: BudgetState): Promise<void> => {
        if (!state.reached) return;
        const { alertedAt } = await repository.budget();
        const now = ctx.now();
        if (alertedAt !== null && now.getTime() - Date.parse(alertedAt) < DAY_MS) return;

        await repository.markAlerted(now.toISOString());
        const what =
            state.reason === 'budget'
                ? `the sync used ${state.usedToday} of its ${state.calls} calls (${state.sharePercent}% of the daily limit)`
                : "the org's daily API limit is spent";
        await deps().notifier.notify({
            kind: 'budget_reached',
            mappingName: '*',
            message: `Syncing is paused: ${what}. It resumes ${state.resetsAt ? `after ${state.resetsAt}` : 'when calls leave the 24-hour window'}.`,
            details: { ...state }
        });
    };

    const budgetReached = async (): Promise<boolean> => {
        const state = await refreshed();
        try {
            await alertOncePerDay(state);
        } catch (error) {
            ctx.logger.warn({ err: error }, 'budget alert could not be raised');
        }
        return state.reached;
    };

    return {
        budgetReached,
        async assertBudget() {
            if (!(await budgetReached())) return;
            const state = await current();
            throw new ApiError(
                'budget_exhausted',
                `the sync's API budget is spent${state.resetsAt ? ` until ${state.resetsAt}` : ''}`
            );
        },
        budget: refreshed,
        report: () => report(),
        async setSharePercent(sharePercent) {
            await repository.setShare(sharePercent, ctx.now().toISOString());
            return refreshed();
        },
        async onRunFinished(summary, run) {
            try {
                metrics.recordRun(summary, await errorCodesOf(summary, ctx.repositories));
                for (const alert of alertsForRun(summary, run.mappingName))
                    await deps().notifier.notify(alert);
            } catch (error) {
                ctx.logger.warn(
                    { err: error, runId: summary.runId },
                    'run metrics or alerts could not be recorded'
                );
            }
            await budgetReached();
        },
        async metrics() {
            await refreshed();
            return metrics.render();
        }
    };

    async function report(): Promise<UsageReport> {
        let dailyApiRequests: UsageReport['salesforce']['dailyApiRequests'] = null;
        let error: string | null = null;
        try {
            const port = await deps().connections.salesforce();
            const daily = (await port.limits()).DailyApiRequests;
            if (daily) {
                dailyApiRequests = {
                    max: daily.Max,
                    remaining: daily.Remaining,
                    used: daily.Max - daily.Remaining
                };
                await repository.observeOrg(
                    dailyApiRequests.used,
                    daily.Max,
                    ctx.now().toISOString()
                );
            }
        } catch (caught) {
            error =
                caught instanceof ApiError
                    ? caught.message
                    : 'Salesforce did not answer the limits request';
            ctx.logger.warn({ err: caught }, 'limits request failed');
        }

        const budget = await refreshed();
        const row = await repository.budget();
        const limitInfo =
            row.orgUsed !== null && row.orgLimit !== null
                ? { used: row.orgUsed, limit: row.orgLimit }
                : null;
        return {
            salesforce: { limitInfo, dailyApiRequests, observedAt: row.observedAt, error },
            budget
        };
    }
}
