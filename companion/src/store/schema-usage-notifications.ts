/** Table types of the usage and notifications area, merged into DatabaseSchema. */

/** One row (id 1): the sync's share of the org's daily API limit and the last usage seen. */
export interface UsageBudgetTable {
    id: number;
    share_percent: number;
    /** The org's usage as Sforce-Limit-Info or /limits last reported it; null until seen. */
    org_used: number | null;
    org_limit: number | null;
    observed_at: string | null;
    /** When a budget_reached alert last went out, so it goes out once per day at most. */
    alerted_at: string | null;
    updated_at: string;
}

/** The sync's own Salesforce calls per minute: a rolling 24 hours, like the org's count. */
export interface UsageCallsTable {
    minute_start: string;
    calls: number;
}

/** One row (id 1): the alert channels as JSON, secrets sealed. */
export interface NotificationSettingsTable {
    id: number;
    body: string;
    updated_at: string;
}

export interface AlertsTable {
    id: string;
    kind: string;
    mapping_name: string;
    run_id: string | null;
    message: string;
    /** JSON object or null. */
    details: string | null;
    /** `sent`: delivered to the channels; `suppressed`: a repeat inside another alert's window; `summary`: the window's count of repeats. */
    status: string;
    /** For a suppressed repeat or a summary: the alert whose window it belongs to. */
    window_alert_id: string | null;
    /** For a sent alert: set once its window's repeats have been summarised. */
    summarised_at: string | null;
    created_at: string;
}

export interface AlertDeliveriesTable {
    alert_id: string;
    channel: string;
    outcome: string;
    error: string | null;
    delivered_at: string;
}

export interface UsageNotificationsTables {
    usage_budget: UsageBudgetTable;
    usage_calls: UsageCallsTable;
    notification_settings: NotificationSettingsTable;
    alerts: AlertsTable;
    alert_deliveries: AlertDeliveriesTable;
}
