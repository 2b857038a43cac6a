/** Alerts to admins. The notifications helper owns this file and its implementation. */

export type AlertKind = 'run_failed' | 'conflicts_held' | 'authorization_revoked' | 'budget_reached';

export interface Alert {
    kind: AlertKind;
    mappingName: string;
    runId?: string;
    message: string;
    details?: Record<string, unknown>;
}

export interface Notifier {
    notify(alert: Alert): Promise<void>;
}
