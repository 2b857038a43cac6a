/**
 * What a transform takes and gives back. Transforms never throw for bad data:
 * a value that cannot be written is an error value the planner records
 * against that one field, so the rest of the record still syncs.
 */
import type { FieldMapping } from '../mapping/mapping-schema';
import type { SalesforceFieldInfo, Side, TextOverflowPolicy, TrustworthyFieldInfo } from '../types';

export interface Warning {
    code: string;
    message: string;
    /** The mapping's Salesforce field name; filled in by the planner. */
    field?: string;
    details?: Record<string, unknown>;
}

export interface TransformError {
    code: string;
    message: string;
}

export type TransformResult =
    | { ok: true; writes: Record<string, unknown>; warnings: Warning[] }
    | { ok: false; error: TransformError };

/** Maps a record id of `fromSide` in pairing `pairingId` to the linked id on the other side. */
export type ReferenceResolver = (
    pairingId: string,
    fromSide: Side,
    id: string
) => string | undefined;

export type AddressPart = 'street' | 'city' | 'region' | 'postal_code' | 'country';

/** The side-neutral address: Trustworthy's component names. */
export type LogicalAddress = Record<AddressPart, string | null>;

export type TargetFieldInfo = SalesforceFieldInfo | TrustworthyFieldInfo;

export interface TransformContext {
    field: FieldMapping;
    /** The target field's description; without it no length, scale or value limits apply. */
    targetField?: TargetFieldInfo;
    /** Salesforce address targets: the five component fields' descriptions. */
    addressComponents?: Partial<Record<AddressPart, SalesforceFieldInfo>>;
    textOverflow: TextOverflowPolicy;
    resolveReference: ReferenceResolver;
}

/** The result of converting one scalar value, before it is keyed by field name. */
export type ValueOutcome<T = unknown> =
    { ok: true; value: T; warnings: Warning[] } | { ok: false; error: TransformError };

export function converted<T>(value: T, warnings: Warning[] = []): ValueOutcome<T> {
    return { ok: true, value, warnings };
}

export function failed(code: string, message: string): { ok: false; error: TransformError } {
    return { ok: false, error: { code, message } };
}
