import { LightningElement, api } from 'lwc';
import listRuns from '@salesforce/apex/TrustworthySetupController.listRuns';
import { reduceErrors } from 'c/syncErrors';
import type { SyncError } from 'c/syncErrors';
import { readRunsPage } from 'c/syncReplies';
import type { RunSummary } from 'c/syncReplies';
import { runStatusLabel, triggerLabel } from 'c/syncLabels';

const PAGE_SIZE = 20;

interface RunRow {
    id: string;
    startedAt: string;
    trigger: string;
    status: string;
    created: number | null;
    updated: number | null;
    failed: number | null;
    held: number | null;
    apiCalls: string;
}

const COLUMNS = [
    {
        label: 'Started',
        fieldName: 'startedAt',
        type: 'date',
        typeAttributes: {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit'
        }
    },
    { label: 'Trigger', fieldName: 'trigger' },
    { label: 'Status', fieldName: 'status' },
    { label: 'Created', fieldName: 'created', type: 'number' },
    { label: 'Updated', fieldName: 'updated', type: 'number' },
    { label: 'Failed', fieldName: 'failed', type: 'number' },
    { label: 'Held', fieldName: 'held', type: 'number' },
    { label: 'API calls', fieldName: 'apiCalls' },
    {
        type: 'button',
        label: 'Details',
        initialWidth: 140,
        typeAttributes: {
            label: 'View changes',
            name: 'open',
            variant: 'base'
        }
    }
];

// A run still going, or one that stopped before summing up, has no totals.
function toRow(run: RunSummary): RunRow {
    const calls = run.apiCalls;
    return {
        id: run.id,
        startedAt: run.startedAt,
        trigger: triggerLabel(run.trigger),
        status: runStatusLabel(run.status),
        created: run.totals?.created ?? null,
        updated: run.totals?.updated ?? null,
        failed: run.totals?.failed ?? null,
        held: run.totals?.held ?? null,
        apiCalls: calls
            ? `Salesforce ${calls.salesforce} · Trustworthy ${calls.trustworthy}`
            : '—'
    };
}

/** The run history of the sync; a run's changes open below the table. */
export default class TrustworthyRuns extends LightningElement {
    /** Shows only this mapping's runs when set. */
    @api mappingName: string | undefined;

    columns = COLUMNS;
    rows: RunRow[] = [];
    total = 0;
    pageStart = 0;
    isLoading = true;
    errors: SyncError[] | undefined;
    selectedRunId: string | undefined;

    override connectedCallback(): void {
        void this.loadRuns();
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.errors && this.rows.length === 0;
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get pageText(): string {
        const last = Math.min(this.pageStart + PAGE_SIZE, this.total);
        return `Runs ${this.pageStart + 1}–${last} of ${this.total}`;
    }

    get isFirstPage(): boolean {
        return this.pageStart === 0;
    }

    get isLastPage(): boolean {
        return this.pageStart + PAGE_SIZE >= this.total;
    }

    async loadRuns(): Promise<void> {
        this.isLoading = true;
        this.errors = undefined;

        try {
            const page = readRunsPage(
                await listRuns({
                    mappingName: this.mappingName ?? null,
                    pageSize: PAGE_SIZE,
                    pageStart: this.pageStart
                })
            );
            this.rows = page.runs.map(toRow);
            this.total = page.total;
        } catch (error) {
            this.rows = [];
            this.errors = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    handleRefresh(): void {
        void this.loadRuns();
    }

    handlePrevious(): void {
        this.pageStart = Math.max(0, this.pageStart - PAGE_SIZE);
        void this.loadRuns();
    }

    handleNext(): void {
        this.pageStart += PAGE_SIZE;
        void this.loadRuns();
    }

    handleRowAction(
        event: CustomEvent<{ action: { name: string }; row: RunRow }>
    ): void {
        if (event.detail.action.name === 'open') {
            this.selectedRunId = event.detail.row.id;
        }
    }

    handleCloseDetail(): void {
        this.selectedRunId = undefined;
    }

    // A retry or rollback starts a new run: show it at the top of the list.
    handleRunStarted(): void {
        this.pageStart = 0;
        void this.loadRuns();
    }
}
