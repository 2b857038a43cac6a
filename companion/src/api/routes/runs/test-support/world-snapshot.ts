/**
 * Everything a run could have written, captured so a test can prove that a
 * dry run or a refused request wrote nothing: every row of the emulated org's
 * synced objects with its SystemModstamp, the length of Trustworthy's change
 * feeds, and every row of every table in the companion's store.
 */
import { sql } from 'kysely';

import type { Harness } from '../../../../app/test-support/companion-harness';

export interface WorldSnapshot {
    salesforce: Record<string, Array<{ id: unknown; stamp: unknown; deleted: boolean }>>;
    trustworthyFeed: Record<string, number>;
    store: Record<string, unknown[]>;
}

export async function snapshotWorld(harness: Harness): Promise<WorldSnapshot> {
    const org = harness.companion.local.salesforce?.emulator.org;
    if (!org) throw new Error('no Salesforce emulator');

    const salesforce: WorldSnapshot['salesforce'] = {};
    for (const objectName of ['Account', 'Contact']) {
        salesforce[objectName] = [...org.rows(objectName)].map((row) => ({
            id: row.values.Id,
            stamp: row.values.SystemModstamp,
            deleted: row.isDeleted
        }));
    }

    const trustworthyFeed: WorldSnapshot['trustworthyFeed'] = {};
    for (const objectName of ['household', 'member'])
        trustworthyFeed[objectName] = await feedLength(harness, objectName);

    const store: WorldSnapshot['store'] = {};
    const db = harness.companion.repositories.store;
    const tables = await sql<{
        name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
        db
    );
    for (const { name } of tables.rows) {
        store[name] = (await sql`select * from ${sql.table(name)}`.execute(db)).rows;
    }
    return { salesforce, trustworthyFeed, store };
}

async function feedLength(harness: Harness, objectName: string): Promise<number> {
    let total = 0;
    let cursor: string | undefined;
    for (;;) {
        const page = await harness.trustworthy.listChanges(objectName, cursor, 1000);
        total += page.changes.length;
        cursor = page.nextCursor;
        if (!page.hasMore) return total;
    }
}
