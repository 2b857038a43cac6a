import { defineRoute } from '../../define-route';
import { goLiveReplyContract, mappingNameParams } from './run-contracts';

export const getGoLive = defineRoute({
    method: 'get',
    path: '/api/v1/mappings/:name/go-live',
    summary:
        "The mapping's go-live settings (record cap and pilot filter); nulls when none are set.",
    tag: 'runs',
    auth: 'salesforce',
    params: mappingNameParams,
    response: goLiveReplyContract,
    errors: ['not_found'],
    handler: async ({ deps, params }) => {
        const stored = await deps.sync.goLive(params.name);
        return {
            body: {
                mappingName: params.name,
                recordCap: stored?.recordCap ?? null,
                pilot: stored?.pilot ?? null,
                updatedAt: stored?.updatedAt ?? null
            }
        };
    }
});
