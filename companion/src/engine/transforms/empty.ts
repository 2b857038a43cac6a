/**
 * One definition of "empty" for every transform: null, undefined, text that
 * is only whitespace, an empty list, an address with no parts. Writing an
 * empty value sends null, so that clearing a field on one side really clears
 * it on the other.
 */
import type { Side } from '../types';
import { isSalesforceFieldInfo } from './field-limits';
import type { TargetFieldInfo } from './transform-types';

export function isEmpty(value: unknown): boolean {
    if (value === null || value === undefined) return true;
    if (typeof value === 'string') return value.trim() === '';
    if (Array.isArray(value)) return value.every(isEmpty);
    if (typeof value === 'object') return Object.values(value).every(isEmpty);
    return false;
}

/** Salesforce checkboxes have no null: an empty value unticks them. */
export function emptyValueFor(
    targetSide: Side,
    targetField: TargetFieldInfo | undefined
): null | false {
    const isCheckbox =
        targetSide === 'salesforce' &&
        targetField !== undefined &&
        isSalesforceFieldInfo(targetField) &&
        targetField.type === 'boolean';
    return isCheckbox ? false : null;
}
