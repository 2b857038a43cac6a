/** The vocabulary of a record's merge plan. */
import type { Pairing } from '../mapping/mapping-schema';
import type { ReferenceResolver, Warning } from '../transforms/transform-types';
import type { SalesforceFieldInfo, Side, SideRecord, TrustworthyFieldInfo } from '../types';

/** Per field key (the mapping's Salesforce field name), the hash of each side's value at the last sync. */
export interface LinkBase {
    salesforce: Record<string, string>;
    trustworthy: Record<string, string>;
}

/** The two objects' field descriptions and the way to translate references. */
export interface PlanTargets {
    salesforceFields: readonly SalesforceFieldInfo[];
    trustworthyFields: readonly TrustworthyFieldInfo[];
    resolveReference: ReferenceResolver;
}

export interface PlanInput {
    pairing: Pairing;
    salesforce?: SideRecord;
    trustworthy?: SideRecord;
    base?: LinkBase;
    targets: PlanTargets;
}

export type FieldDecision =
    'unchanged' | 'to_salesforce' | 'to_trustworthy' | 'held' | 'error' | 'skipped';

export interface FieldOutcome {
    key: string;
    decision: FieldDecision;
    /** Each side's logical value before the sync. */
    before: { salesforce: unknown; trustworthy: unknown };
    /** The writes made for this field, keyed by target field name. */
    after?: Record<string, unknown>;
    reason: string;
}

export type ConflictResolution = 'salesforce' | 'trustworthy' | 'held';

export interface FieldConflict {
    key: string;
    salesforceValue: unknown;
    trustworthyValue: unknown;
    resolution: ConflictResolution;
    reason: string;
}

export interface FieldError {
    /** The field key, or '(record)' for an error about the whole record. */
    key: string;
    code: string;
    message: string;
}

export interface RecordPlan {
    toSalesforce: Record<string, unknown>;
    toTrustworthy: Record<string, unknown>;
    fields: FieldOutcome[];
    conflicts: FieldConflict[];
    held: boolean;
    warnings: Warning[];
    errors: FieldError[];
    /** Set when the record is missing on `side` and cannot be created there (a required field fails). */
    createBlocked: { side: Side; reason: string } | undefined;
    /** The base to store once the writes have succeeded. */
    nextBase: LinkBase;
}
