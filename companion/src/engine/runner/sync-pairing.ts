/**
 * One pairing, one pass: pull both sides' changes, pair records, plan and
 * write in batches, then move the cursors. Cursors move only after every
 * write of a full pass was attempted and booked, so a pass killed half-way,
 * stopped at a batch boundary, capped or narrowed to a pilot is simply
 * continued by the next run (every write in it is idempotent, and records
 * already written come back matching their base and cost nothing).
 */
import type { Logger } from 'pino';

import type { Repositories } from '../../store/repositories';
import type { RetryEntry } from '../../store/retry-repository';
import type { Pairing } from '../mapping/mapping-schema';
import type { SideRecord } from '../types';
import type { FailedRecord } from './apply-work';
import { applyWork } from './apply-work';
import type { AssembledWork } from './assemble-work';
import { assembleWork } from './assemble-work';
import { confidentialSafePorts } from './confidential-ports';
import { buildPairingContext } from './pairing-context';
import type { PairingContext } from './pairing-context';
import {
    conditionApplies,
    itemMatches,
    recordMatches,
    selectConditionColumn
} from './pilot-filter';
import type { SalesforcePort, TrustworthyPort } from './ports';
import { pullChanges } from './pull-changes';
import type { PulledChanges } from './pull-changes';
import { pullExplicit } from './pull-explicit';
import { addRetries } from './retries';
import type { RecordPlanner } from './record-comparer';
import type { RunControl, StopReason } from './run-control';
import { explicitIds, isNarrowed } from './run-control';
import type { PairingSummary } from './summary';
import { emptyCounts } from './summary';
import type { WorkItem } from './work-item';

/** Records per write batch: one Salesforce collection, one Trustworthy batch. */
export const BATCH_SIZE = 200;

export interface PairingRunDeps {
    runId: string;
    salesforce: SalesforcePort;
    trustworthy: TrustworthyPort;
    repositories: Repositories;
    logger: Logger;
    now: () => string;
    createPlanner: (context: PairingContext) => Promise<RecordPlanner>;
    onProgress?: (pairingId: string, step: string) => void;
    control?: RunControl;
    /** Records the run may still write; shared by the run's pairings. Undefined: no cap. */
    budget?: { remaining: number | undefined };
}

export interface PairingOutcome {
    summary: PairingSummary;
    stoppedBy?: StopReason | 'record_cap';
}

export async function syncPairing(
    pairing: Pairing,
    given: PairingRunDeps
): Promise<PairingOutcome> {
    const deps: PairingRunDeps = {
        ...given,
        ...confidentialSafePorts(pairing, given.salesforce, given.trustworthy)
    };
    const { repositories, logger } = deps;
    const control = deps.control ?? {};
    const log = logger.child({ pairingId: pairing.id });
    const progress = (step: string): void => deps.onProgress?.(pairing.id, step);
    const summary = emptySummary(pairing);

    progress('reading schemas');
    const context = await buildPairingContext(
        pairing,
        deps.salesforce,
        deps.trustworthy,
        repositories,
        deps.now()
    );
    const where = control.pilot?.where;
    if (where && !conditionApplies(context, where)) {
        progress('done');
        return { summary };
    }
    if (where) selectConditionColumn(context, where);
    const planner = await deps.createPlanner(context);

    progress('pulling changes');
    const previousRetries = await repositories.retries.forPairing(pairing.id);
    const pulled = await pull(context, control, previousRetries, deps);
    log.info(
        {
            salesforceChanges: pulled.salesforce.length,
            trustworthyChanges: pulled.trustworthy.length
        },
        'changes pulled'
    );

    progress('matching records');
    const work = await assembleFor(context, pulled, control, planner, deps);
    summary.toTrustworthy.unchanged += work.unchanged.salesforce;
    summary.toSalesforce.unchanged += work.unchanged.trustworthy;
    await holdAmbiguous(work, summary, pairing, deps);

    progress(`writing ${work.items.length} record(s)`);
    const written = await writeInBatches(work.items, context, planner, summary, control, deps, log);

    const finished = written.processed.length === work.items.length;
    const narrowed = isNarrowed(control);
    const touched = new Set(written.processed.flatMap((item) => idsOf(item)));
    const untouched =
        finished && !narrowed
            ? []
            : previousRetries.filter((entry) => !touched.has(entry.recordId));
    await repositories.retries.replace(pairing.id, written.failures, deps.now(), untouched);

    if (finished && !narrowed) {
        if (pulled.nextSalesforceCursor)
            await repositories.cursors.set(
                pairing.id,
                'salesforce',
                pulled.nextSalesforceCursor,
                deps.now()
            );
        if (pulled.nextTrustworthyCursor)
            await repositories.cursors.set(
                pairing.id,
                'trustworthy',
                pulled.nextTrustworthyCursor,
                deps.now()
            );
    }
    log.info(
        {
            toSalesforce: summary.toSalesforce,
            toTrustworthy: summary.toTrustworthy,
            stoppedBy: written.stoppedBy
        },
        'pairing synced'
    );
    progress(written.stoppedBy ? `stopped (${written.stoppedBy})` : 'done');
    return { summary, ...(written.stoppedBy ? { stoppedBy: written.stoppedBy } : {}) };
}

function emptySummary(pairing: Pairing): PairingSummary {
    return {
        pairingId: pairing.id,
        salesforceObject: pairing.salesforceObject,
        trustworthyObject: pairing.trustworthyObject,
        toSalesforce: emptyCounts(),
        toTrustworthy: emptyCounts(),
        warnings: 0
    };
}

