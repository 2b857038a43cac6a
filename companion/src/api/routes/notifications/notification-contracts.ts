/** Reply shapes shared by the notifications endpoints. */
import { z } from 'zod';

export const channelResultContract = z.object({
    channel: z.enum(['email', 'in_app', 'webhook']),
    outcome: z.enum(['sent', 'failed', 'skipped']),
    error: z.string().optional()
});

export const notifyResultContract = z.object({
    alertId: z.string(),
    status: z.enum(['sent', 'suppressed']),
    channels: z.array(channelResultContract)
});
