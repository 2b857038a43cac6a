/**
 * Validates the `fields` of one record write against model.ts: unknown and
 * read-only names, each value's type and limits, references that must point
 * at a live record of the right object, and required fields (all of them on
 * create; on update only that none is being emptied).
 */
import type { TrustworthyFieldInfo } from '../engine/types';
import type { TrustworthyObjectDef } from '../trustworthy/model';
import { findTrustworthyObject } from '../trustworthy/model';
import { recordIdPattern } from '../trustworthy/wire-formats';
import type { ValueProblemCode } from './value-rules';
import { checkValue } from './value-rules';

export type RecordErrorCode =
    | ValueProblemCode
    | 'unknown_field'
    | 'read_only_field'
    | 'required_field_missing'
    | 'invalid_reference'
    | 'not_found'
    | 'external_ref_conflict'
    | 'in_use';

export interface RecordProblem {
    code: RecordErrorCode;
    message: string;
    field: string | null;
}

export type FieldsCheck =
    { ok: true; values: Record<string, unknown> } | { ok: false; problem: RecordProblem };

export interface ValidationOptions {
    mode: 'create' | 'update';
    referenceExists(objectName: string, id: string): boolean;
    /** Seeds may backdate created_at/updated_at; API writes never may. */
    allowTimestamps?: boolean;
}

const TIMESTAMP_FIELDS = ['created_at', 'updated_at'];

const problem = (code: RecordErrorCode, message: string, field: string | null): FieldsCheck => ({
    ok: false,
    problem: { code, message, field }
});

function isEmpty(value: unknown): boolean {
    return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function checkReference(
    field: TrustworthyFieldInfo,
    id: string,
    options: ValidationOptions
): FieldsCheck | undefined {
    const target = findTrustworthyObject(field.referenceTo ?? '');
    const wellFormed = target !== undefined && recordIdPattern(target.idPrefix).test(id);
    if (wellFormed && options.referenceExists(target.name, id)) return undefined;
    const message = `${field.name} does not name an existing ${field.referenceTo ?? 'record'}`;
    return problem('invalid_reference', message, field.name);
}

export function validateFields(
    definition: TrustworthyObjectDef,
    fields: Record<string, unknown>,
    options: ValidationOptions
): FieldsCheck {
    const values: Record<string, unknown> = {};

    for (const [name, value] of Object.entries(fields)) {
        const field = definition.fields.find((candidate) => candidate.name === name);
        if (!field) {
            return problem('unknown_field', `${definition.name} has no field ${name}`, name);
        }

        const timestampAllowed =
            options.allowTimestamps === true && TIMESTAMP_FIELDS.includes(name);
        if (field.readOnly && !timestampAllowed) {
            return problem('read_only_field', `${name} is read-only`, name);
        }

        if (value === null) {
            if (field.required) {
                return problem(
                    'required_field_missing',
                    `${name} is required and cannot be cleared`,
                    name
                );
            }
            values[name] = null;
            continue;
        }

        const checked = checkValue(field, value);
        if (!checked.ok) return problem(checked.code, checked.message, name);
        if (field.required && isEmpty(checked.value)) {
            return problem(
                'required_field_missing',
                `${name} is required and cannot be empty`,
                name
            );
        }

        if (field.type === 'reference') {
            const broken = checkReference(field, checked.value as string, options);
            if (broken) return broken;
        }
        values[name] = checked.value;
    }

    if (options.mode === 'create') {
        const missing = definition.fields.find(
            (field) => field.required && !field.readOnly && isEmpty(values[field.name] ?? null)
        );
        if (missing) {
            return problem('required_field_missing', `${missing.name} is required`, missing.name);
        }
    }
    return { ok: true, values };
}
