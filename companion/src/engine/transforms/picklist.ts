/**
 * Picklist values go through the mapping's value map (Salesforce →
 * Trustworthy, or its inverse on the way back): an exact match first, then a
 * case-insensitive one. A value the map does not know is refused, or passed
 * through as is when the mapping allows it — but never into a restricted
 * picklist that does not list it. Without a value map, values are taken as
 * they are, matched to the target's own spelling where it has a list.
 */
import { valueMapTowards } from '../mapping/value-maps';
import type { Side } from '../types';
import { restrictedValuesOf } from './field-limits';
import {
    converted,
    failed,
    type TransformContext,
    type ValueOutcome,
    type Warning
} from './transform-types';

export function transformPicklistValue(
    targetSide: Side,
    value: string,
    ctx: TransformContext
): ValueOutcome<string> {
    const valueMap = valueMapTowards(targetSide, ctx.field);
    const allowed = restrictedValuesOf(ctx.targetField);
    const warnings: Warning[] = [];

    let mapped = valueMap ? lookUp(valueMap, value) : value;
    if (mapped === undefined) {
        if ((ctx.field.unmappedValue ?? 'reject') === 'reject') {
            return failed('picklist_value_unmapped', `the value map has no entry for "${value}"`);
        }
        mapped = value;
        warnings.push({
            code: 'picklist_value_passed_through',
            message: `"${value}" is not in the value map and was passed through unchanged`,
            details: { value }
        });
    }

    if (allowed === undefined) return converted(mapped, warnings);

    const spelled = allowed.includes(mapped)
        ? mapped
        : allowed.find((option) => sameIgnoringCase(option, mapped));
    if (spelled === undefined) {
        return failed(
            'picklist_value_not_allowed',
            `"${mapped}" is not one of the target's allowed values`
        );
    }
    return converted(spelled, warnings);
}

function lookUp(valueMap: Readonly<Record<string, string>>, value: string): string | undefined {
    if (Object.hasOwn(valueMap, value)) return valueMap[value];
    const key = Object.keys(valueMap).find((candidate) => sameIgnoringCase(candidate, value));
    return key === undefined ? undefined : valueMap[key];
}

function sameIgnoringCase(a: string, b: string): boolean {
    return a.toLowerCase() === b.toLowerCase();
}

export function transformPicklist(
    targetSide: Side,
    value: unknown,
    ctx: TransformContext
): ValueOutcome<string> {
    if (typeof value !== 'string') return failed('not_text', 'expected a picklist value as text');
    return transformPicklistValue(targetSide, value, ctx);
}

/** Salesforce keeps several values as `A;B`; Trustworthy as a list. */
export function splitMultiSelect(value: unknown): string[] | undefined {
    if (Array.isArray(value))
        return value.every((item) => typeof item === 'string') ? value : undefined;
    if (typeof value !== 'string') return undefined;
    return value
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

export function transformMultiPicklist(
    targetSide: Side,
    value: unknown,
    ctx: TransformContext
): ValueOutcome<string | string[] | null> {
    const values = splitMultiSelect(value);
    if (values === undefined) return failed('not_text', 'expected a list of picklist values');

    const mapped: string[] = [];
    const warnings: Warning[] = [];
    for (const item of values) {
        const outcome = transformPicklistValue(targetSide, item, ctx);
        if (!outcome.ok) return outcome;
        if (!mapped.includes(outcome.value)) mapped.push(outcome.value);
        warnings.push(...outcome.warnings);
    }

    if (mapped.length === 0) return converted(null, warnings);
    return converted(targetSide === 'salesforce' ? mapped.join(';') : mapped, warnings);
}
