/**
 * Checks one field value against its definition in model.ts and returns the
 * value as it will be stored: decimals padded to the field's scale, instants
 * in UTC with milliseconds. `null` is handled by the caller (it clears).
 */
import type { TrustworthyFieldInfo } from '../engine/types';
import { ADDRESS_KEYS, DECIMAL_PATTERN, isValidDate } from '../trustworthy/wire-formats';

export type ValueProblemCode = 'invalid_type' | 'too_long' | 'invalid_enum_value' | 'invalid_value';

export type ValueCheck =
    { ok: true; value: unknown } | { ok: false; code: ValueProblemCode; message: string };

/** Address parts have no length in the model; this keeps them bounded. */
export const ADDRESS_PART_MAX_LENGTH = 255;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOOSE_INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const accept = (value: unknown): ValueCheck => ({ ok: true, value });
const reject = (code: ValueProblemCode, message: string): ValueCheck => ({
    ok: false,
    code,
    message
});

function checkText(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'string') return reject('invalid_type', `${field.name} must be a string`);

    // Lengths count UTF-16 code units, the way Salesforce measures its text fields.
    if (field.maxLength !== undefined && value.length > field.maxLength) {
        return reject('too_long', `${field.name} is longer than ${field.maxLength} characters`);
    }
    if (value === '') return accept(value);

    if (field.type === 'email' && !EMAIL.test(value)) {
        return reject('invalid_value', `${field.name} is not an email address`);
    }
    if (field.type === 'url' && !isHttpUrl(value)) {
        return reject('invalid_value', `${field.name} is not an http(s) URL`);
    }
    return accept(value);
}

function isHttpUrl(value: string): boolean {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
        return false;
    }
}

function checkEnum(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'string') return reject('invalid_type', `${field.name} must be a string`);
    if (value === '' || (field.enumValues ?? []).includes(value)) return accept(value);
    return reject(
        'invalid_enum_value',
        `${field.name} does not allow the value ${JSON.stringify(value)}`
    );
}

function checkMultiEnum(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
        return reject('invalid_type', `${field.name} must be an array of strings`);
    }
    const allowed = field.enumValues ?? [];
    const unknown = value.find((entry) => !allowed.includes(entry as string));
    if (unknown !== undefined) {
        return reject(
            'invalid_enum_value',
            `${field.name} does not allow the value ${JSON.stringify(unknown)}`
        );
    }
    if (new Set(value).size !== value.length) {
        return reject('invalid_value', `${field.name} lists a value twice`);
    }
    return accept(value);
}

/** Exact decimal text, checked against precision and scale and padded to the scale. */
function checkDecimal(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'string') {
        return reject('invalid_type', `${field.name} must be a decimal string such as "1234.50"`);
    }
    if (!DECIMAL_PATTERN.test(value)) {
        return reject('invalid_value', `${field.name} is not a decimal number`);
    }

    const scale = field.scale ?? 0;
    const precision = field.precision ?? 18;
    const negative = value.startsWith('-');
    const [wholeText = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
    const whole = wholeText.replace(/^0+(?=\d)/, '');

    if (fraction.length > scale) {
        return reject('invalid_value', `${field.name} allows at most ${scale} decimal places`);
    }
    if (whole !== '0' && whole.length > precision - scale) {
        return reject(
            'invalid_value',
            `${field.name} allows at most ${precision - scale} digits before the point`
        );
    }

    const padded = scale > 0 ? `${whole}.${fraction.padEnd(scale, '0')}` : whole;
    const isZero = /^[0.]+$/.test(padded);
    return accept(negative && !isZero ? `-${padded}` : padded);
}

function checkInteger(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        return reject('invalid_type', `${field.name} must be an integer`);
    }
    const precision = field.precision ?? 15;
    if (String(Math.abs(value)).length > precision) {
        return reject('invalid_value', `${field.name} allows at most ${precision} digits`);
    }
    return accept(value);
}

function checkDate(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'string') {
        return reject('invalid_type', `${field.name} must be a YYYY-MM-DD string`);
    }
    if (!isValidDate(value)) {
        return reject('invalid_value', `${field.name} is not a real YYYY-MM-DD date`);
    }
    return accept(value);
}

/** Any ISO-8601 instant with a zone is accepted and stored in UTC with milliseconds. */
function checkDateTime(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'string') {
        return reject('invalid_type', `${field.name} must be an ISO-8601 string`);
    }
    const match = LOOSE_INSTANT.exec(value);
    const parsed = new Date(value);
    if (!match || !isValidDate(match[1] ?? '') || Number.isNaN(parsed.getTime())) {
        return reject('invalid_value', `${field.name} is not an ISO-8601 instant with a time zone`);
    }
    return accept(parsed.toISOString());
}

function checkAddress(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return reject('invalid_type', `${field.name} must be an address object`);
    }
    for (const [key, part] of Object.entries(value)) {
        if (!(ADDRESS_KEYS as readonly string[]).includes(key)) {
            return reject('invalid_value', `${field.name} has no part named ${key}`);
        }
        if (part !== null && typeof part !== 'string') {
            return reject('invalid_type', `${field.name}.${key} must be a string or null`);
        }
        if (typeof part === 'string' && part.length > ADDRESS_PART_MAX_LENGTH) {
            return reject(
                'too_long',
                `${field.name}.${key} is longer than ${ADDRESS_PART_MAX_LENGTH} characters`
            );
        }
    }
    return accept(value);
}

function checkBoolean(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    return typeof value === 'boolean'
        ? accept(value)
        : reject('invalid_type', `${field.name} must be true or false`);
}

/** Reference existence is checked by the caller, which can see the store. */
function checkReferenceShape(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    if (typeof value !== 'string') {
        return reject('invalid_type', `${field.name} must be a record id`);
    }
    return accept(value);
}

export function checkValue(field: TrustworthyFieldInfo, value: unknown): ValueCheck {
    switch (field.type) {
        case 'string':
        case 'text':
        case 'email':
        case 'phone':
        case 'url':
            return checkText(field, value);
        case 'enum':
            return checkEnum(field, value);
        case 'multi_enum':
            return checkMultiEnum(field, value);
        case 'boolean':
            return checkBoolean(field, value);
        case 'date':
            return checkDate(field, value);
        case 'datetime':
            return checkDateTime(field, value);
        case 'decimal':
            return checkDecimal(field, value);
        case 'integer':
            return checkInteger(field, value);
        case 'address':
            return checkAddress(field, value);
        case 'reference':
            return checkReferenceShape(field, value);
    }
}
