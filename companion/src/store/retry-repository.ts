import type { Store } from './database';

export interface RetryEntry {
    side: 'salesforce' | 'trustworthy';
    recordId: string;
    errorCode: string;
    attempts: number;
}

/**
 * Failed records of a pairing, to be read again by its next pass. The whole
 * set is replaced when a pass ends (in the same place its cursors move), so a
 * pass that dies half-way leaves the previous set in place.
 */
export class RetryRepository {
    constructor(private readonly store: Store) {}

    async forPairing(pairingId: string): Promise<RetryEntry[]> {
        const rows = await this.store
            .selectFrom('retry_records')
            .selectAll()
            .where('pairing_id', '=', pairingId)
            .execute();
        return rows.map((row) => ({
            side: row.side as RetryEntry['side'],
            recordId: row.record_id,
            errorCode: row.error_code,
            attempts: row.attempts
        }));
    }

    /**
     * `untouched`: earlier entries a stopped or narrowed pass never reached;
     * they stay as they were, so their records are still retried later.
     */
    async replace(
        pairingId: string,
        failures: Array<Omit<RetryEntry, 'attempts'>>,
        now: string,
        untouched: RetryEntry[] = []
    ): Promise<void> {
        await this.store.transaction().execute(async (trx) => {
            const previous = await trx
                .selectFrom('retry_records')
                .selectAll()
                .where('pairing_id', '=', pairingId)
                .execute();
            const earlier = new Map(previous.map((row) => [`${row.side}|${row.record_id}`, row]));
            await trx.deleteFrom('retry_records').where('pairing_id', '=', pairingId).execute();

            const unique = new Map(
                failures.map((failure) => [`${failure.side}|${failure.recordId}`, failure])
            );
            for (const entry of untouched) {
                const key = `${entry.side}|${entry.recordId}`;
                const row = earlier.get(key);
                if (unique.has(key) || !row) continue;
                await trx.insertInto('retry_records').values(row).execute();
            }
            for (const [key, failure] of unique) {
                const before = earlier.get(key);
                await trx
                    .insertInto('retry_records')
                    .values({
                        pairing_id: pairingId,
                        side: failure.side,
                        record_id: failure.recordId,
                        error_code: failure.errorCode,
                        attempts: (before?.attempts ?? 0) + 1,
                        first_failed_at: before?.first_failed_at ?? now,
                        last_failed_at: now
                    })
                    .execute();
            }
        });
    }
}
