/**
 * Vocabulary shared by the sync engine's parts. A record from either side is
 * reduced to a SideRecord: its id, when it last changed, whether it is gone,
 * and its raw field values exactly as that side's API returned them.
 */

export type Side = 'salesforce' | 'trustworthy';

export type Direction = 'both' | 'to_salesforce' | 'to_trustworthy';

export type ConflictPolicy =
    'salesforce_wins' | 'trustworthy_wins' | 'newest_wins' | 'field_owner' | 'hold';

export type DeletionPolicy = 'propagate' | 'flag' | 'ignore';

export type TextOverflowPolicy = 'truncate' | 'reject';

export interface SideRecord {
    /** Salesforce: always the 18-character Id. Trustworthy: its opaque id. */
    id: string;
    /** ISO-8601 UTC instant of the last change the side reports. */
    modifiedAt: string;
    deleted: boolean;
    /** Raw values keyed by that side's field name, as its API returned them. */
    values: Record<string, unknown>;
}

/** What the engine needs to know about a Salesforce field (a subset of describe). */
export interface SalesforceFieldInfo {
    name: string;
    type: string;
    length: number;
    precision: number;
    scale: number;
    digits: number;
    nillable: boolean;
    createable: boolean;
    updateable: boolean;
    restrictedPicklist: boolean;
    picklistValues: string[];
}

/** What the engine needs to know about a Trustworthy field (from schema discovery). */
export interface TrustworthyFieldInfo {
    name: string;
    type:
        | 'string'
        | 'text'
        | 'email'
        | 'phone'
        | 'url'
        | 'enum'
        | 'multi_enum'
        | 'boolean'
        | 'date'
        | 'datetime'
        | 'decimal'
        | 'integer'
        | 'address'
        | 'reference';
    required: boolean;
    readOnly: boolean;
    maxLength?: number;
    precision?: number;
    scale?: number;
    enumValues?: string[];
    referenceTo?: string;
}
