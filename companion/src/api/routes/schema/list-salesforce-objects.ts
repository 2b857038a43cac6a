import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { SCHEMA_ERRORS } from './schema-contracts';

export const listSalesforceObjects = defineRoute({
    method: 'get',
    path: '/api/v1/schema/salesforce/objects',
    summary:
        'The Salesforce objects the integration user can query (the global describe), with its object permissions.',
    tag: 'schema',
    auth: 'salesforce',
    response: z.object({
        objects: z.array(
            z.object({
                name: z.string(),
                label: z.string(),
                custom: z.boolean(),
                createable: z.boolean(),
                updateable: z.boolean(),
                deletable: z.boolean()
            })
        )
    }),
    errors: SCHEMA_ERRORS,
    handler: async ({ deps }) => {
        const objects = await deps.mappings.schema.salesforceObjects();
        return {
            body: {
                objects: objects.map(
                    ({ name, label, custom, createable, updateable, deletable }) => ({
                        name,
                        label,
                        custom,
                        createable,
                        updateable,
                        deletable
                    })
                )
            }
        };
    }
});
