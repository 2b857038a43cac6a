import { auditFields, idField } from '../common-fields';
import { checkbox, dateTime, picklist, readOnly, text } from '../field-builders';
import type { SObjectDef } from '../types';

/** The single org record the sf CLI reads to label a connection (sandbox? trial? instance?). */
export const ORGANIZATION: SObjectDef = {
    name: 'Organization',
    label: 'Organization',
    labelPlural: 'Organizations',
    keyPrefix: '00D',
    custom: false,
    fields: [
        idField('Organization'),
        readOnly(text('Name', 'Name', 80, { nillable: false })),
        readOnly(text('Country', 'Country', 80)),
        readOnly(text('InstanceName', 'Instance Name', 5)),
        readOnly(checkbox('IsSandbox', 'Is Sandbox')),
        readOnly(dateTime('TrialExpirationDate', 'Trial Expiration Date')),
        readOnly(text('NamespacePrefix', 'Namespace Prefix', 15)),
        readOnly(
            picklist('OrganizationType', 'Edition', ['Developer Edition', 'Enterprise Edition'], {
                length: 40,
                restrictedPicklist: true
            })
        ),
        readOnly(picklist('DefaultLocaleSidKey', 'Locale', ['en_GB', 'en_US'], { length: 40 })),
        readOnly(
            picklist('TimeZoneSidKey', 'Time Zone', ['Europe/London', 'America/Los_Angeles'], {
                length: 40
            })
        ),
        readOnly(picklist('LanguageLocaleKey', 'Language', ['en_US'], { length: 40 })),
        ...auditFields()
    ]
};
