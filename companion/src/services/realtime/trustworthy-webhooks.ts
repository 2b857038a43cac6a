/**
 * Trustworthy webhooks: registering ours (its signing secret sealed at rest)
 * and checking each delivery — HMAC signature over the raw bytes, timestamp
 * within five minutes, and an event id never handled before. Seen ids are
 * kept for twice the window (a delivery may be stamped up to five minutes
 * ahead of our clock), after which the timestamp check alone refuses them.
 */
import { z } from 'zod';

import type { Logger } from '../../lib/logger';
import type { SecretBox } from '../../lib/secret-box';
import type { RealtimeRepository } from '../../store/realtime-repository';
import type { TrustworthyClient } from '../../trustworthy/trustworthy-client';
import { DEFAULT_TOLERANCE_SECONDS, verifyWebhook } from '../../trustworthy/webhook-signature';

const SEEN_IDS_KEPT_MS = 2 * DEFAULT_TOLERANCE_SECONDS * 1000;

const deliverySchema = z.object({
    id: z.string().min(1).max(200),
    type: z.enum(['record.changed', 'record.deleted']),
    object: z.string().min(1).max(100),
    record_id: z.string().min(1).max(200)
});

export type WebhookDelivery = z.infer<typeof deliverySchema>;

export interface TrustworthyWebhooksDeps {
    repository: RealtimeRepository;
    box(): SecretBox;
    now: () => Date;
    logger: Logger;
    client(): TrustworthyClient | undefined;
}

export class TrustworthyWebhooks {
    constructor(private readonly deps: TrustworthyWebhooksDeps) {}

    /** Registers our webhook URL with Trustworthy unless a subscription for it is already stored. */
    async ensureRegistered(url: string): Promise<void> {
        const stored = await this.deps.repository.webhookSubscriptions();
        if (stored.some((subscription) => subscription.url === url)) return;

        const client = this.deps.client();
        if (!client) {
            this.deps.logger.warn(
                'no Trustworthy account to register the webhook with; real-time changes from Trustworthy will wait for the next run'
            );
            return;
        }
        const webhook = await client.registerWebhook(url, ['record.changed', 'record.deleted']);
        await this.deps.repository.saveWebhookSubscription({
            id: webhook.id,
            url,
            secret: this.deps.box().seal(webhook.secret),
            sealed: true,
            createdAt: this.deps.now().toISOString()
        });
        this.deps.logger.info({ webhookId: webhook.id, url }, 'Trustworthy webhook registered');
    }

    /** The delivery when it is authentic, timely and new; undefined otherwise (no reason given out). */
    async accept(
        header: string | undefined,
        rawBody: Buffer | undefined
    ): Promise<WebhookDelivery | undefined> {
        if (!header || !rawBody || rawBody.length === 0) return undefined;
        const now = this.deps.now();

        for (const subscription of await this.deps.repository.webhookSubscriptions()) {
            const secret = subscription.sealed
                ? this.deps.box().open(subscription.secret)
                : subscription.secret;
            const verdict = verifyWebhook({ secret, header, rawBody, now });
            if (!verdict.ok) continue;

            const delivery = deliverySchema.safeParse(JSON.parse(rawBody.toString('utf8')));
            if (!delivery.success) return undefined;
            if (!(await this.deps.repository.markEventSeen(verdict.eventId, now.toISOString())))
                return undefined;
            await this.deps.repository.pruneSeenEvents(
                new Date(now.getTime() - SEEN_IDS_KEPT_MS).toISOString()
            );
            return delivery.data;
        }
        return undefined;
    }
}
