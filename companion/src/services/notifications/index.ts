/**
 * The notifier: alerts stored, throttled and sent by email, as Salesforce
 * in-app notifications and to an optional signed webhook.
 */
import { secretBoxFor } from '../../lib/secret-box-key';
import type { SecretBox } from '../../lib/secret-box';
import { NotificationsRepository } from '../../store/notifications-repository';
import type { LazyDeps, ServiceContext } from '../service-context';
import { AlertDispatcher } from './alert-dispatcher';
import { emailChannel } from './channels/email-channel';
import { inAppChannel } from './channels/in-app-channel';
import { webhookChannel } from './channels/webhook-channel';
import { NotificationSettingsStore } from './notification-settings';
import type { Notifier } from './notifier';
import { toPublicSettings } from './settings-schema';

export function createNotifier(ctx: ServiceContext, deps: LazyDeps): Notifier {
    const repository = new NotificationsRepository(ctx.repositories.store);
    let secretBox: SecretBox | undefined;
    const settings = new NotificationSettingsStore(
        repository,
        () => (secretBox ??= secretBoxFor(ctx.config.encryptionKey, ctx.config.dataDir))
    );
    const openSecret = (sealed: string): string => settings.open(sealed);

    const dispatcher = new AlertDispatcher({
        repository,
        settings,
        channels: [
            emailChannel(openSecret),
            inAppChannel(() => deps().connections.salesforce()),
            webhookChannel(openSecret, ctx.now)
        ],
        now: ctx.now,
        logger: ctx.logger
    });

    return {
        notify: (alert) => dispatcher.notify(alert),
        flushThrottled: () => dispatcher.flushThrottled(),
        sendTest: () => dispatcher.sendTest(),
        settings: async () => toPublicSettings(await settings.load()),
        updateSettings: async (input) =>
            toPublicSettings(await settings.save(input, ctx.now().toISOString())),
        recent: async (limit) => repository.recent(limit)
    };
}
