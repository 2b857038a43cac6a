/** A complete, valid mapping used across the engine's tests; tests copy and alter it. */
import type { MappingFile } from '../mapping/mapping-schema';

export function demoMappingJson(): MappingFile {
    return {
        format: 'trustworthy-sync/mapping',
        formatVersion: 1,
        name: 'demo',
        pairings: [
            {
                id: 'accounts-households',
                salesforceObject: 'Account',
                trustworthyObject: 'household',
                direction: 'both',
                conflictPolicy: 'newest_wins',
                deletions: 'flag',
                textOverflow: 'truncate',
                matchKeys: [{ salesforce: 'Name', trustworthy: 'name' }],
                fields: [
                    { salesforce: 'Name', trustworthy: 'name', transform: 'text' },
                    {
                        salesforce: 'Type',
                        trustworthy: 'household_type',
                        transform: 'picklist',
                        valueMap: { Prospect: 'family', Other: 'other' },
                        unmappedValue: 'reject'
                    },
                    { salesforce: 'BillingAddress', trustworthy: 'address', transform: 'address' },
                    {
                        salesforce: 'AnnualRevenue',
                        trustworthy: 'annual_income',
                        transform: 'number'
                    },
                    { salesforce: 'Phone', trustworthy: 'phone', transform: 'phone' },
                    {
                        salesforce: 'Description',
                        trustworthy: 'notes',
                        transform: 'text',
                        owner: 'trustworthy'
                    }
                ]
            },
            {
                id: 'contacts-members',
                salesforceObject: 'Contact',
                trustworthyObject: 'member',
                direction: 'both',
                conflictPolicy: 'salesforce_wins',
                deletions: 'flag',
                textOverflow: 'truncate',
                matchKeys: [{ salesforce: 'Email', trustworthy: 'email' }],
                fields: [
                    {
                        salesforce: 'AccountId',
                        trustworthy: 'household_id',
                        transform: 'reference',
                        pairing: 'accounts-households'
                    },
                    { salesforce: 'FirstName', trustworthy: 'first_name', transform: 'text' },
                    { salesforce: 'LastName', trustworthy: 'last_name', transform: 'text' },
                    { salesforce: 'Email', trustworthy: 'email', transform: 'email' },
                    { salesforce: 'Birthdate', trustworthy: 'birth_date', transform: 'date' },
                    {
                        salesforce: 'HasOptedOutOfEmail',
                        trustworthy: 'email_opt_out',
                        transform: 'boolean'
                    }
                ]
            }
        ]
    };
}
