/**
 * Records whose write failed in an earlier pass are read again and joined to
 * this pass's changes, so a failure is retried even when nothing about the
 * record changed since (an incremental pull alone would never see it again).
 */
import type { RetryEntry } from '../../store/retry-repository';
import type { PairingContext } from './pairing-context';
import type { PulledChanges } from './pull-changes';
import type { SalesforcePort, TrustworthyPort } from './ports';

export async function addRetries(
    pulled: PulledChanges,
    retries: RetryEntry[],
    context: PairingContext,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<void> {
    const { pairing } = context;

    const pulledSalesforce = new Set(pulled.salesforce.map((record) => record.id));
    const salesforceIds = retries
        .filter((entry) => entry.side === 'salesforce' && !pulledSalesforce.has(entry.recordId))
        .map((entry) => entry.recordId);
    if (salesforceIds.length > 0) {
        pulled.salesforce.push(
            ...(await salesforce.findBy(
                pairing.salesforceObject,
                context.salesforceColumns,
                'Id',
                salesforceIds
            ))
        );
    }

    const pulledTrustworthy = new Set(pulled.trustworthy.map((change) => change.id));
    const trustworthyIds = retries
        .filter((entry) => entry.side === 'trustworthy' && !pulledTrustworthy.has(entry.recordId))
        .map((entry) => entry.recordId);
    if (trustworthyIds.length > 0) {
        const records = await trustworthy.findBy(pairing.trustworthyObject, 'id', trustworthyIds);
        pulled.trustworthy.push(
            ...records.map((record) => ({ id: record.id, deleted: false, record }))
        );
    }
}
