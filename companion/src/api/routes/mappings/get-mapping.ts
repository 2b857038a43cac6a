import { defineRoute } from '../../define-route';
import { mappingNameParams, mappingVersionContract, versionQuery } from './mapping-contracts';

export const getMapping = defineRoute({
    method: 'get',
    path: '/api/v1/mappings/:name',
    summary: "A mapping's latest version, or the version asked for with ?version=N.",
    tag: 'mappings',
    auth: 'salesforce',
    params: mappingNameParams,
    query: versionQuery,
    response: mappingVersionContract,
    errors: ['not_found'],
    handler: async ({ deps, params, query }) => ({
        body: await deps.mappings.get(params.name, query.version)
    })
});
