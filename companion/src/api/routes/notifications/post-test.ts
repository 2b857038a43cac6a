import { defineRoute } from '../../define-route';
import { notifyResultContract } from './notification-contracts';

export const postNotificationTest = defineRoute({
    method: 'post',
    path: '/api/v1/notifications/test',
    summary:
        "Sends a test alert through every configured channel and reports each channel's outcome (sent, failed with the reason, or skipped when not configured).",
    tag: 'notifications',
    auth: 'salesforce',
    response: notifyResultContract,
    handler: async ({ deps }) => ({ body: await deps.notifier.sendTest() })
});
