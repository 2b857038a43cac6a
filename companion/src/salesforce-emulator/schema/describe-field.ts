/**
 * One field's entry in a describe body. The derived properties follow what
 * real describes show for each kind of field (e.g. byteLength is three bytes
 * per character for text, and the Id length for Ids).
 */
import type { FieldDef, SalesforceFieldType } from './types';

const TEXT_TYPES: ReadonlySet<SalesforceFieldType> = new Set([
    'string',
    'textarea',
    'email',
    'phone',
    'url',
    'picklist',
    'multipicklist',
    'combobox'
]);

const DECIMAL_TYPES: ReadonlySet<SalesforceFieldType> = new Set(['double', 'currency', 'percent']);

export function soapTypeOf(type: SalesforceFieldType): string {
    switch (type) {
        case 'id':
        case 'reference':
            return 'tns:ID';
        case 'boolean':
            return 'xsd:boolean';
        case 'double':
        case 'currency':
        case 'percent':
            return 'xsd:double';
        case 'int':
            return 'xsd:int';
        case 'date':
            return 'xsd:date';
        case 'datetime':
            return 'xsd:dateTime';
        case 'address':
            return 'urn:address';
        default:
            return 'xsd:string';
    }
}

export function byteLengthOf(field: FieldDef): number {
    if (field.type === 'id' || field.type === 'reference') return field.length;
    return TEXT_TYPES.has(field.type) ? field.length * 3 : 0;
}

function isLongText(field: FieldDef): boolean {
    return field.type === 'textarea' && field.length > 255;
}

function isAggregatable(field: FieldDef): boolean {
    return !(field.type === 'boolean' || field.type === 'address' || isLongText(field));
}

function isGroupable(field: FieldDef): boolean {
    if (field.type === 'datetime' || field.type === 'address' || DECIMAL_TYPES.has(field.type))
        return false;
    return !isLongText(field) && field.type !== 'multipicklist';
}

/** Whether an admin can grant or withhold this field in a profile or permission set. */
function isPermissionable(field: FieldDef): boolean {
    if (field.type === 'address') return true;
    if (field.type === 'boolean') return field.updateable;
    return field.nillable && (field.createable || field.updateable);
}

export function describeField(field: FieldDef): Record<string, unknown> {
    return {
        aggregatable: isAggregatable(field),
        aiPredictionField: false,
        autoNumber: false,
        byteLength: byteLengthOf(field),
        calculated: field.calculated,
        calculatedFormula: null,
        cascadeDelete: false,
        caseSensitive: field.caseSensitive,
        compoundFieldName: field.compoundFieldName,
        controllerName: null,
        createable: field.createable,
        custom: field.custom,
        defaultValue: field.type === 'boolean' ? false : null,
        defaultValueFormula: null,
        defaultedOnCreate: field.defaultedOnCreate,
        dependentPicklist: false,
        deprecatedAndHidden: false,
        digits: field.digits,
        displayLocationInDecimal: false,
        encrypted: false,
        externalId: field.externalId,
        extraTypeInfo: field.extraTypeInfo,
        filterable: field.filterable,
        filteredLookupInfo: null,
        formulaTreatNullNumberAsZero: false,
        groupable: isGroupable(field),
        highScaleNumber: false,
        htmlFormatted: false,
        idLookup: field.idLookup,
        inlineHelpText: field.inlineHelpText,
        label: field.label,
        length: field.length,
        mask: null,
        maskType: null,
        name: field.name,
        nameField: field.name === 'Name',
        namePointing: false,
        nillable: field.nillable,
        permissionable: isPermissionable(field),
        picklistValues: field.picklistValues.map((entry) => ({
            active: entry.active,
            defaultValue: entry.defaultValue,
            label: entry.label,
            validFor: null,
            value: entry.value
        })),
        polymorphicForeignKey: false,
        precision: field.precision,
        queryByDistance: field.type === 'address',
        referenceTargetField: null,
        referenceTo: field.referenceTo,
        relationshipName: field.relationshipName,
        relationshipOrder: null,
        restrictedDelete: false,
        restrictedPicklist: field.restrictedPicklist,
        scale: field.scale,
        searchPrefilterable: field.type === 'reference' && field.createable,
        soapType: soapTypeOf(field.type),
        sortable: field.sortable,
        type: field.type,
        unique: field.unique,
        updateable: field.updateable,
        writeRequiresMasterRead: false
    };
}
