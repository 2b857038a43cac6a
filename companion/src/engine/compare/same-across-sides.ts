/**
 * Whether the two sides hold the same value for a mapped field. Values live
 * in different vocabularies (picklist labels, id spaces, formats), so the
 * Salesforce value is first carried over to Trustworthy exactly as a sync
 * would write it, then both are compared in canonical form.
 */
import type { FieldMapping } from '../mapping/mapping-schema';
import { readLogicalValue } from '../transforms/read-logical-value';
import type { TransformContext } from '../transforms/transform-types';
import { transformValue } from '../transforms/transform-value';
import { comparableValue } from './comparable-value';
import { valueHash } from './value-hash';

/** `ctx` describes the Trustworthy field (the side the value is carried to). */
export function sameAcrossSides(
    field: FieldMapping,
    salesforceLogical: unknown,
    trustworthyLogical: unknown,
    ctx: TransformContext
): boolean {
    const carried = transformValue('trustworthy', salesforceLogical, ctx);
    if (!carried.ok || !(field.trustworthy in carried.writes)) return false;

    const asWritten = readLogicalValue('trustworthy', carried.writes, field);
    return sameCanonical(field, asWritten, trustworthyLogical);
}

export function sameCanonical(field: FieldMapping, a: unknown, b: unknown): boolean {
    return (
        valueHash(comparableValue(a, field.transform)) ===
        valueHash(comparableValue(b, field.transform))
    );
}
