import type { Request } from 'express';
import { z } from 'zod';

import { ApiError } from '../../api-error';
import { defineRoute } from '../../define-route';
import { SIGNATURE_HEADER } from '../../../trustworthy/webhook-signature';

/*
 * No body contract: the signature is checked on the raw bytes first, and a
 * caller who cannot sign learns nothing about what a valid body looks like.
 */
export const postTrustworthyWebhook = defineRoute({
    method: 'post',
    path: '/webhooks/trustworthy',
    summary:
        'Trustworthy change notifications, signed with HMAC-SHA256 (`Trustworthy-Signature: t=…,v1=…`); ' +
        'stale timestamps and replayed event ids are refused. Prompts a sync of the real-time mappings that pair the object.',
    tag: 'webhooks',
    auth: 'webhook',
    response: z.object({ received: z.literal(true) }),
    errors: ['webhook_signature_invalid'],
    handler: async ({ deps, req }) => {
        const rawBody = (req as Request & { rawBody?: Buffer }).rawBody;
        const accepted = await deps.scheduler.receiveTrustworthyWebhook(
            req.get(SIGNATURE_HEADER),
            rawBody
        );
        if (!accepted) throw new ApiError('webhook_signature_invalid', 'webhook refused');
        return { body: { received: true as const } };
    }
});
