/**
 * A linked record deleted on one side: propagate the delete, flag the pair
 * for review, or ignore it, as the pairing says. Either way the pair stops
 * syncing, so a deleted record is never re-created by the next run.
 */
import type { RecordChange } from '../../store/audit-repository';
import type { Link } from '../../store/links-repository';
import type { Side } from '../types';
import type { ApplyContext } from './apply-work';
import type { WorkItem } from './work-item';

export async function applyDeletions(apply: ApplyContext, items: WorkItem[]): Promise<void> {
    const { context, repositories, runId, summary, now } = apply;
    const policy = context.pairing.deletions;
    const changes: RecordChange[] = [];
    const toDeleteInSalesforce: Link[] = [];
    const toDeleteInTrustworthy: Link[] = [];

    for (const item of items) {
        const link = item.link;
        if (!link) continue;
        if (item.salesforceDeleted && item.trustworthyDeleted) {
            await repositories.links.remove(link.pairingId, link.salesforceId);
            continue;
        }

        const deletedOn: Side = item.salesforceDeleted ? 'salesforce' : 'trustworthy';
        const target: Side = deletedOn === 'salesforce' ? 'trustworthy' : 'salesforce';
        const canWrite =
            context.pairing.direction === 'both' || context.pairing.direction === `to_${target}`;

        if (policy === 'propagate' && canWrite) {
            (target === 'salesforce' ? toDeleteInSalesforce : toDeleteInTrustworthy).push(link);
            continue;
        }

        await repositories.links.markDeleted(link.pairingId, link.salesforceId, deletedOn);
        if (policy === 'flag') {
            (target === 'salesforce' ? summary.toSalesforce : summary.toTrustworthy).held += 1;
            await repositories.held.hold(
                {
                    runId,
                    pairingId: link.pairingId,
                    kind: 'deletion',
                    salesforceId: link.salesforceId,
                    trustworthyId: link.trustworthyId,
                    detail: {
                        deletedOn,
                        message: `deleted in ${deletedOn}; the other record was kept for review`
                    }
                },
                now()
            );
            changes.push(deletionChange(apply, link, target, 'flag', null));
        }
    }

    if (toDeleteInSalesforce.length > 0) {
        const outcomes = await apply.salesforce.destroy(
            context.pairing.salesforceObject,
            toDeleteInSalesforce.map((link) => link.salesforceId)
        );
        for (const [index, link] of toDeleteInSalesforce.entries()) {
            const outcome = outcomes[index];
            await book(
                apply,
                link,
                'salesforce',
                outcome?.ok
                    ? null
                    : {
                          code: outcome?.errorCode ?? 'NO_RESULT',
                          message: outcome?.message ?? 'no result'
                      },
                changes
            );
        }
    }

    if (toDeleteInTrustworthy.length > 0) {
        const key = `${runId}:${context.pairing.id}:${apply.batch ?? 0}:delete`;
        const outcomes = await apply.trustworthy.destroy(
            context.pairing.trustworthyObject,
            toDeleteInTrustworthy.map((link) => link.trustworthyId),
            key
        );
        for (const [index, link] of toDeleteInTrustworthy.entries()) {
            const outcome = outcomes[index];
            await book(
                apply,
                link,
                'trustworthy',
                outcome?.ok
                    ? null
                    : {
                          code: outcome?.errorCode ?? 'NO_RESULT',
                          message: outcome?.message ?? 'no result'
                      },
                changes
            );
        }
    }

    await repositories.audit.record(changes, now());
}

async function book(
    apply: ApplyContext,
    link: Link,
    target: Side,
    error: { code: string; message: string } | null,
    changes: RecordChange[]
): Promise<void> {
    const counts =
        target === 'salesforce' ? apply.summary.toSalesforce : apply.summary.toTrustworthy;
    if (error) {
        counts.failed += 1;
    } else {
        counts.deleted += 1;
        await apply.repositories.links.remove(link.pairingId, link.salesforceId);
    }
    changes.push(deletionChange(apply, link, target, error ? 'fail' : 'delete', error));
}

function deletionChange(
    apply: ApplyContext,
    link: Link,
    target: Side,
    action: RecordChange['action'],
    error: { code: string; message: string } | null
): RecordChange {
    return {
        runId: apply.runId,
        pairingId: link.pairingId,
        target,
        action,
        salesforceId: link.salesforceId,
        trustworthyId: link.trustworthyId,
        before: null,
        after: null,
        errorCode: error?.code ?? null,
        errorMessage: error?.message ?? null
    };
}
