/** How an alert reads in an email subject, a bell notification and a webhook. */
import type { Alert } from './notifier';

export type AlertLike = Pick<Alert, 'mappingName' | 'message'> & {
    kind: string;
    runId?: string | undefined;
};

const TITLES: Record<string, string> = {
    run_failed: 'Sync run failed',
    conflicts_held: 'Records held for review',
    authorization_revoked: 'Salesforce authorisation revoked',
    budget_reached: 'API budget reached',
    test: 'Test alert'
};

export function alertTitle(alert: AlertLike): string {
    const title = TITLES[alert.kind] ?? alert.kind;
    return alert.mappingName === '*'
        ? `Trustworthy Sync: ${title}`
        : `Trustworthy Sync: ${title} (${alert.mappingName})`;
}

export function alertBody(alert: AlertLike): string {
    return alert.runId ? `${alert.message}\n\nRun: ${alert.runId}` : alert.message;
}

export function truncate(text: string, maxLength: number): string {
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
