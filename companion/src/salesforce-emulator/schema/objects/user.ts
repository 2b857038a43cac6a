import { auditFields, idField } from '../common-fields';
import { checkbox, email, picklist, readOnly, reference, text } from '../field-builders';
import type { SObjectDef } from '../types';

/**
 * Only what the product and the sf CLI read: who a user is, whether they are
 * active, and their locale. Users are seeded by the org, never written
 * through the emulated API.
 */
export const USER: SObjectDef = {
    name: 'User',
    label: 'User',
    labelPlural: 'Users',
    keyPrefix: '005',
    custom: false,
    fields: [
        idField('User'),
        readOnly(
            text('Username', 'Username', 80, { nillable: false, unique: true, idLookup: true })
        ),
        readOnly(
            text('LastName', 'Last Name', 80, { nillable: false, extraTypeInfo: 'personname' })
        ),
        readOnly(text('FirstName', 'First Name', 40, { extraTypeInfo: 'personname' })),
        readOnly(text('Name', 'Full Name', 121, { nillable: false, extraTypeInfo: 'personname' })),
        readOnly(text('Alias', 'Alias', 8, { nillable: false })),
        readOnly(email('Email', 'Email', { nillable: false })),
        readOnly(checkbox('IsActive', 'Active')),
        readOnly(reference('ProfileId', 'Profile ID', 'Profile', 'Profile', { nillable: false })),
        readOnly(
            picklist('UserType', 'User Type', ['Standard'], {
                length: 40,
                restrictedPicklist: true
            })
        ),
        readOnly(
            picklist('TimeZoneSidKey', 'Time Zone', ['Europe/London', 'America/Los_Angeles'], {
                length: 40
            })
        ),
        readOnly(picklist('LocaleSidKey', 'Locale', ['en_GB', 'en_US'], { length: 40 })),
        readOnly(picklist('LanguageLocaleKey', 'Language', ['en_US'], { length: 40 })),
        ...auditFields()
    ]
};
