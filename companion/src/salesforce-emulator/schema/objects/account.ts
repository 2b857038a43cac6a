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
    currency,
    date,
    dateTime,
    double,
    integer,
    phone,
    picklist,
    readOnly,
    reference,
    text,
    textArea,
    url
} from '../field-builders';
import type { SObjectDef } from '../types';
import { ACCOUNT_TYPES, INDUSTRIES, LEAD_SOURCES } from './picklist-values';

/** A household in Trustworthy terms; the product links one Account per family. */
export const ACCOUNT: SObjectDef = {
    name: 'Account',
    label: 'Account',
    labelPlural: 'Accounts',
    keyPrefix: '001',
    custom: false,
    fields: [
        idField('Account'),
        isDeletedField(),
        readOnly(reference('MasterRecordId', 'Master Record ID', 'Account', 'MasterRecord')),
        text('Name', 'Account Name', 255, {
            nillable: false,
            extraTypeInfo: 'switchablepersonname',
            compoundFieldName: 'Name'
        }),
        picklist('Type', 'Account Type', ACCOUNT_TYPES, { length: 255 }),
        reference('ParentId', 'Parent Account ID', 'Account', 'Parent', {
            childRelationshipName: 'ChildAccounts'
        }),
        ...addressGroup('Billing', 'Billing'),
        ...addressGroup('Shipping', 'Shipping'),
        phone('Phone', 'Account Phone'),
        phone('Fax', 'Account Fax'),
        text('AccountNumber', 'Account Number', 40),
        url('Website', 'Website'),
        picklist('Industry', 'Industry', INDUSTRIES, { length: 255 }),
        currency('AnnualRevenue', 'Annual Revenue', 18, 0),
        integer('NumberOfEmployees', 'Employees', 8),
        picklist('Ownership', 'Ownership', ['Public', 'Private', 'Subsidiary', 'Other'], {
            length: 255
        }),
        textArea('Description', 'Account Description', 32000),
        picklist('Rating', 'Account Rating', ['Hot', 'Warm', 'Cold'], { length: 255 }),
        text('Site', 'Account Site', 80),
        picklist('AccountSource', 'Account Source', LEAD_SOURCES, { length: 40 }),
        ownerField(),
        ...auditFields(),
        readOnly(date('LastActivityDate', 'Last Activity')),
        ...recentlyViewedFields(),
        ...trustworthySyncFields('Household'),
        dateTime('Trustworthy_Last_Reviewed__c', 'Trustworthy Last Reviewed', {
            inlineHelpText: 'When the family last reviewed this household in Trustworthy.'
        }),
        double('Trustworthy_Household_Size__c', 'Trustworthy Household Size', 3, 0, {
            inlineHelpText: 'How many people Trustworthy counts in this household.'
        })
    ]
};
