import { z } from 'zod';

import { suggestFieldPairs } from '../../../engine/mapping/suggest-fields';
import { TRANSFORM_KINDS } from '../../../engine/mapping/mapping-schema';
import { defineRoute } from '../../define-route';
import { salesforceObjectName, SCHEMA_ERRORS, trustworthyObjectName } from './schema-contracts';

export const getSuggestions = defineRoute({
    method: 'get',
    path: '/api/v1/schema/suggestions',
    summary:
        'Suggested field pairs for a Salesforce object and a Trustworthy object, by name and type, each with a verdict ' +
        '(compatible, needs_transform, incompatible), the transform to use and the reason.',
    tag: 'schema',
    auth: 'salesforce',
    query: z.strictObject({
        salesforceObject: salesforceObjectName,
        trustworthyObject: trustworthyObjectName
    }),
    response: z.object({
        salesforceObject: z.string(),
        trustworthyObject: z.string(),
        pairs: z.array(
            z.object({
                salesforce: z.string(),
                trustworthy: z.string(),
                verdict: z.enum(['compatible', 'needs_transform', 'incompatible']),
                transform: z.enum(TRANSFORM_KINDS).nullable(),
                reason: z.string(),
                confidence: z.number(),
                valueMap: z.record(z.string(), z.string()).optional()
            })
        ),
        unmatched: z.object({ salesforce: z.array(z.string()), trustworthy: z.array(z.string()) })
    }),
    errors: ['not_found', ...SCHEMA_ERRORS],
    handler: async ({ deps, query }) => {
        const salesforce = await deps.mappings.schema.salesforceObject(query.salesforceObject);
        const trustworthy = await deps.mappings.schema.trustworthyObject(query.trustworthyObject);
        const fields = salesforce.fields.map((field) => ({
            ...field,
            picklistValues: field.picklistValues
                .filter((entry) => entry.active)
                .map((entry) => entry.value)
        }));
        const suggestions = suggestFieldPairs(fields, trustworthy.fields);
        return {
            body: {
                salesforceObject: salesforce.name,
                trustworthyObject: trustworthy.name,
                ...suggestions
            }
        };
    }
});
