import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { budgetStateContract } from './usage-contracts';

export const getUsage = defineRoute({
    method: 'get',
    path: '/api/v1/usage',
    summary:
        "Salesforce API usage (last Sforce-Limit-Info and GET /limits' DailyApiRequests) and the sync's budget: its share, used today, when it resets.",
    tag: 'usage',
    auth: 'salesforce',
    response: z.object({
        salesforce: z.object({
            limitInfo: z.object({ used: z.number().int(), limit: z.number().int() }).nullable(),
            dailyApiRequests: z
                .object({
                    max: z.number().int(),
                    remaining: z.number().int(),
                    used: z.number().int()
                })
                .nullable(),
            observedAt: z.string().nullable(),
            error: z.string().nullable()
        }),
        budget: budgetStateContract
    }),
    handler: async ({ deps }) => ({ body: await deps.usage.report() })
});
