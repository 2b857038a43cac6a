/**
 * Webhook subscriptions. The emulator only ever calls 127.0.0.1, so any other
 * URL is refused at registration rather than silently never delivered.
 */
import { randomBytes } from 'node:crypto';

import { z } from 'zod';

import { newOpaqueId } from '../ids';
import { ApiError, parseInput } from '../http/api-error';
import type { EmulatorRoute } from '../context';
import type { WebhookSubscription } from '../store/webhook-store';
import { isLoopbackUrl } from '../webhook-dispatcher';
import { pathParam } from './resolve-object';

const registration = z.object({
    url: z
        .string()
        .max(2000)
        .refine(isLoopbackUrl, 'must be an http://127.0.0.1 URL (the emulator calls nothing else)'),
    events: z
        .array(z.enum(['record.changed', 'record.deleted']))
        .min(1)
        .refine((events) => new Set(events).size === events.length, 'must not list an event twice')
});

export const registerWebhook: EmulatorRoute = {
    method: 'post',
    path: '/v1/webhooks',
    handle: (req, res, context) => {
        const body = parseInput(registration, req.body, 'body');
        const now = context.clock.now();
        const subscription: WebhookSubscription = {
            id: newOpaqueId('wh_', now),
            url: body.url,
            events: body.events,
            secret: `whsec_${randomBytes(24).toString('hex')}`,
            created_at: now.toISOString()
        };
        context.webhooks.add(subscription);
        res.status(201).json(subscription);
    }
};

export const deleteWebhook: EmulatorRoute = {
    method: 'delete',
    path: '/v1/webhooks/{id}',
    handle: (req, res, context) => {
        const id = pathParam(req.params, 'id');
        if (!context.webhooks.remove(id)) {
            throw new ApiError('not_found', `no webhook has id ${id}`);
        }
        res.status(204).end();
    }
};
