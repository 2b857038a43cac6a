import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { mappingNameParams, mappingSummaryContract } from './mapping-contracts';

export const deleteMapping = defineRoute({
    method: 'delete',
    path: '/api/v1/mappings/:name',
    summary:
        'Deletes a mapping softly: it stops syncing and leaves the list, its versions stay for audit. Refused while it runs.',
    tag: 'mappings',
    auth: 'salesforce',
    params: mappingNameParams,
    response: z.object({ mapping: mappingSummaryContract }),
    errors: ['not_found', 'run_in_progress'],
    handler: async ({ deps, params }) => ({
        body: { mapping: await deps.mappings.remove(params.name) }
    })
});
