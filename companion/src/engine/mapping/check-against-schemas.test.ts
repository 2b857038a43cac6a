import { demoMappingJson as demoWithPartialTypeMap } from '../test-support/demo-mapping';
import {
    recordedSalesforceFields,
    salesforceField,
    trustworthyFields
} from '../test-support/field-infos';
import type { SalesforceFieldInfo } from '../types';
import { checkMappingAgainstSchemas, type SchemaResolvers } from './check-against-schemas';
import type { MappingFile } from './mapping-schema';

/**
 * The demo mapping with Account.Type's value map covering every recorded
 * Type value: a partial map is itself an error (tested below), which would
 * drown the issue each other test is about.
 */
function demoMappingJson(): MappingFile {
    const mapping = demoWithPartialTypeMap();
    const type = mapping.pairings[0]!.fields[1]!;
    type.valueMap = {
        Prospect: 'family',
        'Customer - Direct': 'couple',
        'Customer - Channel': 'single',
        'Channel Partner / Reseller': 'extended',
        'Installation Partner': 'other',
        'Technology Partner': 'other',
        Other: 'other'
    };
    type.reverseValueMap = {
        family: 'Prospect',
        couple: 'Customer - Direct',
        single: 'Customer - Channel',
        extended: 'Channel Partner / Reseller',
        other: 'Other'
    };
    return mapping;
}

function resolvers(
    adjust: (objectName: string, fields: SalesforceFieldInfo[]) => SalesforceFieldInfo[] = (
        _o,
        f
    ) => f
): SchemaResolvers {
    return {
        salesforce: (objectName) => {
            if (objectName !== 'Account' && objectName !== 'Contact') return [];
            const recorded = recordedSalesforceFields(objectName)
                // SalesforceFieldInfo has no defaultedOnCreate, so this defaulted, non-nillable
                // lookup of the recorded org would read as required; leaving it out keeps the
                // clean case clean (the gap is named in check-against-schemas.ts).
                .filter((field) => field.name !== 'ns__LinkedAccount__c');
            const extra =
                objectName === 'Contact'
                    ? [salesforceField('HasOptedOutOfEmail', { type: 'boolean', nillable: false })]
                    : [];
            return adjust(objectName, [...recorded, ...extra]);
        },
        trustworthy: (objectName) => {
            try {
                return trustworthyFields(objectName);
            } catch {
                return [];
            }
        }
    };
}

function withField(
    mapping: MappingFile,
    pairingIndex: number,
    field: MappingFile['pairings'][0]['fields'][0]
): MappingFile {
    mapping.pairings[pairingIndex]!.fields.push(field);
    return mapping;
}

