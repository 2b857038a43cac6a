/**
 * Second pass over one record: which fields may be written by this user, the
 * per-field rules, and the required fields. Produces either the changes to
 * apply or every error Salesforce would report for the record.
 */
import { findField } from '../schema/catalog';
import type { FieldDef, SObjectDef } from '../schema/types';
import { checkFieldValue, type ReferenceLookup } from './field-validation';
import { recordErrors, type RecordError } from './record-errors';
import type { ParsedValue } from './value-parsing';

/** The object as defined, and as the acting user sees it after field-level security. */
export interface ObjectAccess {
    full: SObjectDef;
    visible: SObjectDef;
}

export type WriteMode = 'create' | 'update';

export type ValidationResult =
    { ok: true; changes: Record<string, ParsedValue> } | { ok: false; errors: RecordError[] };

function isRequiredOnCreate(field: FieldDef): boolean {
    return (
        !field.nillable && field.createable && !field.defaultedOnCreate && field.type !== 'boolean'
    );
}

function writable(field: FieldDef, mode: WriteMode): boolean {
    return mode === 'create' ? field.createable : field.updateable;
}

/** Create: required fields absent or null. Update: required fields explicitly set to null. */
function requiredErrors(
    access: ObjectAccess,
    changes: Record<string, ParsedValue>,
    mode: WriteMode
): RecordError[] {
    const isMissing = (name: string) =>
        mode === 'create' ? changes[name] == null : name in changes && changes[name] === null;
    const missing = access.full.fields
        .filter(isRequiredOnCreate)
        .filter((field) => isMissing(field.name))
        .map((field) => field.name);
    return missing.length > 0 ? [recordErrors.requiredMissing(missing)] : [];
}

export function validateRecord(
    access: ObjectAccess,
    parsed: Map<string, unknown>,
    mode: WriteMode,
    lookup: ReferenceLookup
): ValidationResult {
    const notWritable: string[] = [];
    const fields: Array<[FieldDef, ParsedValue]> = [];

    for (const [name, value] of parsed) {
        if (!findField(access.full, name)) {
            return { ok: false, errors: [recordErrors.noSuchColumn(name, access.full.name)] };
        }
        const visible = findField(access.visible, name);
        if (!visible || !writable(visible, mode)) {
            notWritable.push(name);
            continue;
        }
        fields.push([visible, value as ParsedValue]);
    }
    if (notWritable.length > 0)
        return { ok: false, errors: [recordErrors.notWritable(notWritable)] };

    const errors: RecordError[] = [];
    const changes: Record<string, ParsedValue> = {};
    for (const [field, value] of fields) {
        const check = checkFieldValue(field, value, lookup);
        if (check.ok) changes[field.name] = check.value;
        else errors.push(check.error);
    }
    errors.push(...requiredErrors(access, changes, mode));

    return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
