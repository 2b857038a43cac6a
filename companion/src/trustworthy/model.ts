/**
 * Trustworthy's data model as this product understands it: households, the
 * people in them, the things they keep records of (items in categories) and
 * reminders. Trustworthy publishes no API, so this is our reading of its
 * documented model; the contract (trustworthy-api.openapi.yaml), the adapter
 * and the emulator all follow this one definition.
 */
import type { TrustworthyFieldInfo } from '../engine/types';

export interface TrustworthyObjectDef {
    name: TrustworthyObjectName;
    label: string;
    /** URL segment of the collection, e.g. /v1/members. */
    collection: string;
    idPrefix: string;
    fields: TrustworthyFieldInfo[];
}

export type TrustworthyObjectName = 'household' | 'member' | 'item' | 'reminder';

type FieldOptions = Partial<Omit<TrustworthyFieldInfo, 'name' | 'type'>>;

function field(
    name: string,
    type: TrustworthyFieldInfo['type'],
    options: FieldOptions = {}
): TrustworthyFieldInfo {
    return { name, type, required: false, readOnly: false, ...options };
}

const systemFields = [
    field('id', 'string', { readOnly: true, maxLength: 40 }),
    field('external_ref', 'string', { readOnly: true, maxLength: 18 }),
    field('created_at', 'datetime', { readOnly: true }),
    field('updated_at', 'datetime', { readOnly: true })
];

export const HOUSEHOLD: TrustworthyObjectDef = {
    name: 'household',
    label: 'Household',
    collection: 'households',
    idPrefix: 'hh_',
    fields: [
        ...systemFields,
        field('name', 'string', { required: true, maxLength: 255 }),
        field('household_type', 'enum', {
            enumValues: ['family', 'couple', 'single', 'extended', 'other']
        }),
        field('phone', 'phone', { maxLength: 40 }),
        field('email', 'email', { maxLength: 254 }),
        field('annual_income', 'decimal', { precision: 18, scale: 2 }),
        field('size', 'integer', { precision: 3, scale: 0 }),
        field('notes', 'text', { maxLength: 100000 }),
        field('address', 'address'),
        field('last_reviewed_at', 'datetime')
    ]
};

export const MEMBER: TrustworthyObjectDef = {
    name: 'member',
    label: 'Member',
    collection: 'members',
    idPrefix: 'mb_',
    fields: [
        ...systemFields,
        field('household_id', 'reference', { referenceTo: 'household', maxLength: 40 }),
        field('first_name', 'string', { maxLength: 100 }),
        field('last_name', 'string', { required: true, maxLength: 100 }),
        field('email', 'email', { maxLength: 254 }),
        field('phone', 'phone', { maxLength: 40 }),
        field('mobile_phone', 'phone', { maxLength: 40 }),
        field('birth_date', 'date'),
        field('relationship', 'enum', {
            enumValues: ['head', 'partner', 'child', 'parent', 'dependent', 'other']
        }),
        field('interests', 'multi_enum', {
            enumValues: [
                'insurance',
                'property',
                'investments',
                'estate_planning',
                'education',
                'health'
            ]
        }),
        field('email_opt_out', 'boolean'),
        field('title', 'string', { maxLength: 128 }),
        field('notes', 'text', { maxLength: 100000 }),
        field('address', 'address')
    ]
};

export const ITEM: TrustworthyObjectDef = {
    name: 'item',
    label: 'Item',
    collection: 'items',
    idPrefix: 'it_',
    fields: [
        ...systemFields,
        field('household_id', 'reference', {
            referenceTo: 'household',
            required: true,
            maxLength: 40
        }),
        field('owner_member_id', 'reference', { referenceTo: 'member', maxLength: 40 }),
        field('category', 'enum', {
            required: true,
            enumValues: [
                'insurance_policy',
                'property',
                'financial_account',
                'vehicle',
                'valuable',
                'document'
            ]
        }),
        field('name', 'string', { required: true, maxLength: 255 }),
        field('provider', 'string', { maxLength: 255 }),
        field('reference_number', 'string', { maxLength: 80 }),
        field('value', 'decimal', { precision: 18, scale: 2 }),
        field('currency', 'string', { maxLength: 3 }),
        field('start_date', 'date'),
        field('renewal_date', 'date'),
        field('notes', 'text', { maxLength: 100000 })
    ]
};

export const REMINDER: TrustworthyObjectDef = {
    name: 'reminder',
    label: 'Reminder',
    collection: 'reminders',
    idPrefix: 'rm_',
    fields: [
        ...systemFields,
        field('household_id', 'reference', {
            referenceTo: 'household',
            required: true,
            maxLength: 40
        }),
        field('item_id', 'reference', { referenceTo: 'item', maxLength: 40 }),
        field('member_id', 'reference', { referenceTo: 'member', maxLength: 40 }),
        field('title', 'string', { required: true, maxLength: 255 }),
        field('due_date', 'date', { required: true }),
        field('recurrence', 'enum', { enumValues: ['none', 'monthly', 'quarterly', 'yearly'] }),
        field('completed', 'boolean'),
        field('notes', 'text', { maxLength: 100000 })
    ]
};

export const TRUSTWORTHY_OBJECTS: readonly TrustworthyObjectDef[] = [
    HOUSEHOLD,
    MEMBER,
    ITEM,
    REMINDER
];

export function findTrustworthyObject(name: string): TrustworthyObjectDef | undefined {
    return TRUSTWORTHY_OBJECTS.find((object) => object.name === name);
}

/** The compound address value, stored as one field with these components. */
export interface TrustworthyAddress {
    street?: string | null;
    city?: string | null;
    region?: string | null;
    postal_code?: string | null;
    country?: string | null;
}

/** A record as the API returns it: system fields plus the object's fields, flat. */
export type TrustworthyRecord = Record<string, unknown> & {
    id: string;
    created_at: string;
    updated_at: string;
    external_ref?: string | null;
};
