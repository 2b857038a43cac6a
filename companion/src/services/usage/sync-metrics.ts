/**
 * The companion's Prometheus metrics, in a registry of its own (not
 * prom-client's global one), so two companions in one process (tests) never
 * share counts.
 */
import { Counter, Gauge, Registry } from 'prom-client';

import type { RunSummary } from '../../engine/runner/summary';

const OUTCOMES = ['created', 'updated', 'deleted', 'unchanged', 'held', 'failed'] as const;

export class SyncMetrics {
    readonly registry = new Registry();
    private readonly runs = new Counter({
        name: 'trustworthy_sync_runs_total',
        help: 'Sync runs finished, by status',
        labelNames: ['status'],
        registers: [this.registry]
    });
    private readonly records = new Counter({
        name: 'trustworthy_sync_records_total',
        help: 'Records handled by sync runs, by direction and outcome',
        labelNames: ['direction', 'outcome'],
        registers: [this.registry]
    });
    private readonly errors = new Counter({
        name: 'trustworthy_sync_errors_total',
        help: 'Errors met by sync runs, by code',
        labelNames: ['code'],
        registers: [this.registry]
    });
    private readonly apiCalls = new Counter({
        name: 'trustworthy_sync_api_calls_total',
        help: 'API calls made by sync runs, by system',
        labelNames: ['system'],
        registers: [this.registry]
    });
    private readonly orgUsage = new Gauge({
        name: 'trustworthy_sync_salesforce_api_usage',
        help: "The org's API requests in the last 24 hours, as last seen",
        registers: [this.registry]
    });
    private readonly orgLimit = new Gauge({
        name: 'trustworthy_sync_salesforce_api_limit',
        help: "The org's daily API request limit, as last seen",
        registers: [this.registry]
    });
    private readonly budgetUsed = new Gauge({
        name: 'trustworthy_sync_budget_used_calls',
        help: "The companion's own Salesforce calls in the last 24 hours",
        registers: [this.registry]
    });

    constructor() {
        for (const system of ['salesforce', 'trustworthy']) this.apiCalls.inc({ system }, 0);
    }

    recordRun(summary: RunSummary, errorCodes: string[]): void {
        this.runs.inc({ status: summary.status });
        for (const pairing of summary.pairings) {
            for (const outcome of OUTCOMES) {
                this.records.inc(
                    { direction: 'to_salesforce', outcome },
                    pairing.toSalesforce[outcome]
                );
                this.records.inc(
                    { direction: 'to_trustworthy', outcome },
                    pairing.toTrustworthy[outcome]
                );
            }
        }
        for (const code of errorCodes) this.errors.inc({ code });
        this.apiCalls.inc({ system: 'salesforce' }, summary.apiCalls.salesforce.used);
        this.apiCalls.inc({ system: 'trustworthy' }, summary.apiCalls.trustworthy.used);
    }

    recordUsage(org: { used: number | null; limit: number | null }, ownCallsToday: number): void {
        if (org.used !== null) this.orgUsage.set(org.used);
        if (org.limit !== null) this.orgLimit.set(org.limit);
        this.budgetUsed.set(ownCallsToday);
    }

    async render(): Promise<{ contentType: string; body: string }> {
        return { contentType: this.registry.contentType, body: await this.registry.metrics() };
    }
}
