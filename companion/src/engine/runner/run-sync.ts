/**
 * A sync run over every pairing of a mapping, in the mapping's order (a
 * pairing that others reference, such as accounts before contacts, comes
 * first). The run is recorded before any work starts and closed with its
 * summary; a run that dies is labelled interrupted at the next start. A run
 * bounded by its control (cap, pilot, one record, a stop between batches)
 * ends cleanly and leaves the rest to the next run.
 */
import { randomUUID } from 'node:crypto';

import type { Logger } from 'pino';

import { runLogger } from '../../lib/logger';
import type { Repositories } from '../../store/repositories';
import type { MappingFile } from '../mapping/mapping-schema';
import type { PairingContext } from './pairing-context';
import type { SalesforcePort, TrustworthyPort } from './ports';
import type { RecordPlanner } from './record-comparer';
import type { RunControl, StopReason } from './run-control';
import type { PairingSummary, RunSummary } from './summary';
import { totalsOf } from './summary';
import { syncPairing } from './sync-pairing';

export interface RunSyncOptions {
    mapping: MappingFile;
    mappingVersion: number;
    trigger: string;
    salesforce: SalesforcePort;
    trustworthy: TrustworthyPort;
    repositories: Repositories;
    logger: Logger;
    createPlanner: (context: PairingContext, repositories: Repositories) => Promise<RecordPlanner>;
    onProgress?: (pairingId: string, step: string) => void;
    now?: () => string;
    /** The id to record the run under (default: a fresh one). */
    runId?: string;
    control?: RunControl;
    /** Called once the run is recorded, before any work starts. */
    onStarted?: (runId: string) => void;
}

export async function runSync(options: RunSyncOptions): Promise<RunSummary> {
    const now = options.now ?? (() => new Date().toISOString());
    const runId = options.runId ?? randomUUID();
    const control = options.control ?? {};
    const budget = { remaining: control.recordCap };
    const log = runLogger(options.logger, runId);
    const startedAt = now();
    const salesforceCallsBefore = options.salesforce.requestCount;
    const trustworthyCallsBefore = options.trustworthy.requestCount;

    await options.repositories.runs.start({
        id: runId,
        mappingName: options.mapping.name,
        mappingVersion: options.mappingVersion,
        trigger: options.trigger,
        now: startedAt
    });
    log.info(
        {
            mapping: options.mapping.name,
            version: options.mappingVersion,
            trigger: options.trigger
        },
        'run started'
    );
    options.onStarted?.(runId);

    const pairings: PairingSummary[] = [];
    let error: string | undefined;
    let stoppedBy: StopReason | 'record_cap' | undefined;
    try {
        for (const [index, pairing] of options.mapping.pairings.entries()) {
            // Not before the first pairing: the usage it would judge is the last run's; this run's reads refresh it first.
            stoppedBy = index > 0 ? await control.shouldStop?.() : undefined;
            if (stoppedBy) break;
            const outcome = await syncPairing(pairing, {
                runId,
                salesforce: options.salesforce,
                trustworthy: options.trustworthy,
                repositories: options.repositories,
                logger: log,
                now,
                createPlanner: (context) => options.createPlanner(context, options.repositories),
                control,
                budget,
                ...(options.onProgress ? { onProgress: options.onProgress } : {})
            });
            pairings.push(outcome.summary);
            stoppedBy = outcome.stoppedBy;
            if (stoppedBy) break;
        }
    } catch (caught) {
        error = describeError(caught);
        log.error({ err: caught }, 'run failed');
    }

    const totals = totalsOf(pairings);
    const usage = options.salesforce.apiUsage;
    const summary: RunSummary = {
        runId,
        status: statusOf(error, stoppedBy, totals.failed),
        startedAt,
        finishedAt: now(),
        pairings,
        totals,
        apiCalls: {
            salesforce: {
                used: options.salesforce.requestCount - salesforceCallsBefore,
                orgUsed: usage?.used ?? null,
                dailyLimit: usage?.limit ?? null
            },
            trustworthy: { used: options.trustworthy.requestCount - trustworthyCallsBefore }
        },
        ...(error ? { error } : {}),
        ...(stoppedBy ? { stoppedBy } : {})
    };

    await options.repositories.runs.finish(
        runId,
        summary.status,
        summary,
        error ?? null,
        summary.finishedAt
    );
    log.info({ status: summary.status, totals, apiCalls: summary.apiCalls }, 'run finished');
    return summary;
}

function statusOf(
    error: string | undefined,
    stoppedBy: StopReason | 'record_cap' | undefined,
    failed: number
): RunSummary['status'] {
    if (error) return 'failed';
    if (stoppedBy === 'paused') return 'paused';
    if (stoppedBy === 'budget') return 'budget_reached';
    return failed > 0 ? 'completed_with_errors' : 'completed';
}

function describeError(caught: unknown): string {
    if (caught instanceof Error) {
        const code =
            (caught as { errorCode?: string; code?: string }).errorCode ??
            (caught as { code?: string }).code;
        return code ? `${code}: ${caught.message}` : caught.message;
    }
    return String(caught);
}
