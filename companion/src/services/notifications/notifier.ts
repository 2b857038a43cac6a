/** Alerts to admins. The notifications helper owns this file and its implementation. */
import type { NotificationSettingsInput, PublicNotificationSettings } from './settings-schema';

export type AlertKind =
    'run_failed' | 'conflicts_held' | 'authorization_revoked' | 'budget_reached';

export interface Alert {
    kind: AlertKind;
    mappingName: string;
    runId?: string;
    message: string;
    details?: Record<string, unknown>;
}

export type ChannelName = 'email' | 'in_app' | 'webhook';

export interface ChannelResult {
    channel: ChannelName;
    outcome: 'sent' | 'failed' | 'skipped';
    error?: string;
}

export interface NotifyResult {
    alertId: string;
    /** `suppressed`: a repeat inside an earlier alert's 30-minute window; counted, not sent. */
    status: 'sent' | 'suppressed';
    channels: ChannelResult[];
}

export interface StoredAlert {
    id: string;
    kind: string;
    mappingName: string;
    runId: string | null;
    message: string;
    details: Record<string, unknown> | null;
    status: 'sent' | 'suppressed' | 'summary';
    windowAlertId: string | null;
    createdAt: string;
    deliveries: Array<{
        channel: string;
        outcome: ChannelResult['outcome'];
        error: string | null;
        deliveredAt: string;
    }>;
}

export interface Notifier {
    /** Never throws for a channel's failure: each outcome is recorded and returned. */
    notify(alert: Alert): Promise<NotifyResult>;
    /** Sends the summaries of throttling windows that have closed with repeats in them. */
    flushThrottled(): Promise<void>;
    settings(): Promise<PublicNotificationSettings>;
    updateSettings(input: NotificationSettingsInput): Promise<PublicNotificationSettings>;
    /** One test alert through every configured channel, unthrottled. */
    sendTest(): Promise<NotifyResult>;
    recent(limit: number): Promise<StoredAlert[]>;
}
