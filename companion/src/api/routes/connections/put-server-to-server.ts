import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { clientId, loginUrl, salesforceState, secretText } from './schemas';

const username = z
    .string()
    .min(3)
    .max(80)
    .regex(/^[^\s@]+@[^\s@]+$/, 'must be a Salesforce username (name@domain)');

export const putServerToServer = defineRoute({
    method: 'put',
    path: '/api/v1/connections/salesforce/server-to-server',
    summary:
        'Connects a dedicated integration user by JWT bearer or client credentials; verified by signing in, then stored encrypted.',
    tag: 'connections',
    auth: 'salesforce',
    body: z.discriminatedUnion('flow', [
        z.strictObject({
            flow: z.literal('jwt'),
            loginUrl,
            clientId,
            username,
            privateKeyPem: z.string().min(1).max(10_000)
        }),
        z.strictObject({
            flow: z.literal('client_credentials'),
            loginUrl,
            clientId,
            clientSecret: secretText
        })
    ]),
    response: salesforceState,
    errors: ['connection_verification_failed'],
    handler: async ({ body, deps }) => ({
        body: await deps.connections.connectServerToServer(body)
    })
});
