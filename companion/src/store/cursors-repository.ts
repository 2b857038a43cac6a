import type { Store } from './database';

export class CursorsRepository {
    constructor(private readonly store: Store) {}

    async get(pairingId: string, side: string): Promise<string | undefined> {
        const row = await this.store
            .selectFrom('cursors')
            .select('value')
            .where('pairing_id', '=', pairingId)
            .where('side', '=', side)
            .executeTakeFirst();
        return row?.value;
    }

    async set(pairingId: string, side: string, value: string, now: string): Promise<void> {
        await this.store
            .insertInto('cursors')
            .values({ pairing_id: pairingId, side, value, updated_at: now })
            .onConflict((oc) =>
                oc.columns(['pairing_id', 'side']).doUpdateSet({ value, updated_at: now })
            )
            .execute();
    }
}
