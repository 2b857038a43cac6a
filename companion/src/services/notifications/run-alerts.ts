/** The alerts a finished run calls for: a failure (or revoked authorisation) and held records. */
import type { RunSummary } from '../../engine/runner/summary';
import type { Alert } from './notifier';

/* What Salesforce and OAuth say when the integration user's access is gone:
   an expired or revoked refresh token, a deactivated user, a blocked app. */
const REVOKED =
    /invalid_grant|expired access\/refresh token|INVALID_SESSION_ID|inactive user|user is not admin approved|app.*(blocked|not installed)/i;

export function alertsForRun(summary: RunSummary, mappingName: string): Alert[] {
    const alerts: Alert[] = [];
    const base = { mappingName, runId: summary.runId };

    if (summary.status === 'failed') {
        const reason = summary.error ?? 'the run failed without an error message';
        alerts.push(
            REVOKED.test(reason)
                ? {
                      ...base,
                      kind: 'authorization_revoked',
                      message: `Salesforce refused the companion's authorisation; reconnect the org. ${reason}`
                  }
                : { ...base, kind: 'run_failed', message: `The sync run failed: ${reason}` }
        );
    } else if (summary.totals.failed > 0) {
        alerts.push({
            ...base,
            kind: 'run_failed',
            message: `${summary.totals.failed} record(s) failed to sync; see the run for each error.`,
            details: { failedRecords: summary.totals.failed }
        });
    }

    if (summary.totals.held > 0) {
        alerts.push({
            ...base,
            kind: 'conflicts_held',
            message: `${summary.totals.held} record(s) are held for review.`,
            details: { heldRecords: summary.totals.held }
        });
    }
    return alerts;
}
