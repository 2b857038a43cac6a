/** Reply shapes shared by the usage endpoints. */
import { z } from 'zod';

export const budgetStateContract = z.object({
    sharePercent: z.number().int(),
    calls: z.number().int().nullable(),
    usedToday: z.number().int(),
    remaining: z.number().int().nullable(),
    reached: z.boolean(),
    reason: z.enum(['budget', 'org_limit']).nullable(),
    resetsAt: z.string().nullable()
});
