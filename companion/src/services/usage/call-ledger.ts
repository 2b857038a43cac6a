/**
 * Books the companion's own Salesforce calls per minute. The gateway counts
 * every REST request it sends; each sample books the calls made since the
 * previous one, and keeps the org's usage from the last Sforce-Limit-Info.
 * Samples are taken between batches, after runs and on every usage request,
 * so the ledger is at most one batch behind.
 */
import type { SalesforcePort } from '../../engine/runner/ports';
import type { UsageRepository } from '../../store/usage-repository';
import { minuteStartOf } from './budget-state';

export class CallLedger {
    private lastPort: SalesforcePort | undefined;
    private lastCount = 0;

    constructor(
        private readonly repository: UsageRepository,
        private readonly now: () => Date
    ) {}

    async sample(port: SalesforcePort): Promise<void> {
        // A new connection starts counting from zero; everything it counted is new.
        const count = port.requestCount;
        const newCalls = port === this.lastPort ? Math.max(0, count - this.lastCount) : count;
        this.lastPort = port;
        this.lastCount = count;

        const now = this.now();
        if (newCalls > 0) await this.repository.addCalls(minuteStartOf(now), newCalls);
        const usage = port.apiUsage;
        if (usage) await this.repository.observeOrg(usage.used, usage.limit, now.toISOString());
    }
}
