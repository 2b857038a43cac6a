import { z } from 'zod';

import { defineRoute } from '../../define-route';
import {
    refreshQuery,
    SCHEMA_ERRORS,
    trustworthyFieldContract,
    trustworthyObjectName
} from './schema-contracts';

export const getTrustworthyObject = defineRoute({
    method: 'get',
    path: '/api/v1/schema/trustworthy/objects/:name',
    summary:
        "A Trustworthy object's fields from the cached schema; ?refresh=true asks the account again.",
    tag: 'schema',
    auth: 'salesforce',
    params: z.strictObject({ name: trustworthyObjectName }),
    query: refreshQuery,
    response: z.object({
        name: z.string(),
        fetchedAt: z.string(),
        fields: z.array(trustworthyFieldContract)
    }),
    errors: ['not_found', ...SCHEMA_ERRORS],
    handler: async ({ deps, params, query }) => ({
        body: await deps.mappings.schema.trustworthyObject(params.name, {
            refresh: query.refresh === 'true'
        })
    })
});
