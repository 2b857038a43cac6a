import { z } from 'zod';

import { defineRoute } from '../../define-route';

const value = z.union([z.string().max(32_000), z.number(), z.boolean(), z.null()]);

export const postResolveConflict = defineRoute({
    method: 'post',
    path: '/api/v1/conflicts/:id/resolve',
    summary:
        'Resolves a held record through the normal, audited write path: choose a side or values (conflicts), link a candidate or create new (ambiguous matches), delete or keep (flagged deletions).',
    tag: 'conflicts',
    auth: 'salesforce',
    params: z.strictObject({ id: z.uuid() }),
    body: z.union([
        z.strictObject({ choose: z.enum(['salesforce', 'trustworthy']) }),
        z.strictObject({
            values: z.record(
                z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'a field API name'),
                value
            )
        }),
        z.strictObject({ link: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a record id') }),
        z.strictObject({ createNew: z.literal(true) }),
        z.strictObject({ delete: z.literal(true) }),
        z.strictObject({ keep: z.literal(true) })
    ]),
    response: z.object({
        heldId: z.string(),
        status: z.enum(['resolved', 'still_held']),
        runId: z.string(),
        runStatus: z.string()
    }),
    errors: ['not_found', 'conflict', 'mapping_paused', 'run_in_progress', 'salesforce_error'],
    handler: async ({ deps, params, body }) => ({
        body: await deps.sync.resolveHeld(params.id, body)
    })
});
