/**
 * Both sides' schemas as the mapping editor and the validator see them. The
 * mappings helper owns this file; routes reach it as `deps.mappings.schema`.
 */
import type { GlobalDescribeEntry } from '../../salesforce/salesforce-gateway';
import type { TrustworthyFieldInfo } from '../../engine/types';

export interface SalesforcePicklistEntry {
    value: string;
    label: string | null;
    active: boolean;
}

/** A field as describe shows it to the integration user (after field-level security). */
export interface SalesforceSchemaField {
    name: string;
    label: string;
    type: string;
    length: number;
    precision: number;
    scale: number;
    digits: number;
    nillable: boolean;
    createable: boolean;
    updateable: boolean;
    defaultedOnCreate: boolean;
    externalId: boolean;
    calculated: boolean;
    autoNumber: boolean;
    restrictedPicklist: boolean;
    picklistValues: SalesforcePicklistEntry[];
    referenceTo: string[];
    compoundFieldName: string | null;
}

/** An object's describe as the integration user sees it, with its object permissions. */
export interface SalesforceObjectSchema {
    name: string;
    label: string;
    createable: boolean;
    updateable: boolean;
    deletable: boolean;
    fields: SalesforceSchemaField[];
}

export interface TrustworthyObjectSchema {
    name: string;
    fields: TrustworthyFieldInfo[];
}

export interface SchemaReadOptions {
    /** Ask the side again instead of answering from the store's cache. */
    refresh?: boolean;
}

export interface SchemaCatalog {
    salesforceObjects(): Promise<GlobalDescribeEntry[]>;
    /** Throws ApiError('not_found') naming the object when the user cannot see it. */
    salesforceObject(
        name: string,
        options?: SchemaReadOptions
    ): Promise<SalesforceObjectSchema & { fetchedAt: string }>;
    trustworthyObjects(): Promise<Array<{ name: string; label: string }>>;
    /** Throws ApiError('not_found') naming the object when the account has no such object. */
    trustworthyObject(
        name: string,
        options?: SchemaReadOptions
    ): Promise<TrustworthyObjectSchema & { fetchedAt: string }>;
}
