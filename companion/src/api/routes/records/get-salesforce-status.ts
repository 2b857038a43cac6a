import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const getSalesforceRecordStatus = defineRoute({
    method: 'get',
    path: '/api/v1/records/salesforce/:id/status',
    summary:
        'What the record page shows: last sync time, direction, outcome, the error in plain words, the Trustworthy reference, held items and the last 20 changes.',
    tag: 'records',
    auth: 'salesforce',
    params: z.strictObject({
        id: z
            .string()
            .regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, 'a 15- or 18-character Salesforce Id')
    }),
    response: z.object({
        salesforceId: z.string(),
        outcome: z.enum(['synced', 'failed', 'held', 'not_synced']),
        lastSyncedAt: z.string().nullable(),
        lastRunId: z.string().nullable(),
        direction: z.enum(['salesforce_to_trustworthy', 'trustworthy_to_salesforce']).nullable(),
        error: z.object({ code: z.string().nullable(), message: z.string() }).nullable(),
        trustworthy: z.object({ pairingId: z.string(), id: z.string() }).nullable(),
        pendingRetry: z.boolean(),
        held: z.array(
            z.object({
                id: z.string(),
                kind: z.string(),
                createdAt: z.string(),
                detail: z.record(z.string(), z.unknown())
            })
        ),
        history: z.array(
            z.object({
                at: z.string(),
                runId: z.string(),
                direction: z.enum(['salesforce_to_trustworthy', 'trustworthy_to_salesforce']),
                action: z.string(),
                fields: z.array(z.string()),
                error: z.string().nullable()
            })
        )
    }),
    errors: ['not_found'],
    handler: async ({ deps, params }) => ({ body: await deps.sync.recordStatus(params.id) })
});
