import { defineRoute } from '../../define-route';
import { mappingDocumentBody, mappingNameParams, versionQuery } from './mapping-contracts';

export const exportMapping = defineRoute({
    method: 'get',
    path: '/api/v1/mappings/:name/export',
    summary:
        'The mapping file (latest, or ?version=N) as a JSON attachment, ready for POST /api/v1/mappings/import.',
    tag: 'mappings',
    auth: 'salesforce',
    params: mappingNameParams,
    query: versionQuery,
    response: mappingDocumentBody,
    errors: ['not_found'],
    handler: async ({ deps, params, query }) => {
        const stored = await deps.mappings.get(params.name, query.version);
        const fileName = `${stored.name.replace(/[^A-Za-z0-9_.-]+/g, '-')}.v${stored.version}.mapping.json`;
        return {
            body: stored.mapping as Record<string, unknown>,
            headers: { 'Content-Disposition': `attachment; filename="${fileName}"` }
        };
    }
});
