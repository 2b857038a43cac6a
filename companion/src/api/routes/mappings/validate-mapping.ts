import { defineRoute } from '../../define-route';
import {
    mappingDocumentBody,
    mappingNameParams,
    validationReportContract
} from './mapping-contracts';

export const validateMapping = defineRoute({
    method: 'post',
    path: '/api/v1/mappings/:name/validate',
    summary:
        'Validates without storing: types, required fields, picklist values and the permission preflight. ' +
        "An empty body checks the latest stored version against today's schemas and permissions; a document checks that draft.",
    tag: 'mappings',
    auth: 'salesforce',
    params: mappingNameParams,
    body: mappingDocumentBody,
    response: validationReportContract,
    errors: [
        'not_found',
        'mapping_invalid',
        'salesforce_not_connected',
        'trustworthy_not_connected',
        'salesforce_error',
        'trustworthy_error'
    ],
    handler: async ({ deps, params, body }) => {
        if (Object.keys(body).length > 0) return { body: await deps.mappings.validate(body) };
        const latest = await deps.mappings.get(params.name);
        return { body: await deps.mappings.validate(latest.mapping) };
    }
});
