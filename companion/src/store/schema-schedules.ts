/** Table types of this area, merged into DatabaseSchema. */

/** One row per mapping that has a schedule; a mapping without one is manual. */
export interface SchedulesTable {
    mapping_name: string;
    /** manual | interval | daily | cron | realtime */
    kind: string;
    /** JSON of the kind's settings, e.g. {"everyMinutes":15}. */
    settings: string;
    updated_at: string;
    last_run_at: string | null;
    /** When the next scheduled run is due; null for manual and realtime. */
    next_due_at: string | null;
}

/** Trustworthy webhook event ids already handled, kept for the signature's timestamp window. */
export interface WebhookEventsSeenTable {
    event_id: string;
    seen_at: string;
}

/** The webhook subscription Trustworthy gave us, with the secret its deliveries are signed with. */
export interface WebhookSubscriptionsTable {
    id: string;
    url: string;
    /** Sealed by the secret box when one is available; see `secret_sealed`. */
    secret: string;
    /** 1 when `secret` is sealed, 0 when it is stored as given. */
    secret_sealed: number;
    created_at: string;
}

/** The last Change Data Capture replay id seen per streaming channel, to resume after a restart. */
export interface StreamingReplayTable {
    channel: string;
    replay_id: number;
    updated_at: string;
}

export interface SchedulesTables {
    schedules: SchedulesTable;
    webhook_events_seen: WebhookEventsSeenTable;
    webhook_subscriptions: WebhookSubscriptionsTable;
    streaming_replay: StreamingReplayTable;
}
