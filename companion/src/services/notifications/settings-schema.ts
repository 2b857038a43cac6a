/**
 * The alert channels as the API accepts them, as they are stored (secrets
 * sealed) and as they are shown (secrets replaced by `passwordSet` and
 * `secretSet`). A secret left out of an update keeps its stored value; null
 * clears it.
 */
import { z } from 'zod';

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const DEVELOPER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const emailAddress = z.email().max(254);
const salesforceId = z.string().regex(SALESFORCE_ID, 'must be a 15- or 18-character Salesforce Id');

export const emailSettingsInput = z.strictObject({
    enabled: z.boolean(),
    host: z
        .string()
        .min(1)
        .max(253)
        .regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/, 'must be a host name or IP address'),
    port: z.number().int().min(1).max(65535),
    /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
    secure: z.boolean(),
    user: z.string().min(1).max(254).optional(),
    password: z.string().min(1).max(1024).nullable().optional(),
    from: emailAddress,
    to: z.array(emailAddress).min(1).max(20)
});

export const inAppSettingsInput = z.strictObject({
    enabled: z.boolean(),
    recipientIds: z.array(salesforceId).min(1).max(50),
    /** The record the notification opens; the first recipient's user record when left out. */
    targetId: salesforceId.optional(),
    notificationType: z
        .string()
        .regex(DEVELOPER_NAME, 'must be a developer name')
        .default('Trustworthy_Sync_Alert')
});

export const webhookSettingsInput = z.strictObject({
    enabled: z.boolean(),
    url: z
        .string()
        .max(2048)
        .refine(isAllowedWebhookUrl, 'must be an https URL, or http://127.0.0.1 for local testing'),
    secret: z.string().min(16).max(256).nullable().optional()
});

export const notificationSettingsInput = z.strictObject({
    email: emailSettingsInput.nullable(),
    inApp: inAppSettingsInput.nullable(),
    webhook: webhookSettingsInput.nullable()
});

export type NotificationSettingsInput = z.infer<typeof notificationSettingsInput>;

export interface StoredEmailSettings extends Omit<z.infer<typeof emailSettingsInput>, 'password'> {
    sealedPassword?: string;
}
export type StoredInAppSettings = z.infer<typeof inAppSettingsInput>;
export interface StoredWebhookSettings extends Omit<
    z.infer<typeof webhookSettingsInput>,
    'secret'
> {
    sealedSecret?: string;
}

export interface StoredNotificationSettings {
    email: StoredEmailSettings | null;
    inApp: StoredInAppSettings | null;
    webhook: StoredWebhookSettings | null;
}

export const publicNotificationSettings = z.object({
    email: emailSettingsInput
        .omit({ password: true })
        .extend({ passwordSet: z.boolean() })
        .nullable(),
    inApp: inAppSettingsInput.nullable(),
    webhook: webhookSettingsInput
        .omit({ secret: true })
        .extend({ secretSet: z.boolean() })
        .nullable()
});

export type PublicNotificationSettings = z.infer<typeof publicNotificationSettings>;

export function toPublicSettings(stored: StoredNotificationSettings): PublicNotificationSettings {
    const { email, webhook } = stored;
    return {
        email: email
            ? {
                  ...withoutKey(email, 'sealedPassword'),
                  passwordSet: email.sealedPassword !== undefined
              }
            : null,
        inApp: stored.inApp,
        webhook: webhook
            ? {
                  ...withoutKey(webhook, 'sealedSecret'),
                  secretSet: webhook.sealedSecret !== undefined
              }
            : null
    };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
    const copy = { ...value };
    delete copy[key];
    return copy;
}

/**
 * Alerts may only leave over TLS, or to this machine's loopback address for
 * local testing. Private and link-local literals are refused even over
 * https so the setting cannot be used to reach internal services.
 */
export function isAllowedWebhookUrl(text: string): boolean {
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return false;
    }
    if (url.username !== '' || url.password !== '') return false;
    if (url.protocol === 'http:') return url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:') return false;
    return !isInternalAddress(url.hostname);
}

function isInternalAddress(hostname: string): boolean {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal'))
        return true;
    if (host.includes(':'))
        return (
            host === '::' ||
            host === '::1' ||
            /^f[cd]/.test(host) ||
            /^fe[89ab]/.test(host) ||
            host.startsWith('::ffff:')
        );

    const octets = host.split('.').map(Number);
    if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet))) return false;
    const [a = 0, b = 0] = octets;
    return (
        a === 0 ||
        a === 10 ||
        a === 127 ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 100 && b >= 64 && b <= 127)
    );
}
