import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { runIdParams } from './run-contracts';

export const postRetry = defineRoute({
    method: 'post',
    path: '/api/v1/runs/:runId/retry',
    summary:
        'Retries the failed records of a run (all, or the ones named by Salesforce or Trustworthy id) in a new background run.',
    tag: 'runs',
    auth: 'salesforce',
    params: runIdParams,
    body: z.strictObject({
        recordIds: z
            .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a record id'))
            .min(1)
            .max(200)
            .optional()
    }),
    successStatus: 202,
    response: z.object({ runId: z.string(), records: z.number(), status: z.literal('running') }),
    errors: ['not_found', 'conflict', 'mapping_paused', 'run_in_progress'],
    handler: async ({ deps, params, body }) => {
        const started = await deps.sync.retry(params.runId, body.recordIds);
        return { status: 202, body: { ...started, status: 'running' as const } };
    }
});
