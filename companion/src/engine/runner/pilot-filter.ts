/**
 * Narrows a pass to the pilot's records. Ids were already used to read only
 * those records; a field condition is checked here, in memory, against the
 * values read through columns the schema named — no caller text ever becomes
 * part of a query.
 */
import { toId18 } from '../../salesforce/ids';
import { isConfidential } from '../mapping/confidential-fields';
import type { PairingContext } from './pairing-context';
import type { PilotCondition } from './run-control';
import type { WorkItem } from './work-item';
import type { SideRecord } from '../types';

/** True when the pairing's object on the condition's side has the field and it is not confidential. */
export function conditionApplies(context: PairingContext, condition: PilotCondition): boolean {
    if (isConfidential(context.pairing, condition.side, condition.field)) return false;
    return condition.side === 'salesforce'
        ? context.salesforceFields.has(condition.field)
        : context.trustworthyFields.has(condition.field);
}

/** Makes sure the Salesforce column the condition reads is selected. */
export function selectConditionColumn(context: PairingContext, condition: PilotCondition): void {
    if (condition.side === 'salesforce' && !context.salesforceColumns.includes(condition.field)) {
        context.salesforceColumns.push(condition.field);
    }
}

export function itemMatches(item: WorkItem, condition: PilotCondition): boolean {
    return recordMatches(
        condition.side === 'salesforce' ? item.salesforce : item.trustworthy,
        condition
    );
}

export function recordMatches(record: SideRecord | undefined, condition: PilotCondition): boolean {
    return record !== undefined && sameValue(record.values[condition.field], condition.equals);
}

function sameValue(actual: unknown, wanted: PilotCondition['equals']): boolean {
    const empty = (value: unknown): boolean =>
        value === null || value === undefined || value === '';
    if (wanted === null) return empty(actual);
    if (empty(actual)) return false;
    if (typeof wanted === 'string' && typeof actual === 'string') {
        const asId = toId18(wanted);
        return (
            actual.toLowerCase() === wanted.toLowerCase() || (asId !== undefined && actual === asId)
        );
    }
    return String(actual) === String(wanted);
}
