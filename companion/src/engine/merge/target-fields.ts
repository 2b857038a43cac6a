/**
 * Looks up what the planner needs to know about a mapped field on the side
 * being written: the transform context, whether the field takes writes, and
 * whether a new record needs it. A Salesforce compound address is read-only
 * in describe; its five component fields are the ones written.
 */
import type { FieldMapping, Pairing } from '../mapping/mapping-schema';
import { ADDRESS_PARTS, salesforceAddressFields } from '../transforms/address';
import type { AddressPart, TargetFieldInfo, TransformContext } from '../transforms/transform-types';
import type { SalesforceFieldInfo, Side } from '../types';
import type { PlanTargets } from './plan-types';

export type WriteMode = 'create' | 'update';

export function transformContextFor(
    targetSide: Side,
    field: FieldMapping,
    pairing: Pairing,
    targets: PlanTargets
): TransformContext {
    return {
        field,
        targetField: targetFieldInfo(targetSide, field[targetSide], targets),
        addressComponents:
            targetSide === 'salesforce' && field.transform === 'address'
                ? addressComponentInfos(field.salesforce, targets)
                : undefined,
        textOverflow: pairing.textOverflow,
        resolveReference: targets.resolveReference
    };
}

export function targetFieldInfo(
    side: Side,
    name: string,
    targets: PlanTargets
): TargetFieldInfo | undefined {
    const fields: readonly TargetFieldInfo[] =
        side === 'salesforce' ? targets.salesforceFields : targets.trustworthyFields;
    return fields.find((info) => info.name === name);
}

function addressComponentInfos(
    compoundName: string,
    targets: PlanTargets
): Partial<Record<AddressPart, SalesforceFieldInfo>> {
    const names = salesforceAddressFields(compoundName);
    const infos: Partial<Record<AddressPart, SalesforceFieldInfo>> = {};
    for (const part of ADDRESS_PARTS) {
        const info = targets.salesforceFields.find((candidate) => candidate.name === names[part]);
        if (info) infos[part] = info;
    }
    return infos;
}

/** The field descriptions that decide writability: the address parts, or the field itself. */
function writtenFieldInfos(
    side: Side,
    field: FieldMapping,
    targets: PlanTargets
): TargetFieldInfo[] {
    if (side === 'salesforce' && field.transform === 'address') {
        return Object.values(addressComponentInfos(field.salesforce, targets));
    }
    const info = targetFieldInfo(side, field[side], targets);
    return info ? [info] : [];
}

/** False only when the description says the field cannot be written; unknown fields are tried. */
export function acceptsWrites(
    side: Side,
    field: FieldMapping,
    targets: PlanTargets,
    mode: WriteMode
): boolean {
    return writtenFieldInfos(side, field, targets).every((info) => {
        if ('nillable' in info) return mode === 'create' ? info.createable : info.updateable;
        return !info.readOnly;
    });
}

/** Whether a new record on `side` cannot be created without this field. */
export function requiredOnCreate(side: Side, field: FieldMapping, targets: PlanTargets): boolean {
    const info = targetFieldInfo(side, field[side], targets);
    if (!info) return false;
    // A checkbox is never nillable yet always defaults to false, so it is never required.
    if ('nillable' in info) return !info.nillable && info.createable && info.type !== 'boolean';
    return info.required;
}
