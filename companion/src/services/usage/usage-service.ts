/** API usage and the daily budget. The usage helper owns this file and its implementation. */
import type { RunSummary } from '../../engine/runner/summary';

export interface BudgetState {
    /** The sync's share of the org's daily API limit, in percent. */
    sharePercent: number;
    /** That share in calls; null until the org's limit has been seen. */
    calls: number | null;
    /** The companion's own Salesforce calls in the last 24 hours (a rolling window, as Salesforce counts). */
    usedToday: number;
    remaining: number | null;
    reached: boolean;
    /** `budget`: the sync spent its share; `org_limit`: the whole org is out of calls. */
    reason: 'budget' | 'org_limit' | null;
    /** When enough calls leave the rolling window for syncing to resume; null while not reached. */
    resetsAt: string | null;
}

export interface UsageReport {
    salesforce: {
        /** The org's usage as last seen: the latest `Sforce-Limit-Info: api-usage=used/limit`, or /limits. */
        limitInfo: { used: number; limit: number } | null;
        /** `DailyApiRequests` from `GET /limits`, asked for this report; null when the org could not be reached. */
        dailyApiRequests: { max: number; remaining: number; used: number } | null;
        observedAt: string | null;
        error: string | null;
    };
    budget: BudgetState;
}

export interface RunContext {
    mappingName: string;
}

export interface UsageService {
    /** True once the sync's share of the org's daily API limit is spent; runs check it between batches. */
    budgetReached(): Promise<boolean>;
    /** Throws ApiError('budget_exhausted') when the sync's share of the daily limit is spent. */
    assertBudget(): Promise<void>;
    /** The budget from the last known usage, without calling Salesforce. */
    budget(): Promise<BudgetState>;
    /** Usage now: asks Salesforce's `/limits` as well. */
    report(): Promise<UsageReport>;
    setSharePercent(sharePercent: number): Promise<BudgetState>;
    /**
     * Call once when any run ends (the runs service does): counts its API
     * calls, records and errors in the metrics, and raises the alerts it
     * calls for (failure, held records, revoked authorisation, budget).
     */
    onRunFinished(summary: RunSummary, run: RunContext): Promise<void>;
    /** Prometheus text exposition of this companion's metrics. */
    metrics(): Promise<{ contentType: string; body: string }>;
}
