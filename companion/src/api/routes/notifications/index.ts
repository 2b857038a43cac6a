import type { AnyRoute } from '../../define-route';
import { getNotifications } from './get-notifications';
import { getNotificationSettings } from './get-settings';
import { postNotificationTest } from './post-test';
import { putNotificationSettings } from './put-settings';

/** Every notifications endpoint, one file each beside this one. */
export const notificationsRoutes: AnyRoute[] = [
    getNotificationSettings,
    putNotificationSettings,
    postNotificationTest,
    getNotifications
];
