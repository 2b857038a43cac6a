import { defineRoute } from '../../define-route';
import {
    MAPPING_WRITE_ERRORS,
    mappingDocumentBody,
    savedMappingContract
} from './mapping-contracts';

export const importMapping = defineRoute({
    method: 'post',
    path: '/api/v1/mappings/import',
    summary:
        'Imports an exported mapping file: validated first, then stored as the next version of the mapping it names ' +
        '(version 1 when the name is new; a deleted mapping comes back).',
    tag: 'mappings',
    auth: 'salesforce',
    body: mappingDocumentBody,
    response: savedMappingContract,
    successStatus: 201,
    errors: MAPPING_WRITE_ERRORS,
    handler: async ({ deps, body }) => ({
        status: 201,
        body: await deps.mappings.importDocument(body)
    })
});
