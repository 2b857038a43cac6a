import { LightningElement, api } from 'lwc';
import dryRun from '@salesforce/apex/TrustworthySetupController.dryRun';
import { reduceErrors } from 'c/syncErrors';
import { readReply } from 'c/setupReplies';
const MAX_SAMPLE = 200;
const ACTION_LABEL = {
    create: 'Create',
    update: 'Update',
    delete: 'Delete',
    conflict: 'Conflict',
    hold: 'Hold',
    skip: 'No change'
};
const COUNTED = [
    'create',
    'update',
    'delete',
    'conflict',
    'hold'
];
/**
 * Runs a dry run of the mapping on a sample and shows, per record, what each
 * side would get: the action and every field's value before and after.
 * Nothing is written by a dry run.
 */
export default class DryRunPreview extends LightningElement {
    @api
    mappingName = '';
    sampleSize = 10;
    result = null;
    running = false;
    errors = [];
    get cannotRun() {
        return this.running || !this.mappingName;
    }
    get hasRecords() {
        return (this.result?.records.length ?? 0) > 0;
    }
    get summary() {
        const totals = this.result?.totals;
        if (!totals)
            return [];
        const sides = [
            { side: 'Salesforce', counts: totals.salesforce },
            { side: 'Trustworthy', counts: totals.trustworthy }
        ];
        return sides.map(({ side, counts }) => ({
            side,
            items: COUNTED.map((action) => ({
                key: `${side}-${action}`,
                label: `${ACTION_LABEL[action]}: ${counts[action] ?? 0}`
            }))
        }));
    }
    get totalsText() {
        const totals = this.result?.totals;
        if (!totals)
            return '';
        return `${totals.unchanged} unchanged, ${totals.warnings} warnings.`;
    }
    get truncatedText() {
        return this.result?.truncated
            ? 'Only the first records are shown; the dry run looked at more.'
            : '';
    }
    get recordViews() {
        return (this.result?.records ?? []).map(recordView);
    }
    handleSampleSize(event) {
        this.sampleSize = Number(event.detail.value);
    }
    async handleRun() {
        const size = this.sampleSize;
        if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE) {
            this.errors = [
                {
                    code: 'invalid_sample_size',
                    title: 'Check the number of records',
                    message: `Choose between 1 and ${MAX_SAMPLE} records.`,
                    details: []
                }
            ];
            return;
        }
        this.running = true;
        this.errors = [];
        try {
            const reply = await dryRun({
                mappingName: this.mappingName,
                sampleSize: size,
                salesforceIds: null
            });
            this.result = readReply(reply, ['totals', 'records']);
        }
        catch (error) {
            this.errors = reduceErrors(error);
        }
        finally {
            this.running = false;
        }
    }
}
function recordView(record, index) {
    const notes = [...record.errors, ...record.warnings].map((note, at) => ({
        key: `${index}-note-${at}`,
        text: note.field ? `${note.field}: ${note.message}` : note.message,
        code: note.code
    }));
    const conflicts = record.conflicts.map((conflict) => ({
        key: `${index}-conflict-${conflict.field}`,
        text: `${conflict.field}: Salesforce has ${shown(conflict.salesforceValue)}, Trustworthy has ${shown(conflict.trustworthyValue)}`
    }));
    return {
        key: `${index}-${record.pairingId}-${record.salesforceId ?? record.trustworthyId ?? ''}`,
        title: `${record.pairingId}: ${record.salesforceId ?? 'new'} ↔ ${record.trustworthyId ?? 'new'}`,
        matchedBy: `Matched by ${record.matchedBy}`,
        sides: [
            sideView('Salesforce', record.salesforce, index),
            sideView('Trustworthy', record.trustworthy, index)
        ],
        conflicts,
        hasConflicts: conflicts.length > 0,
        notes,
        hasNotes: notes.length > 0
    };
}
function sideView(side, plan, index) {
    const changes = plan.changes.map((change) => ({
        key: `${index}-${side}-${change.field}`,
        field: change.field,
        before: shown(change.before),
        after: shown(change.after)
    }));
    return {
        key: `${index}-${side}`,
        heading: `${side}: ${ACTION_LABEL[plan.action] ?? plan.action}`,
        caption: `${side} changes for this record`,
        reason: plan.reason ?? '',
        changes,
        hasChanges: changes.length > 0
    };
}
/** Values as an admin reads them: blanks named, objects (addresses) as JSON. */
function shown(value) {
    if (value === null || value === undefined || value === '')
        return '(blank)';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
