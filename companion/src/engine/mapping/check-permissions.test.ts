import { demoMappingJson } from '../test-support/demo-mapping';
import { checkPermissions, type FieldAccess, type ObjectAccess } from './check-permissions';

function editable(name: string, extra: Partial<FieldAccess> = {}): FieldAccess {
    return { name, createable: true, updateable: true, ...extra };
}

function fullAccess(object: string, fields: string[]): ObjectAccess {
    return {
        name: object,
        createable: true,
        updateable: true,
        deletable: true,
        fields: fields.map((name) => editable(name))
    };
}

const ACCOUNT_FIELDS = [
    'Name',
    'Type',
    'BillingStreet',
    'BillingCity',
    'BillingState',
    'BillingPostalCode',
    'BillingCountry',
    'AnnualRevenue',
    'Phone'
];

describe('the permission preflight', () => {
    const mapping = demoMappingJson();
    mapping.pairings = [mapping.pairings[0]!];
    mapping.pairings[0]!.fields = mapping.pairings[0]!.fields.filter(
        (field) => ACCOUNT_FIELDS.includes(field.salesforce) || field.transform === 'address'
    );

    it('when the user has full access, then there is nothing to report', () => {
        expect(checkPermissions(mapping, () => fullAccess('Account', ACCOUNT_FIELDS))).toEqual([]);
    });

    it('when a read-only field is only read-only by its nature, then the preflight leaves it to the schema check', () => {
        const access = fullAccess('Account', ACCOUNT_FIELDS);
        access.fields = access.fields.map((field) =>
            field.name === 'Phone'
                ? { ...field, createable: false, updateable: false, calculated: true }
                : field
        );
        expect(checkPermissions(mapping, () => access)).toEqual([]);
    });

    it('when an address part is read-only and the pairing deletes, then Edit on the part and Delete on the object are asked for', () => {
        const access = fullAccess('Account', ACCOUNT_FIELDS);
        access.deletable = false;
        access.fields = access.fields.map((field) =>
            field.name === 'BillingCity'
                ? { ...field, createable: false, updateable: false }
                : field
        );
        const deleting = structuredClone(mapping);
        deleting.pairings[0]!.deletions = 'propagate';

        const messages = checkPermissions(deleting, () => access).map((issue) => issue.message);
        expect(messages).toEqual([
            'Object permissions: the integration user cannot delete Account records; grant Delete on Account in the Trustworthy Sync Integration permission set',
            'Field-level security: the integration user cannot edit Account.BillingCity; grant Edit on it in the Trustworthy Sync Integration permission set'
        ]);
    });

    it('when the pairing only flows to Trustworthy, then object and edit permissions are not needed', () => {
        const oneWay = structuredClone(mapping);
        oneWay.pairings[0]!.direction = 'to_trustworthy';
        const access: ObjectAccess = {
            ...fullAccess('Account', ACCOUNT_FIELDS),
            createable: false,
            updateable: false
        };
        access.fields = access.fields.map((field) => ({
            ...field,
            createable: false,
            updateable: false
        }));
        expect(checkPermissions(oneWay, () => access)).toEqual([]);
    });

    it('when the object is not visible at all, then the preflight leaves it to the schema check', () => {
        expect(checkPermissions(mapping, () => undefined)).toEqual([]);
    });
});
