/**
 * Whether a Salesforce field and a Trustworthy field can be mapped, and how:
 * `compatible` when a transform carries values across unchanged,
 * `needs_transform` when one does but converts or may lose something (a
 * value map, date ↔ datetime, a shorter text), `incompatible` when none can.
 */
import type { TrustworthyFieldInfo } from '../types';
import type { TransformKind } from './mapping-schema';
import { valueKey } from './name-similarity';
import { SALESFORCE_TYPES, TRUSTWORTHY_TYPES } from './transform-compatibility';

export type Verdict = 'compatible' | 'needs_transform' | 'incompatible';

/** What the verdict needs to know of a Salesforce field. */
export interface SuggestableSalesforceField {
    name: string;
    label: string;
    type: string;
    length: number;
    scale: number;
    picklistValues: string[];
}

export interface TypeVerdict {
    verdict: Verdict;
    transform: TransformKind | null;
    reason: string;
    valueMap?: Record<string, string>;
}

const NATURAL_TRANSFORM: Record<string, TransformKind> = {
    string: 'text',
    textarea: 'text',
    url: 'text',
    combobox: 'text',
    encryptedstring: 'text',
    email: 'email',
    phone: 'phone',
    picklist: 'picklist',
    multipicklist: 'multi_picklist',
    date: 'date',
    datetime: 'datetime',
    currency: 'number',
    double: 'number',
    percent: 'number',
    int: 'number',
    long: 'number',
    boolean: 'boolean',
    address: 'address',
    reference: 'reference',
    id: 'reference'
};

export function typeVerdict(
    salesforce: SuggestableSalesforceField,
    trustworthy: TrustworthyFieldInfo
): TypeVerdict {
    const candidates = (Object.keys(SALESFORCE_TYPES) as TransformKind[]).filter(
        (kind) =>
            SALESFORCE_TYPES[kind].includes(salesforce.type) &&
            TRUSTWORTHY_TYPES[kind].includes(trustworthy.type)
    );
    const natural = NATURAL_TRANSFORM[salesforce.type];
    const transform = natural && candidates.includes(natural) ? natural : candidates[0];
    if (!transform) {
        return {
            verdict: 'incompatible',
            transform: null,
            reason: `no transform carries a Salesforce ${salesforce.type} to a Trustworthy ${trustworthy.type} and back`
        };
    }
    return refine(salesforce, trustworthy, transform);
}

function refine(
    salesforce: SuggestableSalesforceField,
    trustworthy: TrustworthyFieldInfo,
    transform: TransformKind
): TypeVerdict {
    const plain = (reason: string): TypeVerdict => ({ verdict: 'compatible', transform, reason });
    const converted = (reason: string): TypeVerdict => ({
        verdict: 'needs_transform',
        transform,
        reason
    });

    switch (transform) {
        case 'picklist':
        case 'multi_picklist':
            return picklistVerdict(salesforce, trustworthy, transform);
        case 'date':
        case 'datetime':
            return salesforce.type === trustworthy.type
                ? plain(`both are ${trustworthy.type}s`)
                : converted(
                      `Salesforce has a ${salesforce.type}, Trustworthy a ${trustworthy.type}: the ${transform} transform converts (a time of day is dropped towards a date)`
                  );
        case 'reference':
            return converted(
                'a reference: name the pairing of the object it points to in `pairing`'
            );
        case 'number':
            if (trustworthy.scale !== undefined && trustworthy.scale < salesforce.scale) {
                return converted(
                    `Trustworthy keeps ${trustworthy.scale} decimals, Salesforce ${salesforce.scale}: values are rounded`
                );
            }
            return plain('both are numbers');
        case 'text':
        case 'email':
        case 'phone':
            return textVerdict(salesforce, trustworthy, transform);
        default:
            return plain(`both are ${transform === 'address' ? 'addresses' : `${transform}s`}`);
    }
}

function textVerdict(
    salesforce: SuggestableSalesforceField,
    trustworthy: TrustworthyFieldInfo,
    transform: TransformKind
): TypeVerdict {
    const trustworthyLength = trustworthy.maxLength;
    if (
        salesforce.length > 0 &&
        (trustworthyLength === undefined || trustworthyLength > salesforce.length)
    ) {
        return {
            verdict: 'needs_transform',
            transform,
            reason: `Salesforce keeps at most ${salesforce.length} characters, Trustworthy ${trustworthyLength ?? 'more'}: longer values are truncated or rejected by the pairing's textOverflow`
        };
    }
    const sameKind =
        NATURAL_TRANSFORM[salesforce.type] === transform &&
        (transform !== 'text' || ['string', 'text', 'url'].includes(trustworthy.type));
    return sameKind
        ? {
              verdict: 'compatible',
              transform,
              reason: `both hold ${transform === 'text' ? 'text' : `${transform} values`}`
          }
        : {
              verdict: 'needs_transform',
              transform,
              reason: `a Salesforce ${salesforce.type} and a Trustworthy ${trustworthy.type}: the ${transform} transform normalises the value`
          };
}

function picklistVerdict(
    salesforce: SuggestableSalesforceField,
    trustworthy: TrustworthyFieldInfo,
    transform: TransformKind
): TypeVerdict {
    const allowed = trustworthy.enumValues ?? [];
    if (allowed.length === 0)
        return { verdict: 'compatible', transform, reason: 'Trustworthy accepts any value' };

    const exact = salesforce.picklistValues.every((value) => allowed.includes(value));
    if (exact)
        return {
            verdict: 'compatible',
            transform,
            reason: 'every Salesforce value is allowed in Trustworthy'
        };

    const byKey = new Map(allowed.map((value) => [valueKey(value), value]));
    const valueMap: Record<string, string> = {};
    const unmatched: string[] = [];
    for (const value of salesforce.picklistValues) {
        const match = byKey.get(valueKey(value));
        if (match) valueMap[value] = match;
        else unmatched.push(value);
    }
    if (unmatched.length === 0) {
        return {
            verdict: 'needs_transform',
            transform,
            reason: 'the values are spelt differently: use the suggested valueMap',
            valueMap
        };
    }
    return {
        verdict: 'needs_transform',
        transform,
        reason: `add a valueMap: ${unmatched.map((value) => `"${value}"`).join(', ')} ${unmatched.length === 1 ? 'has' : 'have'} no Trustworthy value`,
        ...(Object.keys(valueMap).length > 0 ? { valueMap } : {})
    };
}
