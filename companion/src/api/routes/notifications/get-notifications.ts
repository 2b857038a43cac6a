import { z } from 'zod';

import { defineRoute } from '../../define-route';

export const getNotifications = defineRoute({
    method: 'get',
    path: '/api/v1/notifications',
    summary:
        'Recent alerts, newest first, with each channel delivery outcome; repeats held back by throttling show as suppressed, and their count as a summary alert.',
    tag: 'notifications',
    auth: 'salesforce',
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).optional() }),
    response: z.object({
        alerts: z.array(
            z.object({
                id: z.string(),
                kind: z.string(),
                mappingName: z.string(),
                runId: z.string().nullable(),
                message: z.string(),
                details: z.record(z.string(), z.unknown()).nullable(),
                status: z.enum(['sent', 'suppressed', 'summary']),
                windowAlertId: z.string().nullable(),
                createdAt: z.string(),
                deliveries: z.array(
                    z.object({
                        channel: z.string(),
                        outcome: z.enum(['sent', 'failed', 'skipped']),
                        error: z.string().nullable(),
                        deliveredAt: z.string()
                    })
                )
            })
        )
    }),
    handler: async ({ deps, query }) => {
        await deps.notifier.flushThrottled();
        return { body: { alerts: await deps.notifier.recent(query.limit ?? 50) } };
    }
});
