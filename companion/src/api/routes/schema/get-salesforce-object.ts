import { z } from 'zod';

import { defineRoute } from '../../define-route';
import {
    refreshQuery,
    salesforceFieldContract,
    salesforceObjectName,
    SCHEMA_ERRORS
} from './schema-contracts';

export const getSalesforceObject = defineRoute({
    method: 'get',
    path: '/api/v1/schema/salesforce/objects/:name',
    summary:
        "A Salesforce object's fields as the integration user sees them (type, length, precision and scale, picklist values, " +
        'nillable, createable, updateable), from the cached describe; ?refresh=true describes it again.',
    tag: 'schema',
    auth: 'salesforce',
    params: z.strictObject({ name: salesforceObjectName }),
    query: refreshQuery,
    response: z.object({
        name: z.string(),
        label: z.string(),
        createable: z.boolean(),
        updateable: z.boolean(),
        deletable: z.boolean(),
        fetchedAt: z.string(),
        fields: z.array(salesforceFieldContract)
    }),
    errors: ['not_found', ...SCHEMA_ERRORS],
    handler: async ({ deps, params, query }) => ({
        body: await deps.mappings.schema.salesforceObject(params.name, {
            refresh: query.refresh === 'true'
        })
    })
});
