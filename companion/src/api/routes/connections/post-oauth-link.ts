import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { clientId, loginUrl, secretText } from './schemas';

export const postOAuthLink = defineRoute({
    method: 'post',
    path: '/api/v1/connections/salesforce/oauth-links',
    summary:
        'Mints a single-use link (10 minutes) that starts the OAuth web-server flow; only API-secret holders can start a connection.',
    tag: 'connections',
    auth: 'salesforce',
    body: z.strictObject({
        loginUrl: loginUrl.describe(
            "https://login.salesforce.com, https://test.salesforce.com or the org's My Domain URL"
        ),
        clientId,
        clientSecret: secretText
            .optional()
            .describe('only for apps that require the secret with PKCE')
    }),
    response: z.object({ url: z.string(), expiresAt: z.string() }),
    successStatus: 201,
    handler: async ({ body, deps }) => ({ body: await deps.connections.mintOAuthLink(body) })
});
