import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { budgetStateContract } from './usage-contracts';

export const putBudget = defineRoute({
    method: 'put',
    path: '/api/v1/usage/budget',
    summary:
        "Sets the sync's share of the org's daily API limit (1-100 percent); a run that reaches it stops cleanly and resumes after the reset.",
    tag: 'usage',
    auth: 'salesforce',
    body: z.strictObject({ sharePercent: z.number().int().min(1).max(100) }),
    response: z.object({ budget: budgetStateContract }),
    handler: async ({ deps, body }) => ({
        body: { budget: await deps.usage.setSharePercent(body.sharePercent) }
    })
});
