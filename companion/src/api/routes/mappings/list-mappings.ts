import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { mappingSummaryContract } from './mapping-contracts';

export const listMappings = defineRoute({
    method: 'get',
    path: '/api/v1/mappings',
    summary:
        'Every live mapping: its name, latest version, whether it is paused, when it was created and last changed.',
    tag: 'mappings',
    auth: 'salesforce',
    response: z.object({ mappings: z.array(mappingSummaryContract) }),
    handler: async ({ deps }) => ({ body: { mappings: await deps.mappings.list() } })
});
