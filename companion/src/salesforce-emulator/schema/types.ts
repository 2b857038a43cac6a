/**
 * The emulated org's object definitions, authored in the project from
 * Salesforce's documented and recorded facts. The describe route expands
 * these into Salesforce's full describe shape; SOQL, validation and
 * field-level security read them directly.
 */

export type SalesforceFieldType =
    | 'id'
    | 'string'
    | 'textarea'
    | 'email'
    | 'phone'
    | 'url'
    | 'picklist'
    | 'multipicklist'
    | 'combobox'
    | 'boolean'
    | 'date'
    | 'datetime'
    | 'double'
    | 'currency'
    | 'percent'
    | 'int'
    | 'reference'
    | 'address';

export interface PicklistEntry {
    value: string;
    label: string;
    active: boolean;
    defaultValue: boolean;
}

export interface FieldDef {
    name: string;
    label: string;
    type: SalesforceFieldType;
    /** Characters (UTF-16 code units) for text types; 0 for non-text. */
    length: number;
    precision: number;
    scale: number;
    digits: number;
    nillable: boolean;
    createable: boolean;
    updateable: boolean;
    defaultedOnCreate: boolean;
    custom: boolean;
    unique: boolean;
    externalId: boolean;
    idLookup: boolean;
    caseSensitive: boolean;
    filterable: boolean;
    sortable: boolean;
    calculated: boolean;
    picklistValues: PicklistEntry[];
    restrictedPicklist: boolean;
    referenceTo: string[];
    relationshipName: string | null;
    /** For address components: the compound field they belong to (e.g. MailingAddress). */
    compoundFieldName: string | null;
    extraTypeInfo: string | null;
    inlineHelpText: string | null;
    /** For reference fields: the name of the parent-to-child relationship (Account.Contacts). */
    childRelationshipName?: string | null;
}

/** Object permissions of one user (a profile's or permission set's Create, Edit and Delete). */
export interface ObjectPermissions {
    create: boolean;
    edit: boolean;
    delete: boolean;
}

export interface SObjectDef {
    name: string;
    label: string;
    labelPlural: string;
    keyPrefix: string;
    custom: boolean;
    fields: FieldDef[];
    /** Set on a user's view of the object when an admin restricted it; absent means full access. */
    permissions?: ObjectPermissions;
}
