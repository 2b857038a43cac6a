import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import previewRollback from '@salesforce/apex/TrustworthySetupController.previewRollback';
import rollbackRun from '@salesforce/apex/TrustworthySetupController.rollbackRun';
import { reduceErrors } from 'c/syncErrors';
import { readRollbackReport } from 'c/syncReplies';
import { sideLabel, valueText } from 'c/syncLabels';
const OUTCOME_NOTES = {
    failed: 'Failed',
    skipped: 'Skipped'
};
function stepRow(step, index) {
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
    @api
    runId;
    phase = 'previewing';
    report;
    errors;
    focused = false;
    connectedCallback() {
        void this.loadPreview();
    }
    renderedCallback() {
        if (this.focused) {
            return;
        }
        const dialog = this.template?.querySelector('section');
        if (dialog) {
            dialog.focus();
            this.focused = true;
        }
    }
    get isPreviewing() {
        return this.phase === 'previewing';
    }
    get isRolling() {
        return this.phase === 'rolling';
    }
    get isDone() {
        return this.phase === 'done';
    }
    get isBusy() {
        return this.isPreviewing || this.isRolling;
    }
    get showReport() {
        return this.report !== undefined && !this.isBusy;
    }
    get heading() {
        return this.isDone ? 'Rollback finished' : 'Roll back this run?';
    }
    get summaryText() {
        const totals = this.report?.totals;
        if (!totals) {
            return '';
        }
        const counts = `${totals.restored} to restore, ${totals.deleted} to delete, ` +
            `${totals.skipped} skipped`;
        if (this.isDone) {
            return (`${totals.restored} restored, ${totals.deleted} deleted, ` +
                `${totals.skipped} skipped, ${totals.failed} failed.`);
        }
        return `This rollback would change records: ${counts}.`;
    }
    get restores() {
        return this.stepsFor('restore');
    }
    get deletions() {
        return this.stepsFor('delete');
    }
    get skips() {
        return this.stepsFor('skip');
    }
    get hasRestores() {
        return this.restores.length > 0;
    }
    get hasDeletions() {
        return this.deletions.length > 0;
    }
    get hasSkips() {
        return this.skips.length > 0;
    }
    get canConfirm() {
        const totals = this.report?.totals;
        return (this.phase === 'confirming' &&
            totals !== undefined &&
            totals.restored + totals.deleted > 0);
    }
    get cannotConfirm() {
        return !this.canConfirm;
    }
    get showConfirm() {
        return !this.isDone;
    }
    get cancelLabel() {
        return this.isDone ? 'Close' : 'Cancel';
    }
    stepsFor(action) {
        return (this.report?.steps ?? [])
            .filter((step) => step.action === action)
            .map(stepRow);
    }
    async loadPreview() {
        this.phase = 'previewing';
        this.errors = undefined;
        try {
            this.report = readRollbackReport(await previewRollback({ runId: this.runId }));
        }
        catch (error) {
            this.errors = reduceErrors(error);
        }
        finally {
            this.phase = 'confirming';
        }
    }
    async handleConfirm() {
        this.phase = 'rolling';
        this.errors = undefined;
        try {
            this.report = readRollbackReport(await rollbackRun({ runId: this.runId }));
            this.phase = 'done';
            this.announce(this.report);
        }
        catch (error) {
            this.errors = reduceErrors(error);
            this.phase = 'confirming';
        }
    }
    handleCancel() {
        if (!this.isRolling) {
            this.dispatchEvent(new CustomEvent('close'));
        }
    }
    handleKeyDown(event) {
        if (event.key === 'Escape') {
            this.handleCancel();
        }
    }
    announce(report) {
        const failed = report.totals.failed > 0;
        this.dispatchEvent(new ShowToastEvent({
            title: failed
                ? 'Rollback finished with failures'
                : 'Run rolled back',
            message: this.summaryText,
            variant: failed ? 'warning' : 'success'
        }));
        this.dispatchEvent(new CustomEvent('rolledback', {
            detail: { rollbackRunId: report.rollbackRunId }
        }));
    }
}
