/** Alert channels' settings, the alerts raised, and how each channel took them. */
import type { Store } from './database';

export type AlertStatus = 'sent' | 'suppressed' | 'summary';
export type DeliveryOutcome = 'sent' | 'failed' | 'skipped';

export interface AlertRow {
    id: string;
    kind: string;
    mappingName: string;
    runId: string | null;
    message: string;
    details: Record<string, unknown> | null;
    status: AlertStatus;
    windowAlertId: string | null;
    createdAt: string;
}

export interface DeliveryRow {
    channel: string;
    outcome: DeliveryOutcome;
    error: string | null;
    deliveredAt: string;
}

export class NotificationsRepository {
    constructor(private readonly store: Store) {}

    async settingsBody(): Promise<string | undefined> {
        const row = await this.store
            .selectFrom('notification_settings')
            .select('body')
            .where('id', '=', 1)
            .executeTakeFirst();
        return row?.body;
    }

    async saveSettingsBody(body: string, now: string): Promise<void> {
        await this.store
            .insertInto('notification_settings')
            .values({ id: 1, body, updated_at: now })
            .onConflict((conflict) => conflict.column('id').doUpdateSet({ body, updated_at: now }))
            .execute();
    }

    async insertAlert(alert: AlertRow): Promise<void> {
        await this.store
            .insertInto('alerts')
            .values({
                id: alert.id,
                kind: alert.kind,
                mapping_name: alert.mappingName,
                run_id: alert.runId,
                message: alert.message,
                details: alert.details === null ? null : JSON.stringify(alert.details),
                status: alert.status,
                window_alert_id: alert.windowAlertId,
                summarised_at: null,
                created_at: alert.createdAt
            })
            .execute();
    }

    /** The alert of this kind and mapping that went out after `since`, if any: its window is still open. */
    async openWindow(
        kind: string,
        mappingName: string,
        since: string
    ): Promise<AlertRow | undefined> {
        const row = await this.store
            .selectFrom('alerts')
            .selectAll()
            .where('kind', '=', kind)
            .where('mapping_name', '=', mappingName)
            .where('status', '=', 'sent')
            .where('created_at', '>', since)
            .orderBy('created_at', 'desc')
            .executeTakeFirst();
        return row ? toAlert(row) : undefined;
    }

    /** Sent alerts whose window closed at or before `closedBy` with repeats not yet summarised, and how many. */
    async closedWindowsWithRepeats(
        closedBy: string
    ): Promise<Array<{ alert: AlertRow; repeats: number; lastRepeatAt: string }>> {
        const rows = await this.store
            .selectFrom('alerts as sent')
            .innerJoin('alerts as repeat', 'repeat.window_alert_id', 'sent.id')
            .selectAll('sent')
            .select((eb) => [
                eb.fn.countAll<number>().as('repeats'),
                eb.fn.max('repeat.created_at').as('last_repeat_at')
            ])
            .where('sent.status', '=', 'sent')
            .where('sent.summarised_at', 'is', null)
            .where('sent.created_at', '<=', closedBy)
            .where('repeat.status', '=', 'suppressed')
            .groupBy('sent.id')
            .execute();
        return rows.map((row) => ({
            alert: toAlert(row),
            repeats: Number(row.repeats),
            lastRepeatAt: String(row.last_repeat_at)
        }));
    }

    async markSummarised(alertId: string, now: string): Promise<void> {
        await this.store
            .updateTable('alerts')
            .set({ summarised_at: now })
            .where('id', '=', alertId)
            .execute();
    }

    async addDelivery(alertId: string, delivery: DeliveryRow): Promise<void> {
        await this.store
            .insertInto('alert_deliveries')
            .values({
                alert_id: alertId,
                channel: delivery.channel,
                outcome: delivery.outcome,
                error: delivery.error,
                delivered_at: delivery.deliveredAt
            })
            .execute();
    }

    async recent(limit: number): Promise<Array<AlertRow & { deliveries: DeliveryRow[] }>> {
        const rows = await this.store
            .selectFrom('alerts')
            .selectAll()
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc')
            .limit(limit)
            .execute();
        const ids = rows.map((row) => row.id);
        const deliveries =
            ids.length === 0
                ? []
                : await this.store
                      .selectFrom('alert_deliveries')
                      .selectAll()
                      .where('alert_id', 'in', ids)
                      .execute();

        return rows.map((row) => ({
            ...toAlert(row),
            deliveries: deliveries
                .filter((delivery) => delivery.alert_id === row.id)
                .map((delivery) => ({
                    channel: delivery.channel,
                    outcome: delivery.outcome as DeliveryOutcome,
                    error: delivery.error,
                    deliveredAt: delivery.delivered_at
                }))
        }));
    }
}

interface RawAlert {
    id: string;
    kind: string;
    mapping_name: string;
    run_id: string | null;
    message: string;
    details: string | null;
    status: string;
    window_alert_id: string | null;
    created_at: string;
}

function toAlert(row: RawAlert): AlertRow {
    return {
        id: row.id,
        kind: row.kind,
        mappingName: row.mapping_name,
        runId: row.run_id,
        message: row.message,
        details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
        status: row.status as AlertStatus,
        windowAlertId: row.window_alert_id,
        createdAt: row.created_at
    };
}
