/** One way an alert reaches an admin. A channel reports its failure; it never throws. */
import type { AlertLike } from '../alert-text';
import type { ChannelName, ChannelResult } from '../notifier';
import type { StoredNotificationSettings } from '../settings-schema';

export interface OutgoingAlert extends AlertLike {
    id: string;
    createdAt: string;
    details: Record<string, unknown> | null;
    /** Repeats folded into this one by throttling; 0 for an ordinary alert. */
    suppressedRepeats: number;
}

export interface AlertChannel {
    name: ChannelName;
    send(alert: OutgoingAlert, settings: StoredNotificationSettings): Promise<ChannelResult>;
}

const MAX_ERROR_LENGTH = 300;

export function failed(channel: ChannelName, error: unknown): ChannelResult {
    const message = error instanceof Error ? error.message : String(error);
    return { channel, outcome: 'failed', error: message.slice(0, MAX_ERROR_LENGTH) };
}

export function skipped(channel: ChannelName, reason: string): ChannelResult {
    return { channel, outcome: 'skipped', error: reason };
}
