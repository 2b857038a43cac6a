/**
 * Alerts as Salesforce bell notifications: the custom notification type the
 * package deploys, sent through the standard custom notification action.
 */
import type { SalesforcePort } from '../../../engine/runner/ports';
import { alertBody, alertTitle, truncate } from '../alert-text';
import type { AlertChannel } from './channel';
import { failed, skipped } from './channel';

/** Salesforce's documented maximums for the action's title and body. */
const MAX_TITLE = 250;
const MAX_BODY = 750;

export function inAppChannel(salesforce: () => Promise<SalesforcePort>): AlertChannel {
    const typeIds = new Map<string, string>();

    return {
        name: 'in_app',
        async send(alert, settings) {
            const inApp = settings.inApp;
            if (!inApp?.enabled)
                return skipped('in_app', 'in-app notifications are not configured');

            try {
                const port = await salesforce();
                const typeId =
                    typeIds.get(inApp.notificationType) ??
                    (await port.customNotificationTypeId(inApp.notificationType));
                if (!typeId)
                    return failed(
                        'in_app',
                        `the org has no custom notification type ${inApp.notificationType}`
                    );
                typeIds.set(inApp.notificationType, typeId);

                const outcome = await port.sendCustomNotification({
                    customNotifTypeId: typeId,
                    recipientIds: inApp.recipientIds,
                    title: truncate(alertTitle(alert), MAX_TITLE),
                    body: truncate(alertBody(alert), MAX_BODY),
                    targetId: inApp.targetId ?? inApp.recipientIds[0] ?? ''
                });
                if (outcome.ok) return { channel: 'in_app', outcome: 'sent' };
                // The type may have been deleted and redeployed with a new Id: look it up again next time.
                typeIds.delete(inApp.notificationType);
                return failed('in_app', `${outcome.errorCode}: ${outcome.message}`);
            } catch (error) {
                return failed('in_app', error);
            }
        }
    };
}
