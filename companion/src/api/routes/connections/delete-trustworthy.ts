import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const deleteTrustworthy = defineRoute({
    method: 'delete',
    path: '/api/v1/connections/trustworthy',
    summary:
        'Forgets the stored Trustworthy account; the environment or emulator takes over again.',
    tag: 'connections',
    auth: 'salesforce',
    response: z.object({ forgotten: z.literal(true) }),
    errors: ['not_found'],
    handler: async ({ deps }) => {
        await deps.connections.disconnectTrustworthy();
        return { body: { forgotten: true as const } };
    }
});
