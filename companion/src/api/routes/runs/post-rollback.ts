import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { runIdParams } from './run-contracts';

export const postRollback = defineRoute({
    method: 'post',
    path: '/api/v1/runs/:runId/rollback',
    summary:
        'Rolls a run back: restores the values it replaced and deletes what it created; records changed since are skipped and reported. ?dryRun=true previews.',
    tag: 'runs',
    auth: 'salesforce',
    params: runIdParams,
    query: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
    response: z.object({
        sourceRunId: z.string(),
        rollbackRunId: z.string().nullable(),
        dryRun: z.boolean(),
        steps: z.array(
            z.object({
                pairingId: z.string(),
                target: z.enum(['salesforce', 'trustworthy']),
                salesforceId: z.string().nullable(),
                trustworthyId: z.string().nullable(),
                action: z.enum(['restore', 'delete', 'skip']),
                fields: z.array(
                    z.object({ field: z.string(), current: z.unknown(), restoreTo: z.unknown() })
                ),
                reason: z.string().optional(),
                outcome: z.enum(['planned', 'done', 'skipped', 'failed']),
                errorCode: z.string().optional()
            })
        ),
        totals: z.object({
            restored: z.number(),
            deleted: z.number(),
            skipped: z.number(),
            failed: z.number()
        })
    }),
    errors: ['not_found', 'conflict', 'run_in_progress'],
    handler: async ({ deps, params, query }) => ({
        body: await deps.sync.rollback(params.runId, { dryRun: query.dryRun === 'true' })
    })
});
