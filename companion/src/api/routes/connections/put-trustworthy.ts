import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { secretText, trustworthyState } from './schemas';

export const putTrustworthy = defineRoute({
    method: 'put',
    path: '/api/v1/connections/trustworthy',
    summary:
        'Connects a Trustworthy account: the key is verified with GET /v1/schema, then stored encrypted.',
    tag: 'connections',
    auth: 'salesforce',
    body: z.strictObject({ baseUrl: z.string().min(1).max(500), apiKey: secretText }),
    response: trustworthyState,
    errors: ['connection_verification_failed', 'trustworthy_error'],
    handler: async ({ body, deps }) => ({ body: await deps.connections.connectTrustworthy(body) })
});
