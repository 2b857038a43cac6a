import { defineRoute } from '../../define-route';
import {
    MAPPING_WRITE_ERRORS,
    mappingDocumentBody,
    savedMappingContract
} from './mapping-contracts';

export const createMapping = defineRoute({
    method: 'post',
    path: '/api/v1/mappings',
    summary:
        "Creates version 1 of a new mapping after validating it against both schemas and the integration user's permissions.",
    tag: 'mappings',
    auth: 'salesforce',
    body: mappingDocumentBody,
    response: savedMappingContract,
    successStatus: 201,
    errors: ['conflict', ...MAPPING_WRITE_ERRORS],
    handler: async ({ deps, body }) => ({ status: 201, body: await deps.mappings.create(body) })
});
