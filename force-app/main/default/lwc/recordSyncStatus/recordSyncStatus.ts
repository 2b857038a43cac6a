import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { ShowToastEventInit } from 'lightning/platformShowToastEvent';
import getRecordStatus from '@salesforce/apex/TrustworthyRecordStatusController.getRecordStatus';
import syncNow from '@salesforce/apex/TrustworthyRecordStatusController.syncNow';
import getRun from '@salesforce/apex/TrustworthySetupController.getRun';
import { reduceErrors } from 'c/syncErrors';
import type { SyncError } from 'c/syncErrors';
import { readRecordStatus, readRunDetail, readRunStarted } from 'c/syncReplies';
import type { RecordHistoryEntry, RecordStatus } from 'c/syncReplies';
import {
    changeActionLabel,
    directionLabel,
    heldKindLabel,
    runStatusLabel
} from 'c/syncLabels';

// A one-record run usually ends within seconds; after about two minutes the
// admin is told it is still running instead of watching a spinner forever.
const POLL_INTERVAL_MS = 2000;
const MAX_POLLS = 60;
const HISTORY_SHOWN = 5;

const OUTCOMES: Record<string, { label: string; theme: string }> = {
    synced: { label: 'Synced', theme: 'slds-theme_success' },
    failed: { label: 'Failed', theme: 'slds-theme_error' },
    held: { label: 'Held for review', theme: 'slds-theme_warning' },
    not_synced: { label: 'Not synced', theme: '' }
};

type ToastVariant = NonNullable<ShowToastEventInit['variant']>;

const FINISHED_TOASTS: Record<
    string,
    { title: string; variant: ToastVariant }
> = {
    completed: { title: 'Record synced', variant: 'success' },
    completed_with_errors: {
        title: 'Sync finished with errors',
        variant: 'warning'
    }
};

interface HistoryRow {
    key: string;
    at: string;
    action: string;
    direction: string;
    fields: string;
    error: string | null;
}

function wait(milliseconds: number): Promise<void> {
    return new Promise((resolve) => {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- polling a started run
        setTimeout(resolve, milliseconds);
    });
}

function historyRow(entry: RecordHistoryEntry, index: number): HistoryRow {
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
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    /** The mapping "Sync now" runs; set per page in App Builder. */
    @api mappingName: string | undefined;

    status: RecordStatus | undefined;
    canSyncNow = false;
    neverSynced = false;
    isLoading = true;
    isSyncing = false;
    errors: SyncError[] | undefined;
    syncErrors: SyncError[] | undefined;

    private connected = false;

    override connectedCallback(): void {
        this.connected = true;
        void this.loadStatus();
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    get hasStatus(): boolean {
        return this.status !== undefined || this.neverSynced;
    }

    get outcome(): { label: string; theme: string } {
        const outcome = this.status?.outcome ?? 'not_synced';
        return OUTCOMES[outcome] ?? { label: outcome, theme: '' };
    }

    get badgeClass(): string {
        return this.outcome.theme;
    }

    get directionText(): string {
        return directionLabel(this.status?.direction ?? null);
    }

    get trustworthyReference(): string {
        return this.status?.trustworthy?.id ?? 'Not linked yet';
    }

    get heldEntries(): Array<{ id: string; kind: string; createdAt: string }> {
        return (this.status?.held ?? []).map((entry) => ({
            id: entry.id,
            kind: heldKindLabel(entry.kind),
            createdAt: entry.createdAt
        }));
    }

    get hasHeld(): boolean {
        return this.heldEntries.length > 0;
    }

    get history(): HistoryRow[] {
        return (this.status?.history ?? [])
            .slice(0, HISTORY_SHOWN)
            .map(historyRow);
    }

    get hasHistory(): boolean {
        return this.history.length > 0;
    }

    get showSyncNow(): boolean {
        return this.canSyncNow && Boolean(this.mappingName);
    }

    get needsMappingName(): boolean {
        return this.canSyncNow && !this.mappingName;
    }

    async loadStatus(): Promise<void> {
        this.isLoading = true;
        this.errors = undefined;

        try {
            const reply = readRecordStatus(
                await getRecordStatus({ recordId: this.recordId })
            );
            this.status = reply.status;
            this.canSyncNow = reply.canSyncNow === true;
            this.neverSynced = false;
        } catch (error) {
            this.showLoadFailure(reduceErrors(error));
        } finally {
            this.isLoading = false;
        }
    }

    // The companion answers not_found for a record it has never seen: that
    // is the "not synced" state, not a failure worth an error panel.
    private showLoadFailure(errors: SyncError[]): void {
        this.status = undefined;
        if (errors.length > 0 && errors.every((e) => e.code === 'not_found')) {
            this.neverSynced = true;
            return;
        }
        this.errors = errors;
    }

    async handleSyncNow(): Promise<void> {
        this.isSyncing = true;
        this.syncErrors = undefined;

        try {
            const started = readRunStarted(
                await syncNow({
                    recordId: this.recordId,
                    mappingName: this.mappingName
                })
            );
            const finalStatus = await this.waitForRun(started.runId);
            this.announceFinished(finalStatus);
            await this.loadStatus();
        } catch (error) {
            this.syncErrors = reduceErrors(error);
            this.toast('Sync now failed', this.syncErrors[0]?.message, 'error');
        } finally {
            this.isSyncing = false;
        }
    }

    /** Resolves to the run's final status, or 'running' if it outlasts the wait. */
    private async waitForRun(runId: string): Promise<string> {
        for (let poll = 0; poll < MAX_POLLS && this.connected; poll++) {
            await wait(POLL_INTERVAL_MS);
            const detail = readRunDetail(
                await getRun({ runId, pageSize: 1, pageStart: 0 })
            );
            if (detail.run.status !== 'running') {
                return detail.run.status;
            }
        }
        return 'running';
    }

    private announceFinished(runStatus: string): void {
        if (runStatus === 'running') {
            this.toast(
                'Sync still running',
                'The status here updates once the run finishes.',
                'info'
            );
            return;
        }

        const known = FINISHED_TOASTS[runStatus];
        this.toast(
            known?.title ?? 'Sync did not finish',
            `Run status: ${runStatusLabel(runStatus)}.`,
            known?.variant ?? 'error'
        );
    }

    private toast(
        title: string,
        message: string | undefined,
        variant: ToastVariant
    ): void {
        this.dispatchEvent(
            new ShowToastEvent({ title, message: message ?? '', variant })
        );
    }
}
