import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { salesforceState, trustworthyState } from './schemas';

export const getConnections = defineRoute({
    method: 'get',
    path: '/api/v1/connections',
    summary: 'State of the Salesforce and Trustworthy connections (never a token or key).',
    tag: 'connections',
    auth: 'salesforce',
    response: z.object({ salesforce: salesforceState, trustworthy: trustworthyState }),
    handler: async ({ deps }) => ({ body: await deps.connections.state() })
});
