/**
 * Picklist value maps. The file states the Salesforce → Trustworthy map; the
 * way back is its inverse, which exists only when no two Salesforce values
 * share a Trustworthy value. A map that merges values must state the way back
 * itself (`reverseValueMap`), because the engine cannot guess which Salesforce
 * value a merged Trustworthy value should become.
 */
import type { Side } from '../types';
import type { FieldMapping } from './mapping-schema';

/** Trustworthy values that more than one Salesforce value maps to. */
export function mergedTrustworthyValues(valueMap: Readonly<Record<string, string>>): string[] {
    const seen = new Set<string>();
    const merged = new Set<string>();
    for (const target of Object.values(valueMap)) {
        if (seen.has(target)) merged.add(target);
        seen.add(target);
    }
    return [...merged];
}

/** Trustworthy value → Salesforce value. */
export function reverseValueMap(field: FieldMapping): Record<string, string> | undefined {
    if (field.reverseValueMap) return field.reverseValueMap;
    if (!field.valueMap) return undefined;

    const reverse: Record<string, string> = {};
    for (const [salesforceValue, trustworthyValue] of Object.entries(field.valueMap)) {
        reverse[trustworthyValue] ??= salesforceValue;
    }
    return reverse;
}

/** The map to apply when writing to `targetSide`: keys are the other side's values. */
export function valueMapTowards(
    targetSide: Side,
    field: FieldMapping
): Record<string, string> | undefined {
    return targetSide === 'trustworthy' ? field.valueMap : reverseValueMap(field);
}
