import { z } from 'zod';

import { RunControlRepository } from '../../../store/run-control-repository';
import { ApiError } from '../../api-error';
import { defineRoute } from '../../define-route';
import { pageQuery, runIdParams, runSummaryContract } from './run-contracts';
import { runView } from './run-view';

export const getRun = defineRoute({
    method: 'get',
    path: '/api/v1/runs/:runId',
    summary:
        'One run: its summary per pairing and direction, and its per-record changes (before and after), paged.',
    tag: 'runs',
    auth: 'salesforce',
    params: runIdParams,
    query: pageQuery,
    response: z.object({
        run: runSummaryContract,
        pairings: z.array(z.unknown()),
        changes: z.array(
            z.object({
                id: z.number(),
                pairingId: z.string(),
                target: z.string(),
                action: z.string(),
                salesforceId: z.string().nullable(),
                trustworthyId: z.string().nullable(),
                before: z.record(z.string(), z.unknown()).nullable(),
                after: z.record(z.string(), z.unknown()).nullable(),
                errorCode: z.string().nullable(),
                errorMessage: z.string().nullable(),
                createdAt: z.string()
            })
        ),
        total: z.number(),
        limit: z.number(),
        offset: z.number()
    }),
    errors: ['not_found'],
    handler: async ({ deps, params, query }) => {
        const run = await deps.repositories.runs.get(params.runId);
        if (!run) throw new ApiError('not_found', `no run ${params.runId}`);
        const details = await new RunControlRepository(deps.repositories.store).details(run.id);
        const page = await deps.repositories.audit.pageForRun(run.id, query.limit, query.offset);
        const pairings = (run.summary as { pairings?: unknown[] } | null)?.pairings ?? [];
        const changes = page.changes.map(({ runId: _runId, ...change }) => change);
        return {
            body: {
                run: runView(run, details),
                pairings,
                changes,
                total: page.total,
                limit: query.limit,
                offset: query.offset
            }
        };
    }
});
