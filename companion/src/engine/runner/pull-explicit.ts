/**
 * Reads named records instead of the change feeds: for a one-record run, a
 * pilot by Ids, a retry of failed records or a conflict's resolution. Such a
 * pass never moves cursors, so the feeds still deliver everything else.
 */
import type { PairingContext } from './pairing-context';
import type { SalesforcePort, TrustworthyPort } from './ports';
import type { PulledChanges } from './pull-changes';

export async function pullExplicit(
    context: PairingContext,
    ids: { salesforce: string[]; trustworthy: string[] },
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<PulledChanges> {
    const { pairing } = context;
    const salesforceRecords =
        ids.salesforce.length > 0
            ? await salesforce.findBy(
                  pairing.salesforceObject,
                  context.salesforceColumns,
                  'Id',
                  ids.salesforce
              )
            : [];
    const trustworthyRecords =
        ids.trustworthy.length > 0
            ? await trustworthy.findBy(pairing.trustworthyObject, 'id', ids.trustworthy)
            : [];

    return {
        salesforce: salesforceRecords,
        trustworthy: trustworthyRecords.map((record) => ({
            id: record.id,
            deleted: false,
            record
        })),
        salesforceComplete: false,
        trustworthyComplete: false,
        nextSalesforceCursor: undefined,
        nextTrustworthyCursor: undefined
    };
}
