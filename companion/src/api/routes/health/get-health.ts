import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const getHealth = defineRoute({
    method: 'get',
    path: '/health',
    summary: 'Liveness: the process is up. No authentication, no detail.',
    tag: 'health',
    auth: 'public',
    response: z.object({ status: z.literal('ok') }),
    handler: async () => ({ body: { status: 'ok' as const } })
});
