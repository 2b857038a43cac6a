/**
 * A small vocabulary for writing object definitions: each builder returns a
 * complete FieldDef with the defaults Salesforce gives that kind of field,
 * and modifiers adjust the few properties that differ per field.
 */
import type { FieldDef, PicklistEntry, SalesforceFieldType } from './types';

type FieldChanges = Partial<FieldDef>;

function base(
    name: string,
    label: string,
    type: SalesforceFieldType,
    changes: FieldChanges
): FieldDef {
    const field: FieldDef = {
        name,
        label,
        type,
        length: 0,
        precision: 0,
        scale: 0,
        digits: 0,
        nillable: true,
        createable: true,
        updateable: true,
        defaultedOnCreate: false,
        custom: name.endsWith('__c'),
        unique: false,
        externalId: false,
        idLookup: false,
        caseSensitive: false,
        filterable: true,
        sortable: true,
        calculated: false,
        picklistValues: [],
        restrictedPicklist: false,
        referenceTo: [],
        relationshipName: null,
        compoundFieldName: null,
        extraTypeInfo: null,
        inlineHelpText: null
    };
    return { ...field, ...changes };
}

export function text(
    name: string,
    label: string,
    length: number,
    changes: FieldChanges = {}
): FieldDef {
    return base(name, label, 'string', { length, ...changes });
}

/** Plain-text area; past 255 characters Salesforce stops filtering and sorting on it. */
export function textArea(
    name: string,
    label: string,
    length: number,
    changes: FieldChanges = {}
): FieldDef {
    const isLong = length > 255;
    return base(name, label, 'textarea', {
        length,
        extraTypeInfo: 'plaintextarea',
        filterable: !isLong,
        sortable: !isLong,
        ...changes
    });
}

export function email(name: string, label: string, changes: FieldChanges = {}): FieldDef {
    return base(name, label, 'email', { length: 80, ...changes });
}

export function phone(name: string, label: string, changes: FieldChanges = {}): FieldDef {
    return base(name, label, 'phone', { length: 40, ...changes });
}

export function url(name: string, label: string, changes: FieldChanges = {}): FieldDef {
    return base(name, label, 'url', { length: 255, ...changes });
}

export function checkbox(name: string, label: string, changes: FieldChanges = {}): FieldDef {
    return base(name, label, 'boolean', { nillable: false, defaultedOnCreate: true, ...changes });
}

export function date(name: string, label: string, changes: FieldChanges = {}): FieldDef {
    return base(name, label, 'date', changes);
}

export function dateTime(name: string, label: string, changes: FieldChanges = {}): FieldDef {
    return base(name, label, 'datetime', changes);
}

export function integer(
    name: string,
    label: string,
    digits: number,
    changes: FieldChanges = {}
): FieldDef {
    return base(name, label, 'int', { digits, ...changes });
}

type DecimalType = 'double' | 'currency' | 'percent';

function decimal(type: DecimalType) {
    return (
        name: string,
        label: string,
        precision: number,
        scale: number,
        changes: FieldChanges = {}
    ) => base(name, label, type, { precision, scale, ...changes });
}

export const double = decimal('double');
export const currency = decimal('currency');
export const percent = decimal('percent');

export function picklist(
    name: string,
    label: string,
    values: readonly string[],
    changes: FieldChanges = {}
): FieldDef {
    return base(name, label, 'picklist', {
        length: 255,
        picklistValues: entries(values),
        ...changes
    });
}

export function multiPicklist(
    name: string,
    label: string,
    values: readonly string[],
    changes: FieldChanges = {}
): FieldDef {
    return base(name, label, 'multipicklist', {
        length: 4099,
        picklistValues: entries(values),
        ...changes
    });
}

export function reference(
    name: string,
    label: string,
    target: string,
    relationshipName: string | null,
    changes: FieldChanges = {}
): FieldDef {
    return base(name, label, 'reference', {
        length: 18,
        referenceTo: [target],
        relationshipName,
        ...changes
    });
}

/** The compound address field that groups `<prefix>Street`, `<prefix>City`, … */
export function address(name: string, label: string): FieldDef {
    return base(name, label, 'address', {
        createable: false,
        updateable: false,
        sortable: false
    });
}

/** The nine component fields and the compound field of one address, e.g. `Mailing`. */
export function addressGroup(prefix: string, labelPrefix: string): FieldDef[] {
    const compound = `${prefix}Address`;
    const part = { compoundFieldName: compound };
    const accuracyValues = [
        'Address',
        'NearAddress',
        'Block',
        'Street',
        'ExtendedZip',
        'Zip',
        'Neighborhood',
        'City',
        'County',
        'State',
        'Unknown'
    ];
    return [
        textArea(`${prefix}Street`, `${labelPrefix} Street`, 255, part),
        text(`${prefix}City`, `${labelPrefix} City`, 40, part),
        text(`${prefix}State`, `${labelPrefix} State/Province`, 80, part),
        text(`${prefix}PostalCode`, `${labelPrefix} Zip/Postal Code`, 20, part),
        text(`${prefix}Country`, `${labelPrefix} Country`, 80, part),
        double(`${prefix}Latitude`, `${labelPrefix} Latitude`, 18, 15, part),
        double(`${prefix}Longitude`, `${labelPrefix} Longitude`, 18, 15, part),
        picklist(`${prefix}GeocodeAccuracy`, `${labelPrefix} Geocode Accuracy`, accuracyValues, {
            ...part,
            length: 40,
            restrictedPicklist: true
        }),
        address(compound, `${labelPrefix} Address`)
    ];
}

/** Marks a field as maintained by the org: never written through the API. */
export function readOnly(field: FieldDef): FieldDef {
    return { ...field, createable: false, updateable: false };
}

function entries(values: readonly string[]): PicklistEntry[] {
    return values.map((value) => ({ value, label: value, active: true, defaultValue: false }));
}
