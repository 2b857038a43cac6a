/**
 * Reads and saves the alert channels. Passwords and webhook secrets are
 * sealed with the companion's secret box before they reach the store and
 * opened only when a channel sends.
 */
import type { SecretBox } from '../../lib/secret-box';
import type { NotificationsRepository } from '../../store/notifications-repository';
import type { NotificationSettingsInput, StoredNotificationSettings } from './settings-schema';

const EMPTY: StoredNotificationSettings = { email: null, inApp: null, webhook: null };

export class NotificationSettingsStore {
    constructor(
        private readonly repository: NotificationsRepository,
        private readonly secretBox: () => SecretBox
    ) {}

    async load(): Promise<StoredNotificationSettings> {
        const body = await this.repository.settingsBody();
        return body === undefined ? EMPTY : (JSON.parse(body) as StoredNotificationSettings);
    }

    async save(input: NotificationSettingsInput, now: string): Promise<StoredNotificationSettings> {
        const current = await this.load();
        const next: StoredNotificationSettings = {
            email: input.email ? this.emailFrom(input.email, current.email?.sealedPassword) : null,
            inApp: input.inApp,
            webhook: input.webhook
                ? this.webhookFrom(input.webhook, current.webhook?.sealedSecret)
                : null
        };
        await this.repository.saveSettingsBody(JSON.stringify(next), now);
        return next;
    }

    open(sealed: string): string {
        return this.secretBox().open(sealed);
    }

    private emailFrom(
        input: NonNullable<NotificationSettingsInput['email']>,
        kept: string | undefined
    ): NonNullable<StoredNotificationSettings['email']> {
        const { password, ...rest } = input;
        const sealedPassword = this.nextSecret(password, kept);
        return sealedPassword === undefined ? rest : { ...rest, sealedPassword };
    }

    private webhookFrom(
        input: NonNullable<NotificationSettingsInput['webhook']>,
        kept: string | undefined
    ): NonNullable<StoredNotificationSettings['webhook']> {
        const { secret, ...rest } = input;
        const sealedSecret = this.nextSecret(secret, kept);
        return sealedSecret === undefined ? rest : { ...rest, sealedSecret };
    }

    /** Left out: keep what is stored; null: clear it; a value: seal the new one. */
    private nextSecret(
        value: string | null | undefined,
        kept: string | undefined
    ): string | undefined {
        if (value === undefined) return kept;
        if (value === null) return undefined;
        return this.secretBox().seal(value);
    }
}
