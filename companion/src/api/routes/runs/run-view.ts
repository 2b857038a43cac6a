/** A stored run as the API shows it: its row, what it was asked to do, and its summary's counts. */
import type { z } from 'zod';

import type { RunSummary } from '../../../engine/runner/summary';
import type { RunDetails } from '../../../store/run-control-repository';
import type { RunRecord } from '../../../store/runs-repository';
import type { runSummaryContract } from './run-contracts';

export function runView(
    run: RunRecord,
    details: RunDetails | undefined
): z.infer<typeof runSummaryContract> {
    const summary = isSummary(run.summary) ? run.summary : undefined;
    return {
        id: run.id,
        mappingName: run.mappingName,
        mappingVersion: run.mappingVersion,
        status: run.status,
        trigger: run.trigger,
        kind: details?.kind ?? 'sync',
        sourceRunId: details?.sourceRunId ?? null,
        rolledBackBy: details?.rolledBackBy ?? null,
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        error: run.error,
        stoppedBy: summary?.stoppedBy ?? null,
        totals: summary?.totals ?? null,
        apiCalls: summary
            ? {
                  salesforce: summary.apiCalls.salesforce.used,
                  trustworthy: summary.apiCalls.trustworthy.used,
                  orgUsed: summary.apiCalls.salesforce.orgUsed,
                  dailyLimit: summary.apiCalls.salesforce.dailyLimit
              }
            : null
    };
}

function isSummary(value: unknown): value is RunSummary {
    return typeof value === 'object' && value !== null && 'totals' in value && 'apiCalls' in value;
}
