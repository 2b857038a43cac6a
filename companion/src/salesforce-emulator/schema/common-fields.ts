/**
 * Fields every emulated object shares (Id and the audit stamps) and the
 * package's own custom fields, which the product puts on Account, Contact
 * and Opportunity alike.
 */
import { checkbox, dateTime, picklist, readOnly, reference, text } from './field-builders';
import type { FieldDef } from './types';

export function idField(objectLabel: string): FieldDef {
    return readOnly(
        text('Id', `${objectLabel} ID`, 18, {
            type: 'id',
            nillable: false,
            defaultedOnCreate: true,
            idLookup: true
        })
    );
}

export function isDeletedField(): FieldDef {
    return readOnly(checkbox('IsDeleted', 'Deleted'));
}

export function ownerField(): FieldDef {
    return reference('OwnerId', 'Owner ID', 'User', 'Owner', {
        nillable: false,
        defaultedOnCreate: true
    });
}

/** CreatedDate … SystemModstamp: stamped by the org on every write. */
export function auditFields(): FieldDef[] {
    const stamp = { nillable: false, defaultedOnCreate: true };
    return [
        readOnly(dateTime('CreatedDate', 'Created Date', stamp)),
        readOnly(reference('CreatedById', 'Created By ID', 'User', 'CreatedBy', stamp)),
        readOnly(dateTime('LastModifiedDate', 'Last Modified Date', stamp)),
        readOnly(
            reference('LastModifiedById', 'Last Modified By ID', 'User', 'LastModifiedBy', stamp)
        ),
        readOnly(dateTime('SystemModstamp', 'System Modstamp', stamp))
    ];
}

export function recentlyViewedFields(): FieldDef[] {
    return [
        readOnly(dateTime('LastViewedDate', 'Last Viewed Date')),
        readOnly(dateTime('LastReferencedDate', 'Last Referenced Date'))
    ];
}

export const SYNC_STATUS_VALUES = [
    'Synced',
    'Pending',
    'Error',
    'Conflict',
    'Deleted in Trustworthy'
] as const;

/** The package's fields that every synced object carries. */
export function trustworthySyncFields(objectLabel: string): FieldDef[] {
    return [
        text('Trustworthy_Id__c', 'Trustworthy ID', 64, {
            externalId: true,
            unique: true,
            idLookup: true,
            caseSensitive: false,
            inlineHelpText:
                `The identifier of this ${objectLabel.toLowerCase()} in Trustworthy. ` +
                'Set by the sync; do not edit.'
        }),
        dateTime('Trustworthy_Last_Synced__c', 'Trustworthy Last Synced', {
            inlineHelpText: 'When the sync last copied this record to or from Trustworthy.'
        }),
        picklist('Trustworthy_Sync_Status__c', 'Trustworthy Sync Status', SYNC_STATUS_VALUES, {
            restrictedPicklist: true,
            inlineHelpText: 'Where this record stands with Trustworthy after the last sync run.'
        })
    ];
}
