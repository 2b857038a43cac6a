import { defineRoute } from '../../define-route';
import { mappingNameParams, pauseReplyContract } from './run-contracts';

export const postResume = defineRoute({
    method: 'post',
    path: '/api/v1/mappings/:name/resume',
    summary: 'Resumes a paused mapping; its next run continues where the stopped one left off.',
    tag: 'runs',
    auth: 'salesforce',
    params: mappingNameParams,
    response: pauseReplyContract,
    errors: ['not_found', 'not_implemented'],
    handler: async ({ deps, params }) => {
        await deps.sync.resume(params.name);
        return {
            body: {
                mappingName: params.name,
                paused: false,
                running: deps.sync.isRunning(params.name)
            }
        };
    }
});
