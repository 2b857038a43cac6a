import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const listConflicts = defineRoute({
    method: 'get',
    path: '/api/v1/conflicts',
    summary:
        'Records held for review: conflicts with both values per field, ambiguous matches with their candidates, flagged deletions.',
    tag: 'conflicts',
    auth: 'salesforce',
    query: z.strictObject({
        kind: z.enum(['conflict', 'ambiguous_match', 'deletion', 'invalid_record']).optional(),
        pairingId: z.string().max(100).optional()
    }),
    response: z.object({
        held: z.array(
            z.object({
                id: z.string(),
                kind: z.string(),
                runId: z.string(),
                pairingId: z.string(),
                salesforceId: z.string().nullable(),
                trustworthyId: z.string().nullable(),
                createdAt: z.string(),
                fields: z
                    .array(
                        z.object({
                            field: z.string(),
                            salesforceValue: z.unknown(),
                            trustworthyValue: z.unknown()
                        })
                    )
                    .optional(),
                candidates: z.array(z.string()).optional(),
                deletedOn: z.string().optional(),
                reason: z.string().optional()
            })
        )
    }),
    handler: async ({ deps, query }) => {
        const open = await deps.repositories.held.open(query.pairingId);
        const held = open
            .filter((entry) => !query.kind || entry.kind === query.kind)
            .map((entry) => ({
                id: entry.id,
                kind: entry.kind,
                runId: entry.runId,
                pairingId: entry.pairingId,
                salesforceId: entry.salesforceId,
                trustworthyId: entry.trustworthyId,
                createdAt: entry.createdAt,
                ...detailOf(entry.detail)
            }));
        return { body: { held } };
    }
});

function detailOf(detail: Record<string, unknown>): {
    fields?: Array<{ field: string; salesforceValue: unknown; trustworthyValue: unknown }>;
    candidates?: string[];
    deletedOn?: string;
    reason?: string;
} {
    return {
        ...(Array.isArray(detail.fields)
            ? {
                  fields: detail.fields as Array<{
                      field: string;
                      salesforceValue: unknown;
                      trustworthyValue: unknown;
                  }>
              }
            : {}),
        ...(Array.isArray(detail.candidates)
            ? { candidates: (detail.candidates as unknown[]).map(String) }
            : {}),
        ...(typeof detail.deletedOn === 'string' ? { deletedOn: detail.deletedOn } : {}),
        ...(typeof detail.reason === 'string'
            ? { reason: detail.reason }
            : typeof detail.message === 'string'
              ? { reason: detail.message }
              : {})
    };
}
