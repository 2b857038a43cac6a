/**
 * Rows of the connections area. Secrets arrive here already sealed; this
 * file only stores and finds them. Link and state rows are keyed by a hash,
 * so the store never holds a usable link or state value.
 */
import type { Selectable } from 'kysely';

import type { Store } from './database';
import type {
    OAuthLinksTable,
    OAuthStatesTable,
    SalesforceConnectionsTable,
    TrustworthyConnectionsTable
} from './schema-connections';

export type SalesforceConnectionRow = Selectable<SalesforceConnectionsTable>;
export type TrustworthyConnectionRow = Selectable<TrustworthyConnectionsTable>;
export type OAuthLinkRow = Selectable<OAuthLinksTable>;
export type OAuthStateRow = Selectable<OAuthStatesTable>;

const CURRENT = 'current';

export class ConnectionsRepository {
    constructor(private readonly store: Store) {}

    async salesforce(): Promise<SalesforceConnectionRow | undefined> {
        return this.store
            .selectFrom('salesforce_connections')
            .selectAll()
            .where('id', '=', CURRENT)
            .executeTakeFirst();
    }

    async saveSalesforce(row: Omit<SalesforceConnectionRow, 'id'>): Promise<void> {
        const values = { ...row, id: CURRENT };
        await this.store
            .insertInto('salesforce_connections')
            .values(values)
            .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
            .execute();
    }

    async updateSalesforce(changes: Partial<Omit<SalesforceConnectionRow, 'id'>>): Promise<void> {
        await this.store
            .updateTable('salesforce_connections')
            .set(changes)
            .where('id', '=', CURRENT)
            .execute();
    }

    async deleteSalesforce(): Promise<boolean> {
        const result = await this.store
            .deleteFrom('salesforce_connections')
            .where('id', '=', CURRENT)
            .executeTakeFirst();
        return result.numDeletedRows > 0n;
    }

    async trustworthy(): Promise<TrustworthyConnectionRow | undefined> {
        return this.store
            .selectFrom('trustworthy_connections')
            .selectAll()
            .where('id', '=', CURRENT)
            .executeTakeFirst();
    }

    async saveTrustworthy(row: Omit<TrustworthyConnectionRow, 'id'>): Promise<void> {
        await this.store
            .insertInto('trustworthy_connections')
            .values({ ...row, id: CURRENT })
            .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
            .execute();
    }

    async deleteTrustworthy(): Promise<boolean> {
        const result = await this.store
            .deleteFrom('trustworthy_connections')
            .where('id', '=', CURRENT)
            .executeTakeFirst();
        return result.numDeletedRows > 0n;
    }

    async addLink(row: OAuthLinkRow): Promise<void> {
        await this.store.insertInto('oauth_links').values(row).execute();
    }

    async link(linkHash: string): Promise<OAuthLinkRow | undefined> {
        return this.store
            .selectFrom('oauth_links')
            .selectAll()
            .where('link_hash', '=', linkHash)
            .executeTakeFirst();
    }

    /** Marks a link used; false when someone else used it first (the update is the check). */
    async useLink(linkHash: string, now: string): Promise<boolean> {
        const result = await this.store
            .updateTable('oauth_links')
            .set({ used_at: now })
            .where('link_hash', '=', linkHash)
            .where('used_at', 'is', null)
            .executeTakeFirst();
        return result.numUpdatedRows > 0n;
    }

    async addState(row: OAuthStateRow): Promise<void> {
        await this.store.insertInto('oauth_states').values(row).execute();
    }

    async state(stateHash: string): Promise<OAuthStateRow | undefined> {
        return this.store
            .selectFrom('oauth_states')
            .selectAll()
            .where('state_hash', '=', stateHash)
            .executeTakeFirst();
    }

    /** Spends a state; false when it was already spent (a replayed callback). */
    async useState(stateHash: string, now: string): Promise<boolean> {
        const result = await this.store
            .updateTable('oauth_states')
            .set({ used_at: now })
            .where('state_hash', '=', stateHash)
            .where('used_at', 'is', null)
            .executeTakeFirst();
        return result.numUpdatedRows > 0n;
    }

    /** Links and states expired before `cutoff` serve no one; they are removed when new ones are made. */
    async forgetExpired(cutoff: string): Promise<void> {
        await this.store.deleteFrom('oauth_states').where('expires_at', '<', cutoff).execute();
        await this.store.deleteFrom('oauth_links').where('expires_at', '<', cutoff).execute();
    }
}
