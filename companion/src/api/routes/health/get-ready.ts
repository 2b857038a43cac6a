import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const getReady = defineRoute({
    method: 'get',
    path: '/ready',
    summary: 'Readiness: the store answers. No authentication, no detail beyond status.',
    tag: 'health',
    auth: 'public',
    response: z.object({ status: z.enum(['ready', 'not_ready']) }),
    handler: async ({ deps }) => {
        try {
            await deps.repositories.runs.get('readiness-probe');
            return { body: { status: 'ready' as const } };
        } catch {
            return { status: 503, body: { status: 'not_ready' as const } };
        }
    }
});
