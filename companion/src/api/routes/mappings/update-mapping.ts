import { defineRoute } from '../../define-route';
import {
    MAPPING_WRITE_ERRORS,
    mappingDocumentBody,
    mappingNameParams,
    savedMappingContract
} from './mapping-contracts';

export const updateMapping = defineRoute({
    method: 'put',
    path: '/api/v1/mappings/:name',
    summary:
        "Saves the document as the mapping's next version (never an edit in place), after the same validation as a create.",
    tag: 'mappings',
    auth: 'salesforce',
    params: mappingNameParams,
    body: mappingDocumentBody,
    response: savedMappingContract,
    errors: ['not_found', ...MAPPING_WRITE_ERRORS],
    handler: async ({ deps, params, body }) => ({
        body: await deps.mappings.update(params.name, body)
    })
});
