import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import previewRollback from '@salesforce/apex/TrustworthySetupController.previewRollback';
import rollbackRun from '@salesforce/apex/TrustworthySetupController.rollbackRun';
import { reduceErrors } from 'c/syncErrors';
import type { SyncError } from 'c/syncErrors';
import { readRollbackReport } from 'c/syncReplies';
import type { RollbackReport, RollbackStep } from 'c/syncReplies';
import { sideLabel, valueText } from 'c/syncLabels';

type Phase = 'previewing' | 'confirming' | 'rolling' | 'done';

interface StepRow {
    key: string;
    record: string;
    side: string;
    fields: Array<{ key: string; text: string }>;
    note: string;
}

const OUTCOME_NOTES: Record<string, string> = {
    failed: 'Failed',
    skipped: 'Skipped'
};

function stepRow(step: RollbackStep, index: number): StepRow {
    const ids = [step.salesforceId, step.trustworthyId].filter(Boolean);
    const failure = step.outcome === 'failed' ? step.errorCode : undefined;
    return {
        key: `${step.pairingId}-${index}`,
        record: ids.join(' / '),
        side: sideLabel(step.target),
        fields: step.fields.map((field) => ({
            key: field.field,
            text: `${field.field}: ${valueText(field.current)} → ${valueText(field.restoreTo)}`
        })),
        note: [OUTCOME_NOTES[step.outcome], failure, step.reason]
            .filter(Boolean)
            .join(' · ')
    };
}

/**
 * The rollback confirmation: shows what a rollback would restore, delete
 * and skip before anything changes, performs it only on confirmation, and
 * then shows what happened.
 */
export default class RollbackConfirm extends LightningElement {
    /** The run to roll back. */
    @api runId: string | undefined;

    phase: Phase = 'previewing';
    report: RollbackReport | undefined;
    errors: SyncError[] | undefined;

    private focused = false;

    override connectedCallback(): void {
        void this.loadPreview();
    }

    override renderedCallback(): void {
        if (this.focused) {
            return;
        }
        const dialog = this.template?.querySelector<HTMLElement>('section');
        if (dialog) {
            dialog.focus();
            this.focused = true;
        }
    }

    get isPreviewing(): boolean {
        return this.phase === 'previewing';
    }

    get isRolling(): boolean {
        return this.phase === 'rolling';
    }

    get isDone(): boolean {
        return this.phase === 'done';
    }

    get isBusy(): boolean {
        return this.isPreviewing || this.isRolling;
    }

    get showReport(): boolean {
        return this.report !== undefined && !this.isBusy;
    }

    get heading(): string {
        return this.isDone ? 'Rollback finished' : 'Roll back this run?';
    }

    get summaryText(): string {
        const totals = this.report?.totals;
        if (!totals) {
            return '';
        }
        const counts =
            `${totals.restored} to restore, ${totals.deleted} to delete, ` +
            `${totals.skipped} skipped`;
        if (this.isDone) {
            return (
                `${totals.restored} restored, ${totals.deleted} deleted, ` +
                `${totals.skipped} skipped, ${totals.failed} failed.`
            );
        }
        return `This rollback would change records: ${counts}.`;
    }

    get restores(): StepRow[] {
        return this.stepsFor('restore');
    }

    get deletions(): StepRow[] {
        return this.stepsFor('delete');
    }

    get skips(): StepRow[] {
        return this.stepsFor('skip');
    }

    get hasRestores(): boolean {
        return this.restores.length > 0;
    }

    get hasDeletions(): boolean {
        return this.deletions.length > 0;
    }

    get hasSkips(): boolean {
        return this.skips.length > 0;
    }

    get canConfirm(): boolean {
        const totals = this.report?.totals;
        return (
            this.phase === 'confirming' &&
            totals !== undefined &&
            totals.restored + totals.deleted > 0
        );
    }

    get cannotConfirm(): boolean {
        return !this.canConfirm;
    }

    get showConfirm(): boolean {
        return !this.isDone;
    }

    get cancelLabel(): string {
        return this.isDone ? 'Close' : 'Cancel';
    }

    private stepsFor(action: RollbackStep['action']): StepRow[] {
        return (this.report?.steps ?? [])
            .filter((step) => step.action === action)
            .map(stepRow);
    }

    async loadPreview(): Promise<void> {
        this.phase = 'previewing';
        this.errors = undefined;

        try {
            this.report = readRollbackReport(
                await previewRollback({ runId: this.runId })
            );
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.phase = 'confirming';
        }
    }

    async handleConfirm(): Promise<void> {
        this.phase = 'rolling';
        this.errors = undefined;

        try {
            this.report = readRollbackReport(
                await rollbackRun({ runId: this.runId })
            );
            this.phase = 'done';
            this.announce(this.report);
        } catch (error) {
            this.errors = reduceErrors(error);
            this.phase = 'confirming';
        }
    }

    handleCancel(): void {
        if (!this.isRolling) {
            this.dispatchEvent(new CustomEvent('close'));
        }
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            this.handleCancel();
        }
    }

    private announce(report: RollbackReport): void {
        const failed = report.totals.failed > 0;
        this.dispatchEvent(
            new ShowToastEvent({
                title: failed
                    ? 'Rollback finished with failures'
                    : 'Run rolled back',
                message: this.summaryText,
                variant: failed ? 'warning' : 'success'
            })
        );
        this.dispatchEvent(
            new CustomEvent('rolledback', {
                detail: { rollbackRunId: report.rollbackRunId }
            })
        );
    }
}
