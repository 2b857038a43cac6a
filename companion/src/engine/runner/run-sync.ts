/**
 * A sync run over every pairing of a mapping, in the mapping's order (a
 * pairing that others reference, such as accounts before contacts, comes
 * first). The run is recorded before any work starts and closed with its
 * summary; a run that dies is labelled interrupted at the next start.
 */
import { randomUUID } from 'node:crypto';

import type { Logger } from 'pino';

import { runLogger } from '../../lib/logger';
import type { Repositories } from '../../store/repositories';
import type { MappingFile } from '../mapping/mapping-schema';
import type { PairingContext } from './pairing-context';
import type { SalesforcePort, TrustworthyPort } from './ports';
import type { RecordPlanner } from './record-comparer';
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
}

export async function runSync(options: RunSyncOptions): Promise<RunSummary> {
    const now = options.now ?? (() => new Date().toISOString());
    const runId = randomUUID();
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
    log.info({ mapping: options.mapping.name, version: options.mappingVersion, trigger: options.trigger }, 'run started');

    const pairings: PairingSummary[] = [];
    let error: string | undefined;
    try {
        for (const pairing of options.mapping.pairings) {
            pairings.push(
                await syncPairing(pairing, {
                    runId,
                    salesforce: options.salesforce,
                    trustworthy: options.trustworthy,
                    repositories: options.repositories,
                    logger: log,
                    now,
                    createPlanner: (context) => options.createPlanner(context, options.repositories),
                    ...(options.onProgress ? { onProgress: options.onProgress } : {})
                })
            );
        }
    } catch (caught) {
        error = describeError(caught);
        log.error({ err: caught }, 'run failed');
    }

    const totals = totalsOf(pairings);
    const usage = options.salesforce.apiUsage;
    const summary: RunSummary = {
        runId,
        status: error ? 'failed' : totals.failed > 0 ? 'completed_with_errors' : 'completed',
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
        ...(error ? { error } : {})
    };

    await options.repositories.runs.finish(runId, summary.status, summary, error ?? null, summary.finishedAt);
    log.info({ status: summary.status, totals, apiCalls: summary.apiCalls }, 'run finished');
    return summary;
}

function describeError(caught: unknown): string {
    if (caught instanceof Error) {
        const code = (caught as { errorCode?: string; code?: string }).errorCode ?? (caught as { code?: string }).code;
        return code ? `${code}: ${caught.message}` : caught.message;
    }
    return String(caught);
}
