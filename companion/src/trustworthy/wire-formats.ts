/**
 * How values look on the wire of the Trustworthy API, in one place so the
 * adapter (which checks replies) and the emulator (which checks requests)
 * read the contract the same way. Decimals travel as strings to stay exact;
 * instants are UTC with milliseconds and `Z`.
 */

/** 26 Crockford base32 characters after the object's prefix, ULID-like. */
export const CROCKFORD_BODY = '[0-9A-HJKMNP-TV-Z]{26}';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export const EXTERNAL_REF_PATTERN = /^[0-9A-Za-z]{18}$/;

export const ADDRESS_KEYS = ['street', 'city', 'region', 'postal_code', 'country'] as const;

export function recordIdPattern(idPrefix: string): RegExp {
    return new RegExp(`^${idPrefix}${CROCKFORD_BODY}$`);
}

/** True for a real calendar day: 2025-02-29 is well formed but does not exist. */
export function isValidDate(value: string): boolean {
    if (!DATE_PATTERN.test(value)) return false;
    const parsed = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function isValidInstant(value: string): boolean {
    if (!INSTANT_PATTERN.test(value)) return false;
    const parsed = new Date(value);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === value;
}
