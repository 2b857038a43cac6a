/**
 * The canonical form of a logical value, used to tell whether a field
 * changed and whether both sides agree. Two values that mean the same thing
 * have the same canonical form: `1.50` and `1.5`, `…+0000` and `…Z`, `B;A`
 * and `A;B`. Values that cannot be parsed are kept as they are, so a bad
 * value still compares unequal to a good one.
 */
import type { TransformKind } from '../mapping/mapping-schema';
import { ADDRESS_PARTS } from '../transforms/address';
import { parseBoolean } from '../transforms/boolean';
import { normaliseEmail } from '../transforms/email';
import { isEmpty } from '../transforms/empty';
import { toEpochMs, toIsoDate } from '../transforms/iso-dates';
import { normaliseDecimal, parseDecimal } from '../transforms/number';
import { normalisePhone } from '../transforms/phone';
import { splitMultiSelect } from '../transforms/picklist';
import { textOf } from '../transforms/text';

export type Comparable =
    null | string | number | boolean | string[] | Record<string, string | null>;

export function comparableValue(logicalValue: unknown, transformKind: TransformKind): Comparable {
    // A Salesforce checkbox is never empty: it reads false where the other
    // side has no value, so "no value" and false must mean the same thing or
    // every new record would bounce a false back once.
    if (transformKind === 'boolean' && isEmpty(logicalValue)) return false;
    if (isEmpty(logicalValue)) return null;

    switch (transformKind) {
        case 'multi_picklist':
            return comparableList(logicalValue);
        case 'number': {
            const decimal = parseDecimal(logicalValue);
            return decimal === undefined ? fallback(logicalValue) : normaliseDecimal(decimal);
        }
        case 'datetime':
            return typeof logicalValue === 'string'
                ? (toEpochMs(logicalValue) ?? logicalValue)
                : fallback(logicalValue);
        case 'date':
            return typeof logicalValue === 'string'
                ? (toIsoDate(logicalValue) ?? logicalValue)
                : fallback(logicalValue);
        case 'boolean':
            return parseBoolean(logicalValue) ?? fallback(logicalValue);
        case 'email': {
            const email = normaliseEmail(logicalValue);
            return email === undefined ? fallback(logicalValue) : email.toLowerCase();
        }
        case 'phone': {
            const text = textOf(logicalValue);
            return text === undefined ? fallback(logicalValue) : normalisePhone(text);
        }
        case 'address':
            return comparableAddress(logicalValue);
        default:
            return fallback(logicalValue);
    }
}

function comparableList(value: unknown): Comparable {
    const values = splitMultiSelect(value);
    if (values === undefined) return fallback(value);
    const distinct = [...new Set(values.filter((item) => !isEmpty(item)))].sort();
    return distinct.length === 0 ? null : distinct;
}

function comparableAddress(value: unknown): Comparable {
    if (value === null || typeof value !== 'object') return fallback(value);

    const parts = value as Record<string, unknown>;
    const address: Record<string, string | null> = {};
    for (const part of ADDRESS_PARTS) {
        const text = textOf(parts[part]);
        address[part] = text === undefined || isEmpty(text) ? null : text;
    }
    return Object.values(address).every((part) => part === null) ? null : address;
}

function fallback(value: unknown): Comparable {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    return JSON.stringify(value) ?? null;
}
