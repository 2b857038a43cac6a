/**
 * A tiny in-memory "both sides" for planner tests: records on each side, the
 * stored base, and a sync step that plans, applies the writes the way the
 * runner would, and stores the next base.
 */
import type { Pairing } from '../mapping/mapping-schema';
import { planRecord } from '../merge/plan-record';
import type { LinkBase, PlanTargets, RecordPlan } from '../merge/plan-types';
import type { SideRecord } from '../types';
import { demoMappingJson } from './demo-mapping';
import { recordedSalesforceFields, trustworthyFields } from './field-infos';

export const SALESFORCE_ID = '001000000000001AAA';
export const TRUSTWORTHY_ID = 'hh_1';

export function householdPairing(overrides: Partial<Pairing> = {}): Pairing {
    return { ...demoMappingJson().pairings[0]!, ...overrides };
}

export function householdTargets(
    resolve: PlanTargets['resolveReference'] = () => undefined
): PlanTargets {
    return {
        salesforceFields: recordedSalesforceFields('Account'),
        trustworthyFields: trustworthyFields('household'),
        resolveReference: resolve
    };
}

export function salesforceRecord(
    values: Record<string, unknown>,
    modifiedAt = '2024-01-01T10:00:00.000+0000'
): SideRecord {
    return { id: SALESFORCE_ID, modifiedAt, deleted: false, values };
}

export function trustworthyRecord(
    values: Record<string, unknown>,
    modifiedAt = '2024-01-01T10:00:00.000Z'
): SideRecord {
    return { id: TRUSTWORTHY_ID, modifiedAt, deleted: false, values };
}

export interface SyncState {
    pairing: Pairing;
    targets: PlanTargets;
    salesforce?: SideRecord;
    trustworthy?: SideRecord;
    base?: LinkBase;
}

/** Plans, applies the writes to the in-memory records and stores the next base. */
export function syncOnce(state: SyncState): { plan: RecordPlan; state: SyncState } {
    const plan = planRecord(state);
    const next: SyncState = { ...state, base: plan.nextBase };

    if (state.salesforce || Object.keys(plan.toSalesforce).length > 0) {
        next.salesforce = applied(state.salesforce ?? salesforceRecord({}), plan.toSalesforce);
    }
    if (state.trustworthy || Object.keys(plan.toTrustworthy).length > 0) {
        next.trustworthy = applied(state.trustworthy ?? trustworthyRecord({}), plan.toTrustworthy);
    }
    return { plan, state: next };
}

function applied(record: SideRecord, writes: Record<string, unknown>): SideRecord {
    return { ...record, values: { ...record.values, ...writes } };
}

/** The decision per field key, for compact assertions. */
export function decisions(plan: RecordPlan): Record<string, string> {
    return Object.fromEntries(plan.fields.map((field) => [field.key, field.decision]));
}
