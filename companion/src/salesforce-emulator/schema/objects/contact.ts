import {
    auditFields,
    idField,
    isDeletedField,
    ownerField,
    recentlyViewedFields,
    trustworthySyncFields
} from '../common-fields';
import {
    addressGroup,
    checkbox,
    date,
    email,
    multiPicklist,
    phone,
    picklist,
    readOnly,
    reference,
    text,
    textArea
} from '../field-builders';
import type { SObjectDef } from '../types';
import { LEAD_SOURCES, SALUTATIONS } from './picklist-values';

export const RELATIONSHIP_VALUES = [
    'Head of household',
    'Spouse/Partner',
    'Child',
    'Parent',
    'Dependent',
    'Other'
] as const;

export const INTEREST_VALUES = [
    'Insurance',
    'Property',
    'Investments',
    'Estate planning',
    'Education',
    'Health'
] as const;

/** A family member; Trustworthy people map one-to-one onto Contacts. */
export const CONTACT: SObjectDef = {
    name: 'Contact',
    label: 'Contact',
    labelPlural: 'Contacts',
    keyPrefix: '003',
    custom: false,
    fields: [
        idField('Contact'),
        isDeletedField(),
        readOnly(reference('MasterRecordId', 'Master Record ID', 'Contact', 'MasterRecord')),
        reference('AccountId', 'Account ID', 'Account', 'Account', {
            childRelationshipName: 'Contacts'
        }),
        text('LastName', 'Last Name', 80, {
            nillable: false,
            extraTypeInfo: 'personname',
            compoundFieldName: 'Name'
        }),
        text('FirstName', 'First Name', 40, {
            extraTypeInfo: 'personname',
            compoundFieldName: 'Name'
        }),
        picklist('Salutation', 'Salutation', SALUTATIONS, {
            length: 40,
            extraTypeInfo: 'personname',
            compoundFieldName: 'Name'
        }),
        readOnly(text('Name', 'Full Name', 121, { nillable: false, extraTypeInfo: 'personname' })),
        ...addressGroup('Other', 'Other'),
        ...addressGroup('Mailing', 'Mailing'),
        phone('Phone', 'Business Phone'),
        phone('Fax', 'Business Fax'),
        phone('MobilePhone', 'Mobile Phone'),
        phone('HomePhone', 'Home Phone'),
        phone('OtherPhone', 'Other Phone'),
        reference('ReportsToId', 'Reports To ID', 'Contact', 'ReportsTo'),
        email('Email', 'Email', { idLookup: true }),
        text('Title', 'Title', 128),
        text('Department', 'Department', 80),
        picklist('LeadSource', 'Lead Source', LEAD_SOURCES),
        date('Birthdate', 'Birthdate'),
        textArea('Description', 'Contact Description', 32000),
        checkbox('HasOptedOutOfEmail', 'Email Opt Out'),
        ownerField(),
        ...auditFields(),
        readOnly(date('LastActivityDate', 'Last Activity')),
        ...recentlyViewedFields(),
        ...trustworthySyncFields('Person'),
        picklist('Trustworthy_Relationship__c', 'Trustworthy Relationship', RELATIONSHIP_VALUES, {
            restrictedPicklist: true,
            inlineHelpText: "This person's place in the Trustworthy household."
        }),
        multiPicklist('Trustworthy_Interests__c', 'Trustworthy Interests', INTEREST_VALUES, {
            restrictedPicklist: true,
            inlineHelpText: 'Topics this person follows in Trustworthy; several may be chosen.'
        })
    ]
};
