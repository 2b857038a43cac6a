import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { SCHEMA_ERRORS } from './schema-contracts';

export const listTrustworthyObjects = defineRoute({
    method: 'get',
    path: '/api/v1/schema/trustworthy/objects',
    summary: 'The objects the Trustworthy account offers.',
    tag: 'schema',
    auth: 'salesforce',
    response: z.object({ objects: z.array(z.object({ name: z.string(), label: z.string() })) }),
    errors: SCHEMA_ERRORS,
    handler: async ({ deps }) => ({
        body: { objects: await deps.mappings.schema.trustworthyObjects() }
    })
});