async function pull(
    context: PairingContext,
    control: RunControl,
    retries: RetryEntry[],
    deps: PairingRunDeps
): Promise<PulledChanges> {
    const explicit = explicitIds(control);
    if (explicit) return pullExplicit(context, explicit, deps.salesforce, deps.trustworthy);

    const cursors = {
        salesforce: await deps.repositories.cursors.get(context.pairing.id, 'salesforce'),
        trustworthy: await deps.repositories.cursors.get(context.pairing.id, 'trustworthy')
    };
    const pulled = await pullChanges(context, cursors, deps.salesforce, deps.trustworthy);
    await addRetries(pulled, retries, context, deps.salesforce, deps.trustworthy);
    return pulled;
}

/** Pairs what was pulled, keeping records the caller wants created fresh out of matching. */
async function assembleFor(
    context: PairingContext,
    pulled: PulledChanges,
    control: RunControl,
    planner: RecordPlanner,
    deps: PairingRunDeps
): Promise<AssembledWork> {
    const fresh = new Set((control.createNew ?? []).map((target) => `${target.side}|${target.id}`));
    const isFresh = (side: string, id: string): boolean => fresh.has(`${side}|${id}`);
    const freshSalesforce = pulled.salesforce.filter(
        (record) => !record.deleted && isFresh('salesforce', record.id)
    );
    const freshTrustworthy = pulled.trustworthy.flatMap((change) =>
        change.record && !change.deleted && isFresh('trustworthy', change.id) ? [change.record] : []
    );
    const matchable: PulledChanges = {
        ...pulled,
        salesforce: pulled.salesforce.filter((record) => !isFresh('salesforce', record.id)),
        trustworthy: pulled.trustworthy.filter((change) => !isFresh('trustworthy', change.id))
    };

    const links = await deps.repositories.links.forPairing(context.pairing.id);
    const work = await assembleWork(
        context,
        matchable,
        links,
        planner,
        deps.salesforce,
        deps.trustworthy
    );
    work.items.push(
        ...freshSalesforce.map((record) => loneItem('salesforce', record)),
        ...freshTrustworthy.map((record) => loneItem('trustworthy', record))
    );

    const where = control.pilot?.where;
    if (!where) return work;
    const pulledById = new Map<string, SideRecord>([
        ...pulled.salesforce.map((record) => [record.id, record] as const),
        ...pulled.trustworthy.flatMap((change) =>
            change.record ? [[change.id, change.record] as const] : []
        )
    ]);
    return {
        items: work.items.filter((item) => itemMatches(item, where)),
        heldMatches: work.heldMatches.filter((held) => {
            const id = where.side === 'salesforce' ? held.salesforceId : held.trustworthyId;
            return id !== null && recordMatches(pulledById.get(id), where);
        }),
        unchanged: work.unchanged
    };
}

function loneItem(side: 'salesforce' | 'trustworthy', record: SideRecord): WorkItem {
    return {
        [side]: record,
        salesforceDeleted: false,
        trustworthyDeleted: false,
        matchedBy: 'none'
    };
}

async function holdAmbiguous(
    work: AssembledWork,
    summary: PairingSummary,
    pairing: Pairing,
    deps: PairingRunDeps
): Promise<void> {
    for (const held of work.heldMatches) {
        const counts = held.salesforceId ? summary.toTrustworthy : summary.toSalesforce;
        counts.held += 1;
        await deps.repositories.held.hold(
            {
                runId: deps.runId,
                pairingId: pairing.id,
                kind: 'ambiguous_match',
                salesforceId: held.salesforceId,
                trustworthyId: held.trustworthyId,
                detail: { candidates: held.candidates, reason: held.reason }
            },
            deps.now()
        );
    }
}

interface BatchesResult {
    processed: WorkItem[];
    failures: FailedRecord[];
    stoppedBy?: StopReason | 'record_cap';
}

/** Writes batch by batch, asking before each whether to stop and how many records the cap still allows. */
async function writeInBatches(
    items: WorkItem[],
    context: PairingContext,
    planner: RecordPlanner,
    summary: PairingSummary,
    control: RunControl,
    deps: PairingRunDeps,
    log: Logger
): Promise<BatchesResult> {
    const budget = deps.budget ?? { remaining: undefined };
    const result: BatchesResult = { processed: [], failures: [] };
    const apply = {
        runId: deps.runId,
        context,
        planner,
        salesforce: deps.salesforce,
        trustworthy: deps.trustworthy,
        repositories: deps.repositories,
        summary,
        logger: log,
        now: deps.now
    };

    let batchNumber = 0;
    while (result.processed.length < items.length) {
        const reason = await control.shouldStop?.();
        if (reason) return { ...result, stoppedBy: reason };
        if (budget.remaining !== undefined && budget.remaining <= 0)
            return { ...result, stoppedBy: 'record_cap' };

        const size = Math.min(BATCH_SIZE, budget.remaining ?? BATCH_SIZE);
        const batch = items.slice(result.processed.length, result.processed.length + size);
        const applied = await applyWork({ ...apply, batch: batchNumber }, batch);
        batchNumber += 1;
        result.processed.push(...batch);
        result.failures.push(...applied.failures);
        if (budget.remaining !== undefined) budget.remaining -= applied.written;
    }
    return result;
}

function idsOf(item: WorkItem): string[] {
    return [
        item.salesforce?.id,
        item.trustworthy?.id,
        item.link?.salesforceId,
        item.link?.trustworthyId
    ].filter((id): id is string => id !== undefined);
}
