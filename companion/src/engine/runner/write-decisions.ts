/**
 * What a planned record asks of each side: a create, an update, a link-only
 * write (stamping the other side's id), or nothing. Shared by the writing
 * run and the dry run, so a preview shows exactly the writes a run would make.
 */
import type { Direction, Side } from '../types';
import type { PairingContext } from './pairing-context';
import { EXTERNAL_ID_FIELD } from './pairing-context';
import type { PlanResult } from './record-comparer';
import type { PendingWrite } from './write-queue';
import type { WorkItem } from './work-item';

export function allows(direction: Direction, target: Side): boolean {
    return (
        direction === 'both' ||
        direction === (target === 'salesforce' ? 'to_salesforce' : 'to_trustworthy')
    );
}

export function trustworthyWriteFor(
    context: PairingContext,
    item: WorkItem,
    plan: PlanResult
): PendingWrite | undefined {
    const fields = plan.toTrustworthy;
    const changed = Object.keys(fields).length > 0;

    if (item.trustworthy) {
        const needsRef =
            item.salesforce !== undefined &&
            item.trustworthy.values.external_ref !== item.salesforce.id;
        if (!changed && !needsRef) return undefined;
        const before = pick(item.trustworthy.values, Object.keys(fields));
        return {
            item,
            plan,
            side: 'trustworthy',
            kind: changed ? 'update' : 'link',
            fields,
            before
        };
    }

    if (!item.salesforce || !allows(context.pairing.direction, 'trustworthy')) return undefined;
    if (plan.createBlocked?.side === 'trustworthy') return undefined;
    return { item, plan, side: 'trustworthy', kind: 'create', fields, before: null };
}

export function salesforceWriteFor(
    context: PairingContext,
    item: WorkItem,
    plan: PlanResult
): PendingWrite | undefined {
    const fields = { ...plan.toSalesforce };
    const changed = Object.keys(fields).length > 0;

    if (item.salesforce) {
        const wantedRef = item.trustworthy?.id;
        const needsRef =
            context.hasExternalIdField &&
            wantedRef !== undefined &&
            item.salesforce.values[EXTERNAL_ID_FIELD] !== wantedRef;
        if (needsRef) fields[EXTERNAL_ID_FIELD] = wantedRef;
        if (!changed && !needsRef && item.trustworthy) return undefined;
        // A Salesforce record whose Trustworthy twin is about to be created gets its id stamped after that write.
        if (!changed && !item.trustworthy) return undefined;
        const before = pick(item.salesforce.values, Object.keys(fields));
        return {
            item,
            plan,
            side: 'salesforce',
            kind: changed ? 'update' : 'link',
            fields: { Id: item.salesforce.id, ...fields },
            before
        };
    }

    if (!item.trustworthy || !allows(context.pairing.direction, 'salesforce')) return undefined;
    if (plan.createBlocked?.side === 'salesforce') return undefined;
    return {
        item,
        plan,
        side: 'salesforce',
        kind: 'create',
        fields: { ...fields, [EXTERNAL_ID_FIELD]: item.trustworthy.id },
        before: null
    };
}

export function pick(values: Record<string, unknown>, keys: string[]): Record<string, unknown> {
    const picked: Record<string, unknown> = {};
    for (const key of keys) if (key !== 'Id') picked[key] = values[key] ?? null;
    return picked;
}
