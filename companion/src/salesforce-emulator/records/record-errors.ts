/**
 * Salesforce's record-level errors, with the codes and message texts real
 * orgs send (see shared/sf-api-facts.md §4.3). Routes turn a RecordError into
 * the single-record array envelope or a collection item's `errors` entry.
 */
import type { FieldDef } from '../schema/types';

export interface RecordError {
    statusCode: string;
    message: string;
    fields: string[];
}

/** A failure of the whole request (bad JSON, too many records), not of one record. */
export class RequestRejection extends Error {
    constructor(
        readonly status: number,
        readonly errorCode: string,
        message: string
    ) {
        super(message);
    }
}

function error(statusCode: string, message: string, fields: string[] = []): RecordError {
    return { statusCode, message, fields };
}

export const recordErrors = {
    noSuchColumn: (fieldName: string, objectName: string) =>
        error('INVALID_FIELD', `No such column '${fieldName}' on sobject of type ${objectName}`),

    notWritable: (fieldNames: string[]) =>
        error(
            'INVALID_FIELD_FOR_INSERT_UPDATE',
            `Unable to create/update fields: ${fieldNames.join(', ')}. Please check the security settings of ` +
                'this field and verify that it is read/write for your profile or permission set.',
            fieldNames
        ),

    idOnInsert: () =>
        error('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']),

    idMissingOnUpdate: () => error('MISSING_ARGUMENT', 'Id not specified in an update call'),

    requiredMissing: (fieldNames: string[]) =>
        error(
            'REQUIRED_FIELD_MISSING',
            `Required fields are missing: [${fieldNames.join(', ')}]`,
            fieldNames
        ),

    stringTooLong: (field: FieldDef, value: string) =>
        error(
            'STRING_TOO_LONG',
            `${field.label}: data value too large: ${value} (max length=${field.length})`,
            [field.name]
        ),

    badRestrictedPicklist: (field: FieldDef, value: string) =>
        error(
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            `${field.label}: bad value for restricted picklist field: ${value}`,
            [field.name]
        ),

    badEmail: (field: FieldDef, value: string) =>
        error('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, [
            field.name
        ]),

    numberOutOfRange: (field: FieldDef, value: string) =>
        error(
            'NUMBER_OUTSIDE_VALID_RANGE',
            `${field.label}: value outside of valid range on numeric field: ${value}`,
            [field.name]
        ),

    malformedReference: (field: FieldDef, value: string) =>
        error('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, [field.name]),

    unknownReference: (field: FieldDef) =>
        error('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [field.name]),

    malformedId: (value: string) => error('MALFORMED_ID', `malformed id ${value}`),

    unknownRecord: () => error('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'),

    entityDeleted: () => error('ENTITY_IS_DELETED', 'entity is deleted'),

    duplicateValue: (fieldName: string, existingId: string) =>
        error(
            'DUPLICATE_VALUE',
            `duplicate value found: ${fieldName} duplicates value on record with id: ${existingId}`
        ),

    duplicateExternalId: (field: FieldDef, ids: string[]) =>
        error(
            'DUPLICATE_EXTERNAL_ID',
            `${field.label}: more than one record found for external id field: [${ids.join(', ')}]`,
            [field.name]
        ),

    externalIdMissing: (fieldName: string) =>
        error('MISSING_ARGUMENT', `${fieldName} not specified`),

    lockedRow: () =>
        error('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record'),

    readOnlyObject: () =>
        error('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'),

    typeMissing: () => error('INVALID_TYPE', 'Must send a concrete entity type.'),

    unknownType: (typeName: string) =>
        error('INVALID_TYPE', `sObject type '${typeName}' is not supported.`),

    rolledBack: () =>
        error(
            'ALL_OR_NONE_OPERATION_ROLLED_BACK',
            'Record rolled back because not all records were valid and the request was using AllOrNone header'
        )
};

/**
 * Type errors while reading the JSON body: Salesforce fails the whole request
 * with JSON_PARSER_ERROR, naming the value and where it sits in the body.
 */
export function jsonParserRejection(
    javaType: string,
    token: string,
    value: string,
    location: string
): RequestRejection {
    return new RequestRejection(
        400,
        'JSON_PARSER_ERROR',
        `Cannot deserialize instance of ${javaType} from ${token} value ${value} or request may be missing a ` +
            `required field at ${location}`
    );
}
