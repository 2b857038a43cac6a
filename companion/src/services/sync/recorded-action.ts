/**
 * A write the service makes outside a sync pass (a resolved deletion, a
 * rollback) still appears as a run of its own: recorded in `runs`, its
 * changes in the audit log under that run's id, and a summary in the same
 * shape as a sync's, so the runs list and record history show it.
 */
import { randomUUID } from 'node:crypto';

import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import type { RunSummary } from '../../engine/runner/summary';
import { emptyCounts, totalsOf } from '../../engine/runner/summary';
import type { RecordChange } from '../../store/audit-repository';
import type { Repositories } from '../../store/repositories';
import { RunControlRepository } from '../../store/run-control-repository';
import type { RunKind } from '../../store/run-control-repository';
import type { RunExecutor } from './locked-sync';

export interface RecordedActionDeps {
    repositories: Repositories;
    executor: RunExecutor;
    sides: () => Promise<{ salesforce: SalesforcePort; trustworthy: TrustworthyPort }>;
    now: () => string;
}

export async function recordedAction(
    deps: RecordedActionDeps,
    mappingName: string,
    sourceRunId: string,
    work: (
        runId: string,
        sides: { salesforce: SalesforcePort; trustworthy: TrustworthyPort }
    ) => Promise<RecordChange[]>,
    kind: RunKind = 'resolution'
): Promise<RunSummary> {
    return deps.executor.exclusive(mappingName, async () => {
        const runId = randomUUID();
        const source = await deps.repositories.runs.get(sourceRunId);
        const startedAt = deps.now();
        await deps.repositories.runs.start({
            id: runId,
            mappingName,
            mappingVersion: source?.mappingVersion ?? 0,
            trigger: kind,
            now: startedAt
        });
        await new RunControlRepository(deps.repositories.store).describe({
            runId,
            kind,
            control: {},
            sourceRunId
        });

        let changes: RecordChange[] = [];
        let error: string | undefined;
        try {
            changes = await work(runId, await deps.sides());
            await deps.repositories.audit.record(changes, deps.now());
        } catch (caught) {
            error = caught instanceof Error ? caught.message : String(caught);
        }

        const summary = summaryOf(runId, startedAt, deps.now(), changes, error);
        await deps.repositories.runs.finish(
            runId,
            summary.status,
            summary,
            error ?? null,
            summary.finishedAt
        );
        return summary;
    });
}

function summaryOf(
    runId: string,
    startedAt: string,
    finishedAt: string,
    changes: RecordChange[],
    error: string | undefined
): RunSummary {
    const byPairing = new Map<string, RunSummary['pairings'][number]>();
    for (const change of changes) {
        const pairing = byPairing.get(change.pairingId) ?? {
            pairingId: change.pairingId,
            salesforceObject: '',
            trustworthyObject: '',
            toSalesforce: emptyCounts(),
            toTrustworthy: emptyCounts(),
            warnings: 0
        };
        const counts =
            change.target === 'salesforce' ? pairing.toSalesforce : pairing.toTrustworthy;
        if (change.action === 'update') counts.updated += 1;
        else if (change.action === 'delete') counts.deleted += 1;
        else if (change.action === 'create') counts.created += 1;
        else if (change.action === 'fail') counts.failed += 1;
        else counts.unchanged += 1;
        byPairing.set(change.pairingId, pairing);
    }
    const pairings = [...byPairing.values()];
    const totals = totalsOf(pairings);
    return {
        runId,
        status: error ? 'failed' : totals.failed > 0 ? 'completed_with_errors' : 'completed',
        startedAt,
        finishedAt,
        pairings,
        totals,
        apiCalls: {
            salesforce: { used: 0, orgUsed: null, dailyLimit: null },
            trustworthy: { used: 0 }
        },
        ...(error ? { error } : {})
    };
}
