/**
 * Alerts POSTed as JSON to the admin's endpoint, signed as Trustworthy signs
 * its own webhooks: `Trustworthy-Sync-Signature: t=<unix seconds>,v1=<hex>`
 * where the hex is HMAC-SHA256 with the shared secret over `<t>.<raw body>`.
 * Redirects are not followed, so the URL check cannot be stepped around.
 */
import { createHmac } from 'node:crypto';

import { alertTitle } from '../alert-text';
import type { AlertChannel, OutgoingAlert } from './channel';
import { failed, skipped } from './channel';

const TIMEOUT_MS = 5_000;
export const SIGNATURE_HEADER = 'Trustworthy-Sync-Signature';

export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
    const hex = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
    return `t=${timestamp},v1=${hex}`;
}

export function webhookChannel(
    openSecret: (sealed: string) => string,
    now: () => Date
): AlertChannel {
    return {
        name: 'webhook',
        async send(alert, settings) {
            const webhook = settings.webhook;
            if (!webhook?.enabled) return skipped('webhook', 'the webhook is not configured');
            if (webhook.sealedSecret === undefined)
                return failed('webhook', 'the webhook has no signing secret');

            try {
                const body = JSON.stringify(payloadOf(alert));
                const timestamp = Math.floor(now().getTime() / 1000);
                const response = await fetch(webhook.url, {
                    method: 'POST',
                    headers: {
                        'content-type': 'application/json',
                        [SIGNATURE_HEADER]: signWebhook(
                            openSecret(webhook.sealedSecret),
                            timestamp,
                            body
                        ),
                        'Trustworthy-Sync-Event-Id': alert.id
                    },
                    body,
                    redirect: 'manual',
                    signal: AbortSignal.timeout(TIMEOUT_MS)
                });
                await response.body?.cancel();
                if (response.status >= 200 && response.status < 300)
                    return { channel: 'webhook', outcome: 'sent' };
                return failed('webhook', `the endpoint answered HTTP ${response.status}`);
            } catch (error) {
                return failed('webhook', error);
            }
        }
    };
}

function payloadOf(alert: OutgoingAlert): Record<string, unknown> {
    return {
        id: alert.id,
        kind: alert.kind,
        title: alertTitle(alert),
        mappingName: alert.mappingName,
        runId: alert.runId ?? null,
        message: alert.message,
        details: alert.details,
        suppressedRepeats: alert.suppressedRepeats,
        createdAt: alert.createdAt
    };
}
