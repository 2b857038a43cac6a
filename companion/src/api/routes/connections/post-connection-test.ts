import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { clientId, loginUrl, sideDiagnostics } from './schemas';

export const postConnectionTest = defineRoute({
    method: 'post',
    path: '/api/v1/connections/test',
    summary:
        'Test connection: a verdict per side and, for each problem, a stable code, the likely cause and the action to take.',
    tag: 'connections',
    auth: 'salesforce',
    body: z.strictObject({
        salesforceApp: z
            .strictObject({ loginUrl, clientId })
            .optional()
            .describe('a Connected App to check before connecting it')
    }),
    response: z.object({
        salesforce: sideDiagnostics,
        trustworthy: sideDiagnostics,
        checkedAt: z.string()
    }),
    handler: async ({ body, deps }) => ({ body: await deps.connections.diagnose(body) })
});
