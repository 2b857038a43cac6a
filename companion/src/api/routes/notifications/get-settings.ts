import { defineRoute } from '../../define-route';
import { publicNotificationSettings } from '../../../services/notifications/settings-schema';

export const getNotificationSettings = defineRoute({
    method: 'get',
    path: '/api/v1/notifications/settings',
    summary:
        'The alert channels (email, Salesforce in-app, webhook). Secrets are never shown: passwordSet and secretSet say whether one is stored.',
    tag: 'notifications',
    auth: 'salesforce',
    response: publicNotificationSettings,
    handler: async ({ deps }) => ({ body: await deps.notifier.settings() })
});
