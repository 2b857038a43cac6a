import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const getSalesforceSetup = defineRoute({
    method: 'get',
    path: '/api/v1/connections/salesforce/setup',
    summary:
        'The callback URL to paste into the Connected App / External Client App, the scopes it needs and the flows supported.',
    tag: 'connections',
    auth: 'salesforce',
    response: z.object({
        callbackUrl: z.string(),
        scopes: z.array(z.string()),
        flows: z.array(
            z.object({
                flow: z.enum(['web_server', 'jwt', 'client_credentials']),
                summary: z.string()
            })
        )
    }),
    handler: async ({ deps }) => ({ body: deps.connections.salesforceSetup() })
});
