import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getRun from '@salesforce/apex/TrustworthySetupController.getRun';
import retryRun from '@salesforce/apex/TrustworthySetupController.retryRun';
import { reduceErrors } from 'c/syncErrors';
import { readRunDetail, readRunStarted } from 'c/syncReplies';
import { changeActionLabel, runStatusLabel, sideLabel, triggerLabel } from 'c/syncLabels';
const CHANGES_PAGE_SIZE = 50;
const COLUMNS = [
    {
        label: 'Time',
        fieldName: 'createdAt',
        type: 'date',
        typeAttributes: {
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit'
        }
    },
    { label: 'Change', fieldName: 'action' },
    { label: 'Written to', fieldName: 'target' },
    { label: 'Salesforce Id', fieldName: 'salesforceId' },
    { label: 'Trustworthy Id', fieldName: 'trustworthyId' },
    { label: 'Fields', fieldName: 'fields', wrapText: true },
    { label: 'Error', fieldName: 'error', wrapText: true }
];
// The companion retries a failed change by either side's id; only failed
// changes can be retried, so other rows carry no retry id.
function toRow(change) {
    const failed = change.action === 'fail';
    const error = [change.errorCode, change.errorMessage]
        .filter((part) => Boolean(part))
        .join(': ');
    return {
        id: change.id,
        createdAt: change.createdAt,
        action: changeActionLabel(change.action),
        target: sideLabel(change.target),
        salesforceId: change.salesforceId ?? '',
        trustworthyId: change.trustworthyId ?? '',
        fields: Object.keys(change.after ?? {}).join(', '),
        error,
        retryId: failed ? (change.salesforceId ?? change.trustworthyId) : null
    };
}
/** One run: its outcome, its per-record changes, retry and rollback. */
export default class RunDetail extends LightningElement {
    currentRunId;
    /** The companion's id of the run to show. */
    @api
    get runId() {
        return this.currentRunId;
    }
    set runId(value) {
        const changed = value !== this.currentRunId;
        this.currentRunId = value;
        if (changed && this.isConnected) {
            this.pageStart = 0;
            void this.loadRun();
        }
    }
    columns = COLUMNS;
    run;
    rows = [];
    total = 0;
    pageStart = 0;
    selectedRetryIds = [];
    isLoading = true;
    isRetrying = false;
    isConfirmingRollback = false;
    errors;
    actionErrors;
    connectedCallback() {
        void this.loadRun();
    }
    get heading() {
        if (!this.run) {
            return 'Run';
        }
        return `${this.run.mappingName} v${this.run.mappingVersion}`;
    }
    get statusText() {
        return this.run ? runStatusLabel(this.run.status) : '';
    }
    get triggerText() {
        return this.run ? triggerLabel(this.run.trigger) : '';
    }
    get totalsText() {
        const totals = this.run?.totals;
        if (!totals) {
            return 'No totals yet.';
        }
        return (`${totals.created} created, ${totals.updated} updated, ` +
            `${totals.deleted} deleted, ${totals.unchanged} unchanged, ` +
            `${totals.held} held, ${totals.failed} failed`);
    }
    get hasChanges() {
        return this.rows.length > 0;
    }
    get isEmpty() {
        return !this.isLoading && !this.errors && this.rows.length === 0;
    }
    get isRunning() {
        return this.run?.status === 'running';
    }
    get cannotRetryAll() {
        return (this.isRetrying ||
            this.isRunning ||
            (this.run?.totals?.failed ?? 0) === 0);
    }
    get cannotRetrySelected() {
        return this.isRetrying || this.selectedRetryIds.length === 0;
    }
    get cannotRollBack() {
        return (!this.run ||
            this.isRunning ||
            this.run.rolledBackBy !== null ||
            this.run.kind === 'rollback');
    }
    get pageText() {
        const last = Math.min(this.pageStart + CHANGES_PAGE_SIZE, this.total);
        return `Changes ${this.pageStart + 1}–${last} of ${this.total}`;
    }
    get isFirstPage() {
        return this.pageStart === 0;
    }
    get isLastPage() {
        return this.pageStart + CHANGES_PAGE_SIZE >= this.total;
    }
    async loadRun() {
        this.isLoading = true;
        this.errors = undefined;
        try {
            const detail = readRunDetail(await getRun({
                runId: this.currentRunId,
                pageSize: CHANGES_PAGE_SIZE,
                pageStart: this.pageStart
            }));
            this.run = detail.run;
            this.rows = detail.changes.map(toRow);
            this.total = detail.total;
            this.selectedRetryIds = [];
        }
        catch (error) {
            this.errors = reduceErrors(error);
        }
        finally {
            this.isLoading = false;
        }
    }
    handlePrevious() {
        this.pageStart = Math.max(0, this.pageStart - CHANGES_PAGE_SIZE);
        void this.loadRun();
    }
    handleNext() {
        this.pageStart += CHANGES_PAGE_SIZE;
        void this.loadRun();
    }
    handleRowSelection(event) {
        const ids = event.detail.selectedRows.flatMap((row) => row.retryId ? [row.retryId] : []);
        this.selectedRetryIds = [...new Set(ids)];
    }
    handleRetryAll() {
        return this.retry([]);
    }
    handleRetrySelected() {
        return this.retry(this.selectedRetryIds);
    }
    async retry(recordIds) {
        this.isRetrying = true;
        this.actionErrors = undefined;
        try {
            const started = readRunStarted(await retryRun({ runId: this.currentRunId, recordIds }));
            this.dispatchEvent(new ShowToastEvent({
                title: 'Retry started',
                message: `Retrying ${started.records ?? 0} record(s) in a new run.`,
                variant: 'success'
            }));
            this.announceRunStarted(started.runId);
        }
        catch (error) {
            this.actionErrors = reduceErrors(error);
        }
        finally {
            this.isRetrying = false;
        }
    }
    handleRollBack() {
        this.isConfirmingRollback = true;
    }
    handleRollbackClosed() {
        this.isConfirmingRollback = false;
    }
    handleRolledBack(event) {
        void this.loadRun();
        if (event.detail.rollbackRunId) {
            this.announceRunStarted(event.detail.rollbackRunId);
        }
    }
    handleClose() {
        this.dispatchEvent(new CustomEvent('close'));
    }
    announceRunStarted(runId) {
        this.dispatchEvent(new CustomEvent('runstarted', { detail: { runId } }));
    }
}
