import { z } from 'zod';

import { RunControlRepository } from '../../../store/run-control-repository';
import { defineRoute } from '../../define-route';
import { pageQuery, runSummaryContract } from './run-contracts';
import { runView } from './run-view';

export const listRuns = defineRoute({
    method: 'get',
    path: '/api/v1/runs',
    summary:
        'Runs, newest first, with their counts and API usage; ?mappingName= narrows to one mapping.',
    tag: 'runs',
    auth: 'salesforce',
    query: pageQuery.extend({ mappingName: z.string().max(100).optional() }),
    response: z.object({
        runs: z.array(runSummaryContract),
        total: z.number(),
        limit: z.number(),
        offset: z.number()
    }),
    handler: async ({ deps, query }) => {
        const control = new RunControlRepository(deps.repositories.store);
        const page = await deps.repositories.runs.list({
            limit: query.limit,
            offset: query.offset,
            ...(query.mappingName ? { mappingName: query.mappingName } : {})
        });
        const runs = await Promise.all(
            page.runs.map(async (run) => runView(run, await control.details(run.id)))
        );
        return { body: { runs, total: page.total, limit: query.limit, offset: query.offset } };
    }
});