describe('checkMappingAgainstSchemas', () => {
    it('when the demo mapping meets the recorded schemas, then there are no issues', () => {
        expect(checkMappingAgainstSchemas(demoMappingJson(), resolvers())).toEqual([]);
    });

    it('when an object is unknown, then that pairing reports it instead of its fields, and references into it are checked', () => {
        const mapping = demoMappingJson();
        mapping.pairings[0]!.salesforceObject = 'Household__c';
        mapping.pairings[0]!.trustworthyObject = 'family';
        expect(checkMappingAgainstSchemas(mapping, resolvers())).toEqual([
            {
                path: 'pairings[0].salesforceObject',
                message:
                    'Salesforce object Household__c is unknown or not visible to the integration user',
                severity: 'error'
            },
            {
                path: 'pairings[0].trustworthyObject',
                message: 'Trustworthy object family is unknown',
                severity: 'error'
            },
            {
                path: 'pairings[1].fields[0].pairing',
                message:
                    'household_id points to household, but pairing "accounts-households" syncs family',
                severity: 'error'
            }
        ]);
    });

    it('when fields are unknown or their types do not suit the transform, then each is reported', () => {
        const mapping = demoMappingJson();
        withField(mapping, 0, {
            salesforce: 'Colour__c',
            trustworthy: 'colour',
            transform: 'text'
        });
        withField(mapping, 0, {
            salesforce: 'NumberOfEmployees',
            trustworthy: 'last_reviewed_at',
            transform: 'date'
        });
        withField(mapping, 1, {
            salesforce: 'BillingAddress',
            trustworthy: 'address',
            transform: 'address'
        });

        expect(checkMappingAgainstSchemas(mapping, resolvers())).toEqual([
            {
                path: 'pairings[0].fields[6].salesforce',
                message: 'Account has no field Colour__c',
                severity: 'error'
            },
            {
                path: 'pairings[0].fields[6].trustworthy',
                message: 'household has no field colour',
                severity: 'error'
            },
            {
                path: 'pairings[0].fields[7].transform',
                message: 'date cannot handle NumberOfEmployees, a Salesforce int field',
                severity: 'error'
            },
            {
                path: 'pairings[1].fields[6].salesforce',
                message:
                    'Contact has no field BillingStreet, BillingCity, BillingState, BillingPostalCode, BillingCountry',
                severity: 'error'
            }
        ]);
    });

    it('when a target field cannot be written in a direction it flows, then it is reported', () => {
        const mapping = demoMappingJson();
        withField(mapping, 1, { salesforce: 'Name', trustworthy: 'title', transform: 'text' });
        withField(mapping, 1, {
            salesforce: 'Title',
            trustworthy: 'created_at',
            transform: 'datetime',
            direction: 'to_trustworthy'
        });
        withField(mapping, 1, {
            salesforce: 'Department',
            trustworthy: 'notes',
            transform: 'text'
        });
        const departmentCreateOnly = resolvers((_object, fields) =>
            fields.map((field) =>
                field.name === 'Department' ? { ...field, updateable: false } : field
            )
        );

        expect(checkMappingAgainstSchemas(mapping, departmentCreateOnly)).toEqual([
            {
                path: 'pairings[1].fields[6].salesforce',
                message: 'Name is read-only in Salesforce, but the field flows to Salesforce',
                severity: 'error'
            },
            {
                path: 'pairings[1].fields[7].transform',
                message: 'datetime cannot handle Title, a Salesforce string field',
                severity: 'error'
            },
            {
                path: 'pairings[1].fields[7].trustworthy',
                message:
                    'created_at is read-only in Trustworthy, but the field flows to Trustworthy',
                severity: 'error'
            },
            {
                path: 'pairings[1].fields[8].salesforce',
                message:
                    'Department can only be set when a Salesforce record is created; later changes will not reach it',
                severity: 'warning'
            }
        ]);
    });

    it('when picklist values are not in the restricted target lists, then each value is reported', () => {
        const mapping = demoMappingJson();
        mapping.pairings[0]!.fields[1]!.valueMap = {
            Prospect: 'family',
            Other: 'others',
            Gone: 'single'
        };
        delete mapping.pairings[0]!.fields[1]!.reverseValueMap;
        const restrictedType = resolvers((_object, fields) =>
            fields.map((field) =>
                field.name === 'Type' ? { ...field, restrictedPicklist: true } : field
            )
        );

        const issues = checkMappingAgainstSchemas(mapping, restrictedType);
        expect(issues).toEqual(
            expect.arrayContaining([
                {
                    path: 'pairings[0].fields[1].valueMap',
                    message: '"others" is not an allowed value of household_type in Trustworthy',
                    severity: 'error'
                },
                {
                    path: 'pairings[0].fields[1].valueMap',
                    message:
                        '"Gone" is not an allowed value of the restricted picklist Type in Salesforce',
                    severity: 'error'
                }
            ])
        );
        // The shortened map also leaves Salesforce values with no Trustworthy counterpart.
        expect(issues).toContainEqual({
            path: 'pairings[0].fields[1].valueMap',
            message:
                'the Salesforce value "Customer - Direct" of Type has no Trustworthy value in the value map',
            severity: 'error'
        });
    });

    it('when required fields are not mapped, then new records are said to be impossible on that side', () => {
        const mapping = demoMappingJson();
        const households = mapping.pairings[0]!;
        households.fields = households.fields.filter((field) => field.salesforce !== 'Name');
        households.matchKeys = [];

        expect(checkMappingAgainstSchemas(mapping, resolvers())).toEqual([
            {
                path: 'pairings[0].fields',
                message:
                    'required salesforce field Account.Name is not filled by the mapping, so new records cannot be created there',
                severity: 'error'
            },
            {
                path: 'pairings[0].fields',
                message:
                    'required trustworthy field household.name is not filled by the mapping, so new records cannot be created there',
                severity: 'error'
            }
        ]);
    });

    it("when a one-way pairing never creates on a side, then that side's required fields are not demanded", () => {
        const mapping = demoMappingJson();
        const households = mapping.pairings[0]!;
        households.direction = 'to_salesforce';
        households.fields = households.fields.filter((field) => field.salesforce !== 'Name');
        households.matchKeys = [];

        expect(
            checkMappingAgainstSchemas(mapping, resolvers()).map((issue) => issue.message)
        ).toEqual([
            'required salesforce field Account.Name is not filled by the mapping, so new records cannot be created there'
        ]);
    });

    it('when a reference points into a pairing of another object, then it is reported', () => {
        const mapping = demoMappingJson();
        mapping.pairings.unshift({
            ...mapping.pairings[0]!,
            id: 'accounts-items',
            trustworthyObject: 'item',
            fields: []
        });
        mapping.pairings[2]!.fields[0]!.pairing = 'accounts-items';

        const issues = checkMappingAgainstSchemas(mapping, resolvers()).filter((issue) =>
            issue.path.startsWith('pairings[2]')
        );
        expect(issues).toEqual([
            {
                path: 'pairings[2].fields[0].pairing',
                message:
                    'household_id points to household, but pairing "accounts-items" syncs item',
                severity: 'error'
            }
        ]);
    });
});
