import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { mappingNameParams, salesforceId, trustworthyId } from './run-contracts';

const sidePlan = z.object({
    action: z.enum(['create', 'update', 'delete', 'conflict', 'hold', 'skip']),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    reason: z.string().optional()
});
const issue = z.object({ field: z.string().optional(), code: z.string(), message: z.string() });
const actionCounts = z.record(z.string(), z.number());

export const postDryRun = defineRoute({
    method: 'post',
    path: '/api/v1/mappings/:name/dry-run',
    summary:
        'Plans what the next run would do — per record and side the action and field-level before → after, with warnings — and writes nothing anywhere.',
    tag: 'runs',
    auth: 'salesforce',
    params: mappingNameParams,
    body: z.strictObject({
        sampleSize: z.number().int().min(1).max(200).optional(),
        salesforceIds: z.array(salesforceId).min(1).max(200).optional(),
        trustworthyIds: z.array(trustworthyId).min(1).max(200).optional()
    }),
    response: z.object({
        mappingName: z.string(),
        mappingVersion: z.number(),
        totals: z.object({
            salesforce: actionCounts,
            trustworthy: actionCounts,
            unchanged: z.number(),
            warnings: z.number()
        }),
        records: z.array(
            z.object({
                pairingId: z.string(),
                salesforceId: z.string().nullable(),
                trustworthyId: z.string().nullable(),
                matchedBy: z.string(),
                salesforce: sidePlan,
                trustworthy: sidePlan,
                conflicts: z.array(
                    z.object({
                        field: z.string(),
                        salesforceValue: z.unknown(),
                        trustworthyValue: z.unknown()
                    })
                ),
                candidates: z.array(z.string()).optional(),
                warnings: z.array(issue),
                errors: z.array(issue)
            })
        ),
        truncated: z.boolean()
    }),
    errors: ['not_found', 'salesforce_not_connected', 'trustworthy_not_connected'],
    handler: async ({ deps, params, body }) => ({ body: await deps.sync.dryRun(params.name, body) })
});
