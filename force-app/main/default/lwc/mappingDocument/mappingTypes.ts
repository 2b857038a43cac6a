/*
 * Shapes of the companion's mapping document and of its suggestions reply,
 * as companion/openapi.json defines them. Apex hands these replies over
 * unchanged, so the contract there is the contract here.
 */

export type Verdict = 'compatible' | 'needs_transform' | 'incompatible';

export type Transform =
    | 'text'
    | 'picklist'
    | 'multi_picklist'
    | 'date'
    | 'datetime'
    | 'number'
    | 'boolean'
    | 'email'
    | 'phone'
    | 'address'
    | 'reference';

export type Direction = 'both' | 'to_salesforce' | 'to_trustworthy';

export type ConflictPolicy =
    | 'salesforce_wins'
    | 'trustworthy_wins'
    | 'newest_wins'
    | 'field_owner'
    | 'hold';

export type Side = 'salesforce' | 'trustworthy';

export type ValueMap = Record<string, string>;

export interface FieldMapping {
    salesforce: string;
    trustworthy: string;
    transform: Transform;
    valueMap?: ValueMap;
    reverseValueMap?: ValueMap;
    unmappedValue?: 'reject' | 'pass_through';
    pairing?: string;
    owner?: Side;
    direction?: Direction;
}

export interface Pairing {
    id: string;
    salesforceObject: string;
    trustworthyObject: string;
    direction: Direction;
    conflictPolicy: ConflictPolicy;
    deletions: 'propagate' | 'flag' | 'ignore';
    textOverflow: 'truncate' | 'reject';
    matchKeys: { salesforce: string; trustworthy: string }[];
    fields: FieldMapping[];
    confidentialFields?: { salesforce: string[]; trustworthy: string[] };
}

export interface MappingDocument {
    format: 'trustworthy-sync/mapping';
    formatVersion: 1;
    name: string;
    pairings: Pairing[];
}

export interface SuggestedPair {
    salesforce: string;
    trustworthy: string;
    verdict: Verdict;
    transform: Transform | null;
    reason: string;
    confidence: number;
    valueMap?: ValueMap;
}

export interface SuggestionsReply {
    salesforceObject: string;
    trustworthyObject: string;
    pairs: SuggestedPair[];
    unmatched: { salesforce: string[]; trustworthy: string[] };
}

export interface ReportedIssue {
    path: string;
    message: string;
}

export interface ValidationReport {
    valid: boolean;
    errors: ReportedIssue[];
    warnings: ReportedIssue[];
}

/** One line of the field mapping table: a field pair and the admin's choices for it. */
export interface FieldRow {
    key: string;
    salesforce: string;
    trustworthy: string;
    verdict: Verdict | null;
    reason: string;
    transform: Transform | null;
    valueMap: ValueMap;
    owner: Side | null;
    included: boolean;
    confidential: boolean;
    matchKey: boolean;
    /** Settings the table does not edit, carried from the stored mapping so a save keeps them. */
    kept: Pick<
        FieldMapping,
        'reverseValueMap' | 'unmappedValue' | 'pairing' | 'direction'
    >;
}

/** The pairing-wide choices made beside the table. */
export interface PairingSettings {
    id: string;
    salesforceObject: string;
    trustworthyObject: string;
    direction: Direction;
    conflictPolicy: ConflictPolicy;
    deletions: Pairing['deletions'];
    textOverflow: Pairing['textOverflow'];
}
