/**
 * The run summary: per pairing and direction, how many records were created,
 * updated, left unchanged, held for review or failed, and what the run cost
 * in API calls. Printed for people, or as JSON with --json.
 */

export interface DirectionCounts {
    created: number;
    updated: number;
    deleted: number;
    unchanged: number;
    held: number;
    failed: number;
}

export interface PairingSummary {
    pairingId: string;
    salesforceObject: string;
    trustworthyObject: string;
    toSalesforce: DirectionCounts;
    toTrustworthy: DirectionCounts;
    warnings: number;
}

export interface RunSummary {
    runId: string;
    status: 'completed' | 'completed_with_errors' | 'failed' | 'paused' | 'budget_reached';
    startedAt: string;
    finishedAt: string;
    pairings: PairingSummary[];
    totals: DirectionCounts & { warnings: number };
    apiCalls: {
        salesforce: { used: number; orgUsed: number | null; dailyLimit: number | null };
        trustworthy: { used: number };
    };
    error?: string;
    /** Why the run ended before its work was done; the next run continues it. */
    stoppedBy?: 'paused' | 'budget' | 'record_cap';
}

export function emptyCounts(): DirectionCounts {
    return { created: 0, updated: 0, deleted: 0, unchanged: 0, held: 0, failed: 0 };
}

export function totalsOf(pairings: PairingSummary[]): RunSummary['totals'] {
    const totals = { ...emptyCounts(), warnings: 0 };
    for (const pairing of pairings) {
        for (const counts of [pairing.toSalesforce, pairing.toTrustworthy]) {
            totals.created += counts.created;
            totals.updated += counts.updated;
            totals.deleted += counts.deleted;
            totals.unchanged += counts.unchanged;
            totals.held += counts.held;
            totals.failed += counts.failed;
        }
        totals.warnings += pairing.warnings;
    }
    return totals;
}

export function formatSummary(summary: RunSummary): string {
    const lines = [`Sync run ${summary.runId}: ${summary.status.replace(/_/g, ' ')}`];
    const labelled = summary.pairings.flatMap((pairing) => {
        const name = `${pairing.salesforceObject} ↔ ${pairing.trustworthyObject}`;
        return [
            {
                label: `${name}: Trustworthy → Salesforce`,
                counts: pairing.toSalesforce,
                warnings: 0
            },
            {
                label: `${name}: Salesforce → Trustworthy`,
                counts: pairing.toTrustworthy,
                warnings: pairing.warnings
            }
        ];
    });
    const width =
        Math.max('pairing / direction'.length, ...labelled.map((entry) => entry.label.length)) + 2;
    lines.push(
        pad('pairing / direction', width) + COLUMNS.map((column) => pad(column, 10)).join('')
    );

    for (const entry of labelled) {
        lines.push(row(entry.label, entry.counts, width));
        if (entry.warnings > 0)
            lines.push(`  ${entry.warnings} warning(s) recorded in the audit log`);
    }

    const sf = summary.apiCalls.salesforce;
    const limit =
        sf.dailyLimit === null ? 'unknown' : `${sf.orgUsed ?? '?'} of ${sf.dailyLimit} used today`;
    lines.push(`Salesforce API calls this run: ${sf.used} (org daily limit: ${limit})`);
    lines.push(`Trustworthy API calls this run: ${summary.apiCalls.trustworthy.used}`);
    if (summary.stoppedBy)
        lines.push(
            `Stopped early (${summary.stoppedBy.replace(/_/g, ' ')}); the next run continues from here.`
        );
    if (summary.error) lines.push(`Error: ${summary.error}`);
    return lines.join('\n');
}

const COLUMNS = ['created', 'updated', 'deleted', 'unchanged', 'held', 'failed'] as const;

function row(label: string, counts: DirectionCounts, width: number): string {
    return pad(label, width) + COLUMNS.map((column) => pad(String(counts[column]), 10)).join('');
}

function pad(text: string, width: number): string {
    return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}
