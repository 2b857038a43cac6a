/**
 * Delivers signed webhook events after each committed change. Deliveries go
 * only to 127.0.0.1 (the emulator must never call out), run one at a time per
 * subscription so they arrive in sequence order, and are retried twice with
 * the same event id, which is why receivers must drop replayed ids.
 */
import type { EmulatorClock } from './clock';
import { newOpaqueId } from './ids';
import type { CommittedChange } from './record-writer';
import type { WebhookEvent, WebhookStore, WebhookSubscription } from './store/webhook-store';
import { SIGNATURE_HEADER, signWebhook } from '../trustworthy/webhook-signature';

export interface WebhookDelivery {
    id: string;
    type: WebhookEvent;
    object: string;
    record_id: string;
    occurred_at: string;
    sequence: number;
}

const ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;
const DELIVERY_TIMEOUT_MS = 5000;

export function isLoopbackUrl(text: string): boolean {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' && url.hostname === '127.0.0.1';
    } catch {
        return false;
    }
}

export class WebhookDispatcher {
    private readonly queues = new Map<string, Promise<void>>();
    private readonly aborter = new AbortController();
    delivered = 0;
    failed = 0;

    constructor(
        private readonly subscriptions: WebhookStore,
        private readonly clock: EmulatorClock
    ) {}

    announce(changes: CommittedChange[]): void {
        for (const subscription of this.subscriptions.all()) {
            for (const change of changes) {
                const type: WebhookEvent =
                    change.change === 'delete' ? 'record.deleted' : 'record.changed';
                if (!subscription.events.includes(type)) continue;

                const event: WebhookDelivery = {
                    id: newOpaqueId('ev_', this.clock.now()),
                    type,
                    object: change.object,
                    record_id: change.id,
                    occurred_at: change.occurred_at,
                    sequence: change.sequence
                };
                this.enqueue(subscription, event);
            }
        }
    }

    /** Resolves when every delivery queued so far has finished or given up. */
    async idle(): Promise<void> {
        while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
    }

    async close(): Promise<void> {
        this.aborter.abort();
        await this.idle();
    }

    private enqueue(subscription: WebhookSubscription, event: WebhookDelivery): void {
        const previous = this.queues.get(subscription.id) ?? Promise.resolve();
        const next = previous.then(() => this.deliver(subscription, event));
        this.queues.set(subscription.id, next);
        void next.then(() => {
            if (this.queues.get(subscription.id) === next) this.queues.delete(subscription.id);
        });
    }

    private async deliver(
        subscription: WebhookSubscription,
        event: WebhookDelivery
    ): Promise<void> {
        if (!isLoopbackUrl(subscription.url)) return;
        const body = JSON.stringify(event);

        for (let attempt = 1; attempt <= ATTEMPTS && !this.aborter.signal.aborted; attempt++) {
            if (await this.post(subscription, body)) {
                this.delivered += 1;
                return;
            }
            await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
        }
        this.failed += 1;
    }

    private async post(subscription: WebhookSubscription, body: string): Promise<boolean> {
        const timestamp = Math.floor(this.clock.now().getTime() / 1000);
        try {
            const reply = await fetch(subscription.url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    [SIGNATURE_HEADER]: signWebhook(subscription.secret, body, timestamp)
                },
                body,
                signal: AbortSignal.any([
                    this.aborter.signal,
                    AbortSignal.timeout(DELIVERY_TIMEOUT_MS)
                ])
            });
            await reply.arrayBuffer();
            return reply.ok;
        } catch {
            return false;
        }
    }
}
