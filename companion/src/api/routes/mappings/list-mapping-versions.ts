import { z } from 'zod';

import { defineRoute } from '../../define-route';
import {
    mappingNameParams,
    mappingSummaryContract,
    mappingVersionInfoContract
} from './mapping-contracts';

export const listMappingVersions = defineRoute({
    method: 'get',
    path: '/api/v1/mappings/:name/versions',
    summary: 'Every version of a mapping, oldest first; a deleted mapping keeps them for audit.',
    tag: 'mappings',
    auth: 'salesforce',
    params: mappingNameParams,
    response: z.object({
        mapping: mappingSummaryContract,
        versions: z.array(mappingVersionInfoContract)
    }),
    errors: ['not_found'],
    handler: async ({ deps, params }) => ({
        body: {
            mapping: await deps.mappings.summary(params.name),
            versions: await deps.mappings.versions(params.name)
        }
    })
});
