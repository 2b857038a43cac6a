/**
 * Reads what changed on each side since the pairing's cursors.
 *
 * Salesforce: SystemModstamp is stamped when a transaction starts its write,
 * but the row becomes visible only when it commits, so a long transaction
 * can surface with a stamp older than records we already read. Each pull
 * therefore starts an overlap window before the cursor; records seen again
 * are recognised by their field hashes and cost nothing but the read.
 *
 * Trustworthy: its change feed is ordered by commit sequence, so its opaque
 * cursor never skips a late commit and needs no overlap.
 */
import type { SideRecord } from '../types';
import { soqlDateTime } from '../../salesforce/salesforce-gateway';
import type { PairingContext } from './pairing-context';
import type { SalesforcePort, TrustworthyChange, TrustworthyPort } from './ports';

export const OVERLAP_WINDOW_MS = 10 * 60 * 1000;

export interface PulledChanges {
    salesforce: SideRecord[];
    trustworthy: TrustworthyChange[];
    /** True when the side was read from the beginning (no cursor yet): every live record is in hand. */
    salesforceComplete: boolean;
    trustworthyComplete: boolean;
    nextSalesforceCursor: string | undefined;
    nextTrustworthyCursor: string | undefined;
}

export async function pullChanges(
    context: PairingContext,
    cursors: { salesforce: string | undefined; trustworthy: string | undefined },
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<PulledChanges> {
    const { pairing } = context;

    const since = cursors.salesforce
        ? soqlDateTime(new Date(Date.parse(cursors.salesforce) - OVERLAP_WINDOW_MS).toISOString())
        : undefined;
    const salesforceRecords = await salesforce.changedSince(
        pairing.salesforceObject,
        context.salesforceColumns,
        since
    );
    const newestStamp = salesforceRecords.reduce<string | undefined>((newest, record) => {
        const stamp = stampOf(record);
        return newest === undefined || stamp > newest ? stamp : newest;
    }, cursors.salesforce);

    const feed = await trustworthy.changesSince(pairing.trustworthyObject, cursors.trustworthy);

    return {
        salesforce: salesforceRecords,
        trustworthy: feed.changes,
        salesforceComplete: cursors.salesforce === undefined,
        trustworthyComplete: cursors.trustworthy === undefined,
        nextSalesforceCursor: newestStamp,
        nextTrustworthyCursor: feed.cursor ?? cursors.trustworthy
    };
}

function stampOf(record: SideRecord): string {
    const raw = record.values.SystemModstamp;
    if (typeof raw !== 'string') return record.modifiedAt;
    return new Date(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString();
}
