/**
 * State of real-time sync: the Trustworthy webhook subscription and the event
 * ids already handled, and the last Change Data Capture replay id per channel.
 */
import type { Store } from './database';

export interface StoredWebhookSubscription {
    id: string;
    url: string;
    secret: string;
    sealed: boolean;
    createdAt: string;
}

export class RealtimeRepository {
    constructor(private readonly store: Store) {}

    async webhookSubscriptions(): Promise<StoredWebhookSubscription[]> {
        const rows = await this.store
            .selectFrom('webhook_subscriptions')
            .selectAll()
            .orderBy('created_at')
            .execute();
        return rows.map((row) => ({
            id: row.id,
            url: row.url,
            secret: row.secret,
            sealed: row.secret_sealed === 1,
            createdAt: row.created_at
        }));
    }

    async saveWebhookSubscription(subscription: StoredWebhookSubscription): Promise<void> {
        await this.store
            .insertInto('webhook_subscriptions')
            .values({
                id: subscription.id,
                url: subscription.url,
                secret: subscription.secret,
                secret_sealed: subscription.sealed ? 1 : 0,
                created_at: subscription.createdAt
            })
            .execute();
    }

    async removeWebhookSubscription(id: string): Promise<void> {
        await this.store.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
    }

    async hasSeenEvent(eventId: string): Promise<boolean> {
        const row = await this.store
            .selectFrom('webhook_events_seen')
            .select('event_id')
            .where('event_id', '=', eventId)
            .executeTakeFirst();
        return row !== undefined;
    }

    /** Records an event id; false when it was already there (a replay that raced the check). */
    async markEventSeen(eventId: string, seenAt: string): Promise<boolean> {
        const result = await this.store
            .insertInto('webhook_events_seen')
            .values({ event_id: eventId, seen_at: seenAt })
            .onConflict((oc) => oc.column('event_id').doNothing())
            .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    }

    async pruneSeenEvents(before: string): Promise<void> {
        await this.store.deleteFrom('webhook_events_seen').where('seen_at', '<', before).execute();
    }

    async replayId(channel: string): Promise<number | undefined> {
        const row = await this.store
            .selectFrom('streaming_replay')
            .select('replay_id')
            .where('channel', '=', channel)
            .executeTakeFirst();
        return row?.replay_id;
    }

    async saveReplayId(channel: string, replayId: number, now: string): Promise<void> {
        await this.store
            .insertInto('streaming_replay')
            .values({ channel, replay_id: replayId, updated_at: now })
            .onConflict((oc) =>
                oc.column('channel').doUpdateSet({ replay_id: replayId, updated_at: now })
            )
            .execute();
    }
}
