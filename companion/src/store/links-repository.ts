import type { Store } from './database';

export interface LinkBase {
    salesforce: Record<string, string>;
    trustworthy: Record<string, string>;
}

export interface Link {
    pairingId: string;
    salesforceId: string;
    trustworthyId: string;
    base: LinkBase;
    lastSyncedAt: string;
    lastRunId: string;
    deletedSide: string | null;
}

interface LinkRow {
    pairing_id: string;
    salesforce_id: string;
    trustworthy_id: string;
    base: string;
    last_synced_at: string;
    last_run_id: string;
    deleted_side: string | null;
}

function toLink(row: LinkRow): Link {
    return {
        pairingId: row.pairing_id,
        salesforceId: row.salesforce_id,
        trustworthyId: row.trustworthy_id,
        base: JSON.parse(row.base) as LinkBase,
        lastSyncedAt: row.last_synced_at,
        lastRunId: row.last_run_id,
        deletedSide: row.deleted_side
    };
}

export class LinksRepository {
    constructor(private readonly store: Store) {}

    async forPairing(pairingId: string): Promise<Link[]> {
        const rows = await this.store
            .selectFrom('links')
            .selectAll()
            .where('pairing_id', '=', pairingId)
            .execute();
        return rows.map(toLink);
    }

    async findBySalesforceId(pairingId: string, salesforceId: string): Promise<Link | undefined> {
        const row = await this.store
            .selectFrom('links')
            .selectAll()
            .where('pairing_id', '=', pairingId)
            .where('salesforce_id', '=', salesforceId)
            .executeTakeFirst();
        return row ? toLink(row) : undefined;
    }

    /**
     * Writes a link, replacing whatever linked either of its two records in
     * this pairing before, so one record is never linked twice.
     */
    async save(link: Link): Promise<void> {
        await this.store.transaction().execute(async (trx) => {
            await trx
                .deleteFrom('links')
                .where('pairing_id', '=', link.pairingId)
                .where((eb) =>
                    eb.or([
                        eb('salesforce_id', '=', link.salesforceId),
                        eb('trustworthy_id', '=', link.trustworthyId)
                    ])
                )
                .execute();
            await trx
                .insertInto('links')
                .values({
                    pairing_id: link.pairingId,
                    salesforce_id: link.salesforceId,
                    trustworthy_id: link.trustworthyId,
                    base: JSON.stringify(link.base),
                    last_synced_at: link.lastSyncedAt,
                    last_run_id: link.lastRunId,
                    deleted_side: link.deletedSide
                })
                .execute();
        });
    }

    async remove(pairingId: string, salesforceId: string): Promise<void> {
        await this.store
            .deleteFrom('links')
            .where('pairing_id', '=', pairingId)
            .where('salesforce_id', '=', salesforceId)
            .execute();
    }

    async markDeleted(pairingId: string, salesforceId: string, side: string): Promise<void> {
        await this.store
            .updateTable('links')
            .set({ deleted_side: side })
            .where('pairing_id', '=', pairingId)
            .where('salesforce_id', '=', salesforceId)
            .execute();
    }
}
