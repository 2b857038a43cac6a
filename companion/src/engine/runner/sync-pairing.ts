/**
 * One pairing, one pass: pull both sides' changes, pair records, plan and
 * write, then move the cursors. Cursors move only after every write of the
 * pass was attempted and booked, so a pass killed half-way is simply done
 * again by the next run (every write in it is idempotent).
 */
import type { Logger } from 'pino';

import type { Repositories } from '../../store/repositories';
import type { Pairing } from '../mapping/mapping-schema';
import { applyWork } from './apply-work';
import { assembleWork } from './assemble-work';
import { buildPairingContext } from './pairing-context';
import type { PairingContext } from './pairing-context';
import type { SalesforcePort, TrustworthyPort } from './ports';
import { pullChanges } from './pull-changes';
import { addRetries } from './retries';
import type { RecordPlanner } from './record-comparer';
import type { PairingSummary } from './summary';
import { emptyCounts } from './summary';

export interface PairingRunDeps {
    runId: string;
    salesforce: SalesforcePort;
    trustworthy: TrustworthyPort;
    repositories: Repositories;
    logger: Logger;
    now: () => string;
    createPlanner: (context: PairingContext) => Promise<RecordPlanner>;
    onProgress?: (pairingId: string, step: string) => void;
}

export async function syncPairing(pairing: Pairing, deps: PairingRunDeps): Promise<PairingSummary> {
    const { repositories, salesforce, trustworthy, logger } = deps;
    const log = logger.child({ pairingId: pairing.id });
    const progress = (step: string): void => deps.onProgress?.(pairing.id, step);
    const summary: PairingSummary = {
        pairingId: pairing.id,
        salesforceObject: pairing.salesforceObject,
        trustworthyObject: pairing.trustworthyObject,
        toSalesforce: emptyCounts(),
        toTrustworthy: emptyCounts(),
        warnings: 0
    };

    progress('reading schemas');
    const context = await buildPairingContext(pairing, salesforce, trustworthy, repositories, deps.now());
    const planner = await deps.createPlanner(context);

    progress('pulling changes');
    const cursors = {
        salesforce: await repositories.cursors.get(pairing.id, 'salesforce'),
        trustworthy: await repositories.cursors.get(pairing.id, 'trustworthy')
    };
    const pulled = await pullChanges(context, cursors, salesforce, trustworthy);
    await addRetries(pulled, await repositories.retries.forPairing(pairing.id), context, salesforce, trustworthy);
    log.info({ salesforceChanges: pulled.salesforce.length, trustworthyChanges: pulled.trustworthy.length }, 'changes pulled');

    progress('matching records');
    const links = await repositories.links.forPairing(pairing.id);
    const work = await assembleWork(context, pulled, links, planner, salesforce, trustworthy);
    summary.toTrustworthy.unchanged += work.unchanged.salesforce;
    summary.toSalesforce.unchanged += work.unchanged.trustworthy;

    for (const held of work.heldMatches) {
        const counts = held.salesforceId ? summary.toTrustworthy : summary.toSalesforce;
        counts.held += 1;
        await repositories.held.hold(
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

    progress(`writing ${work.items.length} record(s)`);
    const failures = await applyWork(
        { runId: deps.runId, context, planner, salesforce, trustworthy, repositories, summary, logger: log, now: deps.now },
        work.items
    );

    await repositories.retries.replace(pairing.id, failures, deps.now());
    if (pulled.nextSalesforceCursor) await repositories.cursors.set(pairing.id, 'salesforce', pulled.nextSalesforceCursor, deps.now());
    if (pulled.nextTrustworthyCursor) await repositories.cursors.set(pairing.id, 'trustworthy', pulled.nextTrustworthyCursor, deps.now());
    log.info({ toSalesforce: summary.toSalesforce, toTrustworthy: summary.toTrustworthy }, 'pairing synced');
    progress('done');
    return summary;
}
