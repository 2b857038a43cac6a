import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getRecordStatus from '@salesforce/apex/TrustworthyRecordStatusController.getRecordStatus';
import syncNow from '@salesforce/apex/TrustworthyRecordStatusController.syncNow';
import getRun from '@salesforce/apex/TrustworthySetupController.getRun';
import { reduceErrors } from 'c/syncErrors';
import { readRecordStatus, readRunDetail, readRunStarted } from 'c/syncReplies';
import { changeActionLabel, directionLabel, heldKindLabel, runStatusLabel } from 'c/syncLabels';
// A one-record run usually ends within seconds; after about two minutes the
// admin is told it is still running instead of watching a spinner forever.
const POLL_INTERVAL_MS = 2000;
const MAX_POLLS = 60;
const HISTORY_SHOWN = 5;
const OUTCOMES = {
    synced: { label: 'Synced', theme: 'slds-theme_success' },
    failed: { label: 'Failed', theme: 'slds-theme_error' },
    held: { label: 'Held for review', theme: 'slds-theme_warning' },
    not_synced: { label: 'Not synced', theme: '' }
};
const FINISHED_TOASTS = {
    completed: { title: 'Record synced', variant: 'success' },
    completed_with_errors: {
        title: 'Sync finished with errors',
        variant: 'warning'
    }
};
function wait(milliseconds) {
    return new Promise((resolve) => {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- polling a started run
        setTimeout(resolve, milliseconds);
    });
}
function historyRow(entry, index) {
    return {
        key: `${entry.runId}-${index}`,
        at: entry.at,
        action: changeActionLabel(entry.action),
        direction: directionLabel(entry.direction),
        fields: entry.fields.join(', '),
        error: entry.error
    };
}
/** The record page's view of one record's sync with Trustworthy. */
export default class RecordSyncStatus extends LightningElement {
    @api
    recordId;
    @api
    objectApiName;
    /** The mapping "Sync now" runs; set per page in App Builder. */
    @api
    mappingName;
    status;
    canSyncNow = false;
    neverSynced = false;
    isLoading = true;
    isSyncing = false;
    errors;
    syncErrors;
    connected = false;
    connectedCallback() {
        this.connected = true;
        void this.loadStatus();
    }
    disconnectedCallback() {
        this.connected = false;
    }
    get hasStatus() {
        return this.status !== undefined || this.neverSynced;
    }
    get outcome() {
        const outcome = this.status?.outcome ?? 'not_synced';
        return OUTCOMES[outcome] ?? { label: outcome, theme: '' };
    }
    get badgeClass() {
        return this.outcome.theme;
    }
    get directionText() {
        return directionLabel(this.status?.direction ?? null);
    }
    get trustworthyReference() {
        return this.status?.trustworthy?.id ?? 'Not linked yet';
    }
    get heldEntries() {
        return (this.status?.held ?? []).map((entry) => ({
            id: entry.id,
            kind: heldKindLabel(entry.kind),
            createdAt: entry.createdAt
        }));
    }
    get hasHeld() {
        return this.heldEntries.length > 0;
    }
    get history() {
        return (this.status?.history ?? [])
            .slice(0, HISTORY_SHOWN)
            .map(historyRow);
    }
    get hasHistory() {
        return this.history.length > 0;
    }
    get showSyncNow() {
        return this.canSyncNow && Boolean(this.mappingName);
    }
    get needsMappingName() {
        return this.canSyncNow && !this.mappingName;
    }
    async loadStatus() {
        this.isLoading = true;
        this.errors = undefined;
        try {
            const reply = readRecordStatus(await getRecordStatus({ recordId: this.recordId }));
            this.status = reply.status;
            this.canSyncNow = reply.canSyncNow === true;
            this.neverSynced = false;
        }
        catch (error) {
            this.showLoadFailure(reduceErrors(error));
        }
        finally {
            this.isLoading = false;
        }
    }
    // The companion answers not_found for a record it has never seen: that
    // is the "not synced" state, not a failure worth an error panel.
    showLoadFailure(errors) {
        this.status = undefined;
        if (errors.length > 0 && errors.every((e) => e.code === 'not_found')) {
            this.neverSynced = true;
            return;
        }
        this.errors = errors;
    }
    async handleSyncNow() {
        this.isSyncing = true;
        this.syncErrors = undefined;
        try {
            const started = readRunStarted(await syncNow({
                recordId: this.recordId,
                mappingName: this.mappingName
            }));
            const finalStatus = await this.waitForRun(started.runId);
            this.announceFinished(finalStatus);
            await this.loadStatus();
        }
        catch (error) {
            this.syncErrors = reduceErrors(error);
            this.toast('Sync now failed', this.syncErrors[0]?.message, 'error');
        }
        finally {
            this.isSyncing = false;
        }
    }
    /** Resolves to the run's final status, or 'running' if it outlasts the wait. */
    async waitForRun(runId) {
        for (let poll = 0; poll < MAX_POLLS && this.connected; poll++) {
            await wait(POLL_INTERVAL_MS);
            const detail = readRunDetail(await getRun({ runId, pageSize: 1, pageStart: 0 }));
            if (detail.run.status !== 'running') {
                return detail.run.status;
            }
        }
        return 'running';
    }
    announceFinished(runStatus) {
        if (runStatus === 'running') {
            this.toast('Sync still running', 'The status here updates once the run finishes.', 'info');
            return;
        }
        const known = FINISHED_TOASTS[runStatus];
        this.toast(known?.title ?? 'Sync did not finish', `Run status: ${runStatusLabel(runStatus)}.`, known?.variant ?? 'error');
    }
    toast(title, message, variant) {
        this.dispatchEvent(new ShowToastEvent({ title, message: message ?? '', variant }));
    }
}
