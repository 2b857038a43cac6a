import { contextFor, mapped } from '../test-support/transform-context';
import { pick, recordedSalesforceFields } from '../test-support/field-infos';
import type { SalesforceFieldInfo } from '../types';
import type { AddressPart } from './transform-types';
import { readLogicalValue } from './read-logical-value';
import { transformValue } from './transform-value';

const account = recordedSalesforceFields('Account');
const billing: Record<AddressPart, SalesforceFieldInfo> = {
    street: pick(account, 'BillingStreet'),
    city: pick(account, 'BillingCity'),
    region: pick(account, 'BillingState'),
    postal_code: pick(account, 'BillingPostalCode'),
    country: pick(account, 'BillingCountry')
};
const address = mapped('address', { salesforce: 'BillingAddress', trustworthy: 'address' });

describe('address transform', () => {
    const salesforceRecord = {
        BillingStreet: '1 Main St\nFlat 2',
        BillingCity: 'Springfield',
        BillingState: 'IL',
        BillingPostalCode: '62701',
        BillingCountry: null
    };

    it('when Salesforce has Billing* components, then the logical address uses Trustworthy part names', () => {
        expect(readLogicalValue('salesforce', salesforceRecord, address)).toEqual({
            street: '1 Main St\nFlat 2',
            city: 'Springfield',
            region: 'IL',
            postal_code: '62701',
            country: null
        });
    });

    it('when an address goes to Trustworthy, then one address object is written', () => {
        const logical = readLogicalValue('salesforce', salesforceRecord, address);
        expect(transformValue('trustworthy', logical, contextFor(address))).toEqual({
            ok: true,
            writes: {
                address: {
                    street: '1 Main St\nFlat 2',
                    city: 'Springfield',
                    region: 'IL',
                    postal_code: '62701',
                    country: null
                }
            },
            warnings: []
        });
    });

    it('when an address goes to Salesforce, then the five components are written, empty ones as null', () => {
        const logical = {
            street: 'Rue 1',
            city: '  ',
            region: null,
            postal_code: '75001',
            country: 'France'
        };
        expect(
            transformValue(
                'salesforce',
                logical,
                contextFor(address, undefined, { addressComponents: billing })
            )
        ).toEqual({
            ok: true,
            writes: {
                BillingStreet: 'Rue 1',
                BillingCity: null,
                BillingState: null,
                BillingPostalCode: '75001',
                BillingCountry: 'France'
            },
            warnings: []
        });
    });

    it('when a component is longer than its Salesforce field, then it alone is cut with a warning', () => {
        const city = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
        const result = transformValue(
            'salesforce',
            { city },
            contextFor(address, undefined, { addressComponents: billing })
        );
        expect(result).toEqual({
            ok: true,
            writes: {
                BillingStreet: null,
                BillingCity: city.slice(0, 40),
                BillingState: null,
                BillingPostalCode: null,
                BillingCountry: null
            },
            warnings: [
                {
                    code: 'text_truncated',
                    message: 'address city was cut from 58 to 40 characters to fit the target',
                    details: { originalLength: 58, keptLength: 40, part: 'city' }
                }
            ]
        });
    });

    it('when every part is empty, then Trustworthy gets null and Salesforce five nulls', () => {
        expect(
            readLogicalValue('trustworthy', { address: { street: ' ', city: null } }, address)
        ).toBeNull();
        expect(transformValue('trustworthy', null, contextFor(address))).toEqual({
            ok: true,
            writes: { address: null },
            warnings: []
        });
        expect(transformValue('salesforce', null, contextFor(address))).toEqual({
            ok: true,
            writes: {
                BillingStreet: null,
                BillingCity: null,
                BillingState: null,
                BillingPostalCode: null,
                BillingCountry: null
            },
            warnings: []
        });
    });

    it('when the compound is MailingAddress, then Mailing* components are read', () => {
        const mailing = mapped('address', { salesforce: 'MailingAddress', trustworthy: 'address' });
        expect(readLogicalValue('salesforce', { MailingCity: 'Oslo' }, mailing)).toEqual({
            street: null,
            city: 'Oslo',
            region: null,
            postal_code: null,
            country: null
        });
    });
});

describe('reference transform', () => {
    const reference = mapped('reference', {
        salesforce: 'AccountId',
        trustworthy: 'household_id',
        pairing: 'accounts-households'
    });
    const links: Record<string, string> = {
        '001000000000001AAA': 'hh_1',
        hh_2: '001000000000002AAA'
    };
    const resolveReference = jest.fn((_pairing: string, _from: string, id: string) => links[id]);

    it('when a Salesforce Id is read, then it is its 18-character form', () => {
        expect(readLogicalValue('salesforce', { AccountId: '001000000000001' }, reference)).toBe(
            '001000000000001AAA'
        );
    });

    it('when the referenced record is linked, then its id on the other side is written', () => {
        const ctx = contextFor(reference, undefined, { resolveReference });
        expect(transformValue('trustworthy', '001000000000001AAA', ctx)).toEqual({
            ok: true,
            writes: { household_id: 'hh_1' },
            warnings: []
        });
        expect(resolveReference).toHaveBeenLastCalledWith(
            'accounts-households',
            'salesforce',
            '001000000000001AAA'
        );
        expect(transformValue('salesforce', 'hh_2', ctx)).toEqual({
            ok: true,
            writes: { AccountId: '001000000000002AAA' },
            warnings: []
        });
        expect(resolveReference).toHaveBeenLastCalledWith(
            'accounts-households',
            'trustworthy',
            'hh_2'
        );
    });

    it('when the referenced record is not linked, then nothing is written and a warning says so', () => {
        const ctx = contextFor(reference, undefined, { resolveReference });
        expect(transformValue('salesforce', 'hh_9', ctx)).toEqual({
            ok: true,
            writes: {},
            warnings: [
                {
                    code: 'reference_unresolved',
                    message:
                        'the trustworthy record hh_9 is not linked yet, so AccountId was left as it is',
                    details: { pairing: 'accounts-households', id: 'hh_9' }
                }
            ]
        });
    });

    it('when the reference is empty, then null is written', () => {
        expect(
            transformValue(
                'trustworthy',
                null,
                contextFor(reference, undefined, { resolveReference })
            )
        ).toEqual({
            ok: true,
            writes: { household_id: null },
            warnings: []
        });
    });
});

describe('readLogicalValue', () => {
    it('when a multi-select is read, then both sides give a list and an empty one gives null', () => {
        const field = mapped('multi_picklist', {
            salesforce: 'Interests__c',
            trustworthy: 'interests'
        });
        expect(readLogicalValue('salesforce', { Interests__c: 'A;B' }, field)).toEqual(['A', 'B']);
        expect(readLogicalValue('trustworthy', { interests: ['a'] }, field)).toEqual(['a']);
        expect(readLogicalValue('trustworthy', { interests: [] }, field)).toBeNull();
    });

    it('when the field is missing from the record, then it reads as null', () => {
        expect(readLogicalValue('salesforce', {}, mapped('text'))).toBeNull();
    });
});
