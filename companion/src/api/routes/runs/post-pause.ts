import { defineRoute } from '../../define-route';
import { mappingNameParams, pauseReplyContract } from './run-contracts';

export const postPause = defineRoute({
    method: 'post',
    path: '/api/v1/mappings/:name/pause',
    summary:
        'The kill switch: pauses a mapping; a running run stops at its next batch boundary and no new run starts.',
    tag: 'runs',
    auth: 'salesforce',
    params: mappingNameParams,
    response: pauseReplyContract,
    errors: ['not_found', 'not_implemented'],
    handler: async ({ deps, params }) => {
        await deps.sync.pause(params.name);
        return {
            body: {
                mappingName: params.name,
                paused: true,
                running: deps.sync.isRunning(params.name)
            }
        };
    }
});
