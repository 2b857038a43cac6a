/**
 * Raises alerts and throttles repeats: the first alert of a kind for a
 * mapping goes out at once and opens a 30-minute window; repeats inside it
 * are recorded as suppressed, and when the window has closed one summary
 * with their count goes out. Alerts are handled one at a time, so two
 * failures arriving together cannot both open a window.
 */
import { randomUUID } from 'node:crypto';

import type { Logger } from '../../lib/logger';
import type { AlertRow, NotificationsRepository } from '../../store/notifications-repository';
import type { AlertChannel, OutgoingAlert } from './channels/channel';
import type { NotificationSettingsStore } from './notification-settings';
import type { Alert, ChannelResult, NotifyResult } from './notifier';

export const THROTTLE_WINDOW_MS = 30 * 60 * 1000;

export interface AlertDispatcherDeps {
    repository: NotificationsRepository;
    settings: NotificationSettingsStore;
    channels: AlertChannel[];
    now: () => Date;
    logger: Logger;
}

export class AlertDispatcher {
    private queue: Promise<unknown> = Promise.resolve();

    constructor(private readonly deps: AlertDispatcherDeps) {}

    notify(alert: Alert): Promise<NotifyResult> {
        return this.oneAtATime(async () => {
            await this.flushClosedWindows();
            const now = this.deps.now();
            const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
            const open = await this.deps.repository.openWindow(
                alert.kind,
                alert.mappingName,
                windowStart
            );

            const row = rowOf(alert, open ? 'suppressed' : 'sent', open?.id ?? null, now);
            await this.deps.repository.insertAlert(row);
            if (open) return { alertId: row.id, status: 'suppressed', channels: [] };
            return { alertId: row.id, status: 'sent', channels: await this.deliver(row, 0) };
        });
    }

    sendTest(): Promise<NotifyResult> {
        return this.oneAtATime(async () => {
            const row = rowOf(
                {
                    kind: 'test',
                    mappingName: '*',
                    message: 'This is a test alert from the Trustworthy Sync companion.'
                },
                'sent',
                null,
                this.deps.now()
            );
            await this.deps.repository.insertAlert(row);
            return { alertId: row.id, status: 'sent', channels: await this.deliver(row, 0) };
        });
    }

    flushThrottled(): Promise<void> {
        return this.oneAtATime(() => this.flushClosedWindows());
    }

    private async flushClosedWindows(): Promise<void> {
        const now = this.deps.now();
        const closedBy = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
        for (const {
            alert,
            repeats,
            lastRepeatAt
        } of await this.deps.repository.closedWindowsWithRepeats(closedBy)) {
            const message = `${repeats} more alert(s) like this were held back between ${alert.createdAt} and ${lastRepeatAt}: ${alert.message}`;
            const summary = rowOf(
                {
                    kind: alert.kind,
                    mappingName: alert.mappingName,
                    message,
                    details: { repeats, firstAlertId: alert.id }
                },
                'summary',
                alert.id,
                now
            );
            await this.deps.repository.insertAlert(summary);
            await this.deps.repository.markSummarised(alert.id, now.toISOString());
            await this.deliver(summary, repeats);
        }
    }

    private async deliver(row: AlertRow, suppressedRepeats: number): Promise<ChannelResult[]> {
        const settings = await this.deps.settings.load();
        const outgoing: OutgoingAlert = {
            id: row.id,
            kind: row.kind,
            mappingName: row.mappingName,
            runId: row.runId ?? undefined,
            message: row.message,
            details: row.details,
            createdAt: row.createdAt,
            suppressedRepeats
        };

        const results = await Promise.all(
            this.deps.channels.map((channel) => channel.send(outgoing, settings))
        );
        const deliveredAt = this.deps.now().toISOString();
        for (const result of results) {
            await this.deps.repository.addDelivery(row.id, {
                channel: result.channel,
                outcome: result.outcome,
                error: result.error ?? null,
                deliveredAt
            });
            if (result.outcome === 'failed')
                this.deps.logger.warn(
                    { alertId: row.id, channel: result.channel, error: result.error },
                    'alert channel failed'
                );
        }
        return results;
    }

    private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
        const next = this.queue.then(work, work);
        this.queue = next.catch(() => undefined);
        return next;
    }
}

function rowOf(
    alert: Pick<Alert, 'mappingName' | 'message' | 'details' | 'runId'> & { kind: string },
    status: AlertRow['status'],
    windowAlertId: string | null,
    now: Date
): AlertRow {
    return {
        id: randomUUID(),
        kind: alert.kind,
        mappingName: alert.mappingName,
        runId: alert.runId ?? null,
        message: alert.message,
        details: alert.details ?? null,
        status,
        windowAlertId,
        createdAt: now.toISOString()
    };
}
