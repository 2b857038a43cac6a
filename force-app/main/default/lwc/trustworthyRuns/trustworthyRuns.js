import { LightningElement, api } from 'lwc';
import listRuns from '@salesforce/apex/TrustworthySetupController.listRuns';
import { reduceErrors } from 'c/syncErrors';
import { readRunsPage } from 'c/syncReplies';
import { runStatusLabel, triggerLabel } from 'c/syncLabels';
const PAGE_SIZE = 20;
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
function toRow(run) {
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
    @api
    mappingName;
    columns = COLUMNS;
    rows = [];
    total = 0;
    pageStart = 0;
    isLoading = true;
    errors;
    selectedRunId;
    connectedCallback() {
        void this.loadRuns();
    }
    get isEmpty() {
        return !this.isLoading && !this.errors && this.rows.length === 0;
    }
    get hasRows() {
        return this.rows.length > 0;
    }
    get pageText() {
        const last = Math.min(this.pageStart + PAGE_SIZE, this.total);
        return `Runs ${this.pageStart + 1}–${last} of ${this.total}`;
    }
    get isFirstPage() {
        return this.pageStart === 0;
    }
    get isLastPage() {
        return this.pageStart + PAGE_SIZE >= this.total;
    }
    async loadRuns() {
        this.isLoading = true;
        this.errors = undefined;
        try {
            const page = readRunsPage(await listRuns({
                mappingName: this.mappingName ?? null,
                pageSize: PAGE_SIZE,
                pageStart: this.pageStart
            }));
            this.rows = page.runs.map(toRow);
            this.total = page.total;
        }
        catch (error) {
            this.rows = [];
            this.errors = reduceErrors(error);
        }
        finally {
            this.isLoading = false;
        }
    }
    handleRefresh() {
        void this.loadRuns();
    }
    handlePrevious() {
        this.pageStart = Math.max(0, this.pageStart - PAGE_SIZE);
        void this.loadRuns();
    }
    handleNext() {
        this.pageStart += PAGE_SIZE;
        void this.loadRuns();
    }
    handleRowAction(event) {
        if (event.detail.action.name === 'open') {
            this.selectedRunId = event.detail.row.id;
        }
    }
    handleCloseDetail() {
        this.selectedRunId = undefined;
    }
    // A retry or rollback starts a new run: show it at the top of the list.
    handleRunStarted() {
        this.pageStart = 0;
        void this.loadRuns();
    }
}
