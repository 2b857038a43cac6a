import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { goLiveReplyContract, mappingNameParams, pilotContract } from './run-contracts';

export const putGoLive = defineRoute({
    method: 'put',
    path: '/api/v1/mappings/:name/go-live',
    summary:
        'Gradual go-live: a record cap per run and a pilot filter, applied to scheduled and other runs that bring no limits of their own. null clears.',
    tag: 'runs',
    auth: 'salesforce',
    params: mappingNameParams,
    body: z.strictObject({
        recordCap: z.number().int().min(1).max(1_000_000).nullable().optional(),
        pilot: pilotContract.nullable().optional()
    }),
    response: goLiveReplyContract,
    errors: ['not_found'],
    handler: async ({ deps, params, body }) => {
        const stored = await deps.sync.setGoLive(params.name, {
            recordCap: body.recordCap ?? null,
            pilot: body.pilot ?? null
        });
        return { body: { mappingName: params.name, ...stored } };
    }
});
