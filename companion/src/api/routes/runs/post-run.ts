import { z } from 'zod';

import { ApiError } from '../../api-error';
import type { ApiDeps } from '../../deps';
import { defineRoute } from '../../define-route';
import { pilotContract, recordTargetContract } from './run-contracts';

export const postRun = defineRoute({
    method: 'post',
    path: '/api/v1/runs',
    summary:
        'Starts a run of a mapping in the background (the whole mapping, a capped or pilot run, or one record) and answers with its id at once.',
    tag: 'runs',
    auth: 'salesforce',
    body: z.strictObject({
        mappingName: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/, 'a mapping name'),
        recordCap: z.number().int().min(1).max(1_000_000).optional(),
        pilot: pilotContract.optional(),
        record: recordTargetContract.optional()
    }),
    successStatus: 202,
    response: z.object({ runId: z.string(), status: z.literal('running') }),
    errors: [
        'not_found',
        'mapping_paused',
        'run_in_progress',
        'salesforce_not_connected',
        'trustworthy_not_connected'
    ],
    handler: async ({ deps, body }) => {
        if (body.record) await assertRecordExists(deps, body.mappingName, body.record);
        const started = await deps.sync.start({
            mappingName: body.mappingName,
            trigger: 'api',
            ...(body.recordCap !== undefined ? { recordCap: body.recordCap } : {}),
            ...(body.pilot ? { pilot: body.pilot } : {}),
            ...(body.record ? { record: body.record } : {})
        });
        return {
            status: 202,
            body: { runId: started.runId, status: 'running' as const },
            headers: { Location: `/api/v1/runs/${started.runId}` }
        };
    }
});

/** A one-record run names a record that must exist on its side; otherwise it would "succeed" doing nothing. */
async function assertRecordExists(
    deps: ApiDeps,
    mappingName: string,
    record: { side: 'salesforce' | 'trustworthy'; id: string }
): Promise<void> {
    const { mapping } = await deps.mappings.active(mappingName);
    for (const pairing of mapping.pairings) {
        const found =
            record.side === 'salesforce'
                ? await (
                      await deps.connections.salesforce()
                  )
                      .findBy(pairing.salesforceObject, ['Id'], 'Id', [record.id])
                      .catch(() => [])
                : await (
                      await deps.connections.trustworthy()
                  )
                      .findBy(pairing.trustworthyObject, 'id', [record.id])
                      .catch(() => []);
        if (found.length > 0) return;
    }
    throw new ApiError(
        'not_found',
        `no ${record.side === 'salesforce' ? 'Salesforce' : 'Trustworthy'} record ${record.id} in the objects mapping ${mappingName} syncs`
    );
}
