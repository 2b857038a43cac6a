/**
 * A work item's plan as a preview: the same planning and write decisions the
 * writing run makes (write-decisions.ts), turned into actions and field-level
 * before → after instead of calls.
 */
import type { PairingContext } from './pairing-context';
import { EXTERNAL_ID_FIELD } from './pairing-context';
import type { RecordPlanner } from './record-comparer';
import type { PlanResult } from './record-comparer';
import type { RecordPlanPreview, SidePlanPreview } from './dry-run-types';
import type { Side } from '../types';
import { allows, salesforceWriteFor, trustworthyWriteFor } from './write-decisions';
import type { PendingWrite } from './write-queue';
import type { HeldMatch, WorkItem } from './work-item';

const SKIP: SidePlanPreview = { action: 'skip', changes: [] };

export function previewItem(
    context: PairingContext,
    planner: RecordPlanner,
    item: WorkItem
): RecordPlanPreview {
    const ids = {
        pairingId: context.pairing.id,
        salesforceId: item.salesforce?.id ?? item.link?.salesforceId ?? null,
        trustworthyId: item.trustworthy?.id ?? item.link?.trustworthyId ?? null,
        matchedBy: item.matchedBy
    };
    if (item.salesforceDeleted || item.trustworthyDeleted) {
        return {
            ...ids,
            ...previewDeletion(context, item),
            conflicts: [],
            warnings: [],
            errors: []
        };
    }

    const plan = planner.plan(item);
    const twWrite = trustworthyWriteFor(context, item, plan);
    const sfWrite = salesforceWriteFor(context, item, plan) ?? newIdStamp(context, item, twWrite);
    return {
        ...ids,
        salesforce: sidePreview('salesforce', sfWrite, plan),
        trustworthy: sidePreview('trustworthy', twWrite, plan),
        conflicts: plan.heldConflicts,
        warnings: plan.warnings,
        errors: plan.errors
    };
}

export function previewHeld(context: PairingContext, held: HeldMatch): RecordPlanPreview {
    const hold: SidePlanPreview = { action: 'hold', changes: [], reason: held.reason };
    return {
        pairingId: context.pairing.id,
        salesforceId: held.salesforceId,
        trustworthyId: held.trustworthyId,
        matchedBy: 'none',
        salesforce: hold,
        trustworthy: hold,
        conflicts: [],
        candidates: held.candidates,
        warnings: [],
        errors: []
    };
}

function sidePreview(
    side: Side,
    write: PendingWrite | undefined,
    plan: PlanResult
): SidePlanPreview {
    const changes = write ? fieldChanges(write) : [];
    if (plan.heldConflicts.length > 0)
        return { action: 'conflict', changes, reason: 'changed on both sides; held for review' };
    if (plan.createBlocked?.side === side)
        return { action: 'skip', changes: [], reason: plan.createBlocked.reason };
    if (!write) return SKIP;
    return { action: write.kind === 'create' ? 'create' : 'update', changes };
}

function fieldChanges(write: PendingWrite): SidePlanPreview['changes'] {
    return Object.entries(write.fields)
        .filter(([field]) => field !== 'Id')
        .map(([field, after]) => ({ field, before: write.before?.[field] ?? null, after }));
}

/** A Trustworthy create is followed by stamping its new id on the Salesforce record. */
function newIdStamp(
    context: PairingContext,
    item: WorkItem,
    twWrite: PendingWrite | undefined
): PendingWrite | undefined {
    if (twWrite?.kind !== 'create' || !item.salesforce || !context.hasExternalIdField)
        return undefined;
    return {
        ...twWrite,
        side: 'salesforce',
        kind: 'link',
        fields: { [EXTERNAL_ID_FIELD]: '(id of the new Trustworthy record)' },
        before: { [EXTERNAL_ID_FIELD]: item.salesforce.values[EXTERNAL_ID_FIELD] ?? null }
    };
}

function previewDeletion(
    context: PairingContext,
    item: WorkItem
): Pick<RecordPlanPreview, 'salesforce' | 'trustworthy'> {
    if (item.salesforceDeleted && item.trustworthyDeleted)
        return { salesforce: SKIP, trustworthy: SKIP };
    const deletedOn: Side = item.salesforceDeleted ? 'salesforce' : 'trustworthy';
    const target: Side = deletedOn === 'salesforce' ? 'trustworthy' : 'salesforce';
    const policy = context.pairing.deletions;

    let action: SidePlanPreview;
    if (policy === 'propagate' && allows(context.pairing.direction, target))
        action = { action: 'delete', changes: [], reason: `deleted in ${deletedOn}` };
    else if (policy === 'flag')
        action = {
            action: 'hold',
            changes: [],
            reason: `deleted in ${deletedOn}; flagged for review`
        };
    else
        action = {
            action: 'skip',
            changes: [],
            reason: `deleted in ${deletedOn}; deletions are ignored`
        };
    return target === 'salesforce'
        ? { salesforce: action, trustworthy: SKIP }
        : { salesforce: SKIP, trustworthy: action };
}
