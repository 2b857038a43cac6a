import { LightningElement } from 'lwc';
import listConflicts from '@salesforce/apex/TrustworthySetupController.listConflicts';
import resolveConflict from '@salesforce/apex/TrustworthySetupController.resolveConflict';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { reduceErrors } from 'c/syncErrors';
import type { SyncError } from 'c/syncErrors';
import { readHeldRecords, readResolution } from 'c/syncReplies';
import type { HeldRecord } from 'c/syncReplies';
import { heldKindLabel, valueText } from 'c/syncLabels';

interface ChoiceView {
    key: string;
    label: string;
    resolution: string;
}

interface FieldView {
    field: string;
    salesforce: string;
    trustworthy: string;
}

interface HeldView {
    id: string;
    title: string;
    reference: string;
    reason: string | undefined;
    fields: FieldView[];
    hasFields: boolean;
    choices: ChoiceView[];
}

// The resolutions the companion accepts for each kind of held record.
function choicesFor(held: HeldRecord): ChoiceView[] {
    const choice = (label: string, resolution: object): ChoiceView => ({
        key: `${held.id}-${label}`,
        label,
        resolution: JSON.stringify(resolution)
    });

    switch (held.kind) {
        case 'conflict':
            return [
                choice('Keep the Salesforce values', { choose: 'salesforce' }),
                choice('Keep the Trustworthy values', { choose: 'trustworthy' })
            ];
        case 'ambiguous_match':
            return [
                ...(held.candidates ?? []).map((candidate) =>
                    choice(`Link to ${candidate}`, { link: candidate })
                ),
                choice('Create a new record', { createNew: true })
            ];
        case 'deletion':
            return [
                choice('Delete the other record too', { delete: true }),
                choice('Keep the other record', { keep: true })
            ];
        default:
            return [];
    }
}

function toView(held: HeldRecord): HeldView {
    const fields = (held.fields ?? []).map((field) => ({
        field: field.field,
        salesforce: valueText(field.salesforceValue),
        trustworthy: valueText(field.trustworthyValue)
    }));
    return {
        id: held.id,
        title: heldKindLabel(held.kind),
        reference: `Salesforce ${held.salesforceId ?? '—'} · Trustworthy ${held.trustworthyId ?? '—'}`,
        reason: held.reason,
        fields,
        hasFields: fields.length > 0,
        choices: choicesFor(held)
    };
}

/** Records the sync held for a person's decision, and their resolution. */
export default class HeldConflicts extends LightningElement {
    items: HeldView[] = [];
    isLoading = true;
    resolvingId: string | undefined;
    errors: SyncError[] | undefined;

    override connectedCallback(): void {
        void this.load();
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.errors && this.items.length === 0;
    }

    get hasItems(): boolean {
        return this.items.length > 0;
    }

    get isResolving(): boolean {
        return this.resolvingId !== undefined;
    }

    async load(): Promise<void> {
        this.isLoading = true;
        this.errors = undefined;
        try {
            this.items = readHeldRecords(
                await listConflicts({ kind: null })
            ).map(toView);
        } catch (error) {
            this.items = [];
            this.errors = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    handleRefresh(): void {
        void this.load();
    }

    async handleResolve(event: Event): Promise<void> {
        const button = event.currentTarget as HTMLElement;
        const conflictId = button.dataset.heldId ?? '';
        const resolutionJson = button.dataset.resolution ?? '{}';

        this.resolvingId = conflictId;
        this.errors = undefined;
        try {
            const report = readResolution(
                await resolveConflict({ conflictId, resolutionJson })
            );
            const resolved = report.status === 'resolved';
            this.dispatchEvent(
                new ShowToastEvent({
                    title: resolved ? 'Resolved' : 'Still held',
                    message: resolved
                        ? 'The decision was applied through a sync run.'
                        : 'The records still disagree; review them again.',
                    variant: resolved ? 'success' : 'warning'
                })
            );
            await this.load();
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.resolvingId = undefined;
        }
    }
}
