import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const deleteSalesforce = defineRoute({
    method: 'delete',
    path: '/api/v1/connections/salesforce',
    summary:
        'Revokes the stored authorization at Salesforce and forgets it; the environment or emulator takes over again.',
    tag: 'connections',
    auth: 'salesforce',
    response: z.object({ forgotten: z.literal(true), revokedAtSalesforce: z.boolean() }),
    errors: ['not_found'],
    handler: async ({ deps }) => {
        const { revokedAtSalesforce } = await deps.connections.disconnectSalesforce();
        return { body: { forgotten: true as const, revokedAtSalesforce } };
    }
});
