/**
 * Webhook subscriptions. The secret is kept because every delivery is signed
 * with it; it is shown to the client once, when the subscription is made.
 */
import type Database from 'better-sqlite3';

export type WebhookEvent = 'record.changed' | 'record.deleted';

export interface WebhookSubscription {
    id: string;
    url: string;
    events: WebhookEvent[];
    secret: string;
    created_at: string;
}

interface WebhookRow {
    id: string;
    url: string;
    events: string;
    secret: string;
    created_at: string;
}

function fromRow(row: WebhookRow): WebhookSubscription {
    return { ...row, events: JSON.parse(row.events) as WebhookEvent[] };
}

export class WebhookStore {
    constructor(private readonly db: Database.Database) {}

    add(subscription: WebhookSubscription): void {
        this.db
            .prepare(
                'INSERT INTO tw_webhooks (id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?)'
            )
            .run(
                subscription.id,
                subscription.url,
                JSON.stringify(subscription.events),
                subscription.secret,
                subscription.created_at
            );
    }

    remove(id: string): boolean {
        return this.db.prepare('DELETE FROM tw_webhooks WHERE id = ?').run(id).changes > 0;
    }

    all(): WebhookSubscription[] {
        const rows = this.db.prepare('SELECT * FROM tw_webhooks ORDER BY id').all() as WebhookRow[];
        return rows.map(fromRow);
    }
}
