/**
 * Addresses. Salesforce spreads a compound address over five fields named
 * after it (`BillingAddress` → `BillingStreet`, `BillingCity`, `BillingState`,
 * `BillingPostalCode`, `BillingCountry`); Trustworthy keeps one object. Each
 * part follows the text rule with its own length limit.
 */
import type { Side } from '../types';
import { isEmpty } from './empty';
import { maxLengthOf } from './field-limits';
import { fitText, textOf } from './text';
import type {
    AddressPart,
    LogicalAddress,
    TransformContext,
    TransformResult,
    Warning
} from './transform-types';

export const ADDRESS_PARTS: readonly AddressPart[] = [
    'street',
    'city',
    'region',
    'postal_code',
    'country'
];

const SALESFORCE_SUFFIX: Record<AddressPart, string> = {
    street: 'Street',
    city: 'City',
    region: 'State',
    postal_code: 'PostalCode',
    country: 'Country'
};

/** `MailingAddress` → `{ street: 'MailingStreet', … }`. */
export function salesforceAddressFields(compoundName: string): Record<AddressPart, string> {
    const prefix = compoundName.replace(/Address$/, '');
    const names = {} as Record<AddressPart, string>;
    for (const part of ADDRESS_PARTS) names[part] = prefix + SALESFORCE_SUFFIX[part];
    return names;
}

/** The address from a raw record, or null when every part is empty. */
export function readAddress(
    side: Side,
    raw: Readonly<Record<string, unknown>>,
    fieldName: string
): LogicalAddress | null {
    const source: Record<string, unknown> = {};
    if (side === 'salesforce') {
        const names = salesforceAddressFields(fieldName);
        for (const part of ADDRESS_PARTS) source[part] = raw[names[part]];
    } else {
        const value = raw[fieldName];
        if (value !== null && typeof value === 'object') Object.assign(source, value);
    }

    const address = {} as LogicalAddress;
    for (const part of ADDRESS_PARTS) {
        const text = textOf(source[part]);
        address[part] = text === undefined || isEmpty(text) ? null : text;
    }
    return ADDRESS_PARTS.every((part) => address[part] === null) ? null : address;
}

export function transformAddress(
    targetSide: Side,
    value: unknown,
    ctx: TransformContext
): TransformResult {
    const parts =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    const written = {} as LogicalAddress;
    const warnings: Warning[] = [];

    for (const part of ADDRESS_PARTS) {
        const text = textOf(parts[part]);
        if (text === undefined || isEmpty(text)) {
            written[part] = null;
            continue;
        }

        const limit =
            targetSide === 'salesforce' ? maxLengthOf(ctx.addressComponents?.[part]) : undefined;
        const outcome = fitText(text, limit, ctx.textOverflow, `address ${part}`);
        if (!outcome.ok) return outcome;
        written[part] = outcome.value;
        warnings.push(
            ...outcome.warnings.map((warning) => ({
                ...warning,
                details: { ...warning.details, part }
            }))
        );
    }

    return {
        ok: true,
        writes: addressWrites(targetSide, ctx.field[targetSide], written),
        warnings
    };
}

function addressWrites(
    targetSide: Side,
    fieldName: string,
    address: LogicalAddress
): Record<string, unknown> {
    if (targetSide === 'trustworthy') {
        const allEmpty = ADDRESS_PARTS.every((part) => address[part] === null);
        return { [fieldName]: allEmpty ? null : address };
    }

    const names = salesforceAddressFields(fieldName);
    const writes: Record<string, unknown> = {};
    for (const part of ADDRESS_PARTS) writes[names[part]] = address[part];
    return writes;
}
