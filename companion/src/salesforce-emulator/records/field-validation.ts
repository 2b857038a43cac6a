/**
 * Salesforce's per-field rules for a value already read as its type:
 * lengths, restricted picklists, email form, number precision and scale,
 * and references to other records.
 */
import Decimal from 'decimal.js';

import { toId18 } from '../../salesforce/ids';
import { salesforceLength } from '../../salesforce/text-length';
import { findObject } from '../schema/catalog';
import type { FieldDef } from '../schema/types';
import { recordErrors, type RecordError } from './record-errors';
import type { ParsedValue } from './value-parsing';

export type ReferenceState = 'live' | 'deleted' | 'missing';

/** Looks a referenced record up: undefined when the target object is not emulated. */
export type ReferenceLookup = (objectName: string, id18: string) => ReferenceState | undefined;

export type FieldCheck = { ok: true; value: ParsedValue } | { ok: false; error: RecordError };

const EMAIL_PATTERN = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

function pass(value: ParsedValue): FieldCheck {
    return { ok: true, value };
}

function fail(error: RecordError): FieldCheck {
    return { ok: false, error };
}

function checkPicklist(field: FieldDef, value: string): FieldCheck {
    if (!field.restrictedPicklist) return pass(value);
    const allowed = new Set(
        field.picklistValues.filter((entry) => entry.active).map((entry) => entry.value)
    );
    const chosen = field.type === 'multipicklist' ? value.split(';') : [value];
    const bad = chosen.find((choice) => !allowed.has(choice));
    return bad === undefined ? pass(value) : fail(recordErrors.badRestrictedPicklist(field, bad));
}

/** Rounds half-up to the scale; refuses more integer digits than precision − scale allows. */
function checkNumber(field: FieldDef, value: number): FieldCheck {
    const integerDigits = field.type === 'int' ? field.digits : field.precision - field.scale;
    const scale = field.type === 'int' ? 0 : field.scale;
    const rounded = new Decimal(value).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
    const digitsBeforePoint = rounded.abs().truncated().toFixed(0).replace(/^0$/, '').length;
    if (digitsBeforePoint > integerDigits) {
        return fail(recordErrors.numberOutOfRange(field, String(value)));
    }
    return pass(rounded.toNumber());
}

function checkReference(field: FieldDef, value: string, lookup: ReferenceLookup): FieldCheck {
    const id18 = toId18(value);
    const targets = field.referenceTo.map(findObject).filter((def) => def !== undefined);
    const target = targets.find((def) => id18?.startsWith(def.keyPrefix));
    if (!id18 || (targets.length > 0 && !target))
        return fail(recordErrors.malformedReference(field, value));
    if (!target) return pass(id18);

    const state = lookup(target.name, id18);
    if (state === 'deleted') return fail({ ...recordErrors.entityDeleted(), fields: [field.name] });
    if (state === 'missing') return fail(recordErrors.unknownReference(field));
    return pass(id18);
}

export function checkFieldValue(
    field: FieldDef,
    value: ParsedValue,
    lookup: ReferenceLookup
): FieldCheck {
    if (value === null) return pass(field.type === 'boolean' ? false : null);

    if (
        typeof value === 'string' &&
        field.length > 0 &&
        field.type !== 'reference' &&
        field.type !== 'id'
    ) {
        if (salesforceLength(value) > field.length)
            return fail(recordErrors.stringTooLong(field, value));
    }

    switch (field.type) {
        case 'picklist':
        case 'multipicklist':
            return checkPicklist(field, value as string);
        case 'email':
            return EMAIL_PATTERN.test(value as string)
                ? pass(value)
                : fail(recordErrors.badEmail(field, value as string));
        case 'int':
        case 'double':
        case 'currency':
        case 'percent':
            return checkNumber(field, value as number);
        case 'reference':
            return checkReference(field, value as string, lookup);
        default:
            return pass(value);
    }
}
