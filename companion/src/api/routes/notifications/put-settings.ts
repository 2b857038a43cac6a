import { defineRoute } from '../../define-route';
import {
    notificationSettingsInput,
    publicNotificationSettings
} from '../../../services/notifications/settings-schema';

export const putNotificationSettings = defineRoute({
    method: 'put',
    path: '/api/v1/notifications/settings',
    summary:
        'Replaces the alert channels; null turns a channel off. A password or webhook secret left out keeps the stored one, null clears it. Secrets are stored encrypted and never returned.',
    tag: 'notifications',
    auth: 'salesforce',
    body: notificationSettingsInput,
    response: publicNotificationSettings,
    handler: async ({ deps, body }) => ({ body: await deps.notifier.updateSettings(body) })
});
