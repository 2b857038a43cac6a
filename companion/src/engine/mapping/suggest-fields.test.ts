import type { TrustworthyFieldInfo } from '../types';
import { nameSimilarity } from './name-similarity';
import { suggestFieldPairs, type SuggestionInputField } from './suggest-fields';

function salesforceField(
    name: string,
    type: string,
    extra: Partial<SuggestionInputField> = {}
): SuggestionInputField {
    return {
        name,
        label: '',
        type,
        length: 0,
        scale: 0,
        picklistValues: [],
        createable: true,
        updateable: true,
        ...extra
    };
}

function trustworthyField(
    name: string,
    type: TrustworthyFieldInfo['type'],
    extra: Partial<TrustworthyFieldInfo> = {}
): TrustworthyFieldInfo {
    return { name, type, required: false, readOnly: false, ...extra };
}

describe('field suggestions', () => {
    it("when names differ only in each side's spelling, then they are alike", () => {
        expect(nameSimilarity('Birthdate', 'birth_date')).toBe(1);
        expect(nameSimilarity('MobilePhone', 'mobile_phone')).toBe(1);
        expect(nameSimilarity('Trustworthy_Relationship__c', 'relationship')).toBeGreaterThan(0.9);
        expect(nameSimilarity('MailingAddress', 'address')).toBeGreaterThanOrEqual(0.5);
        expect(nameSimilarity('Fax', 'email')).toBe(0);
    });

    it('when types fit, need converting or cannot meet, then the verdicts say compatible, needs_transform and incompatible', () => {
        const { pairs } = suggestFieldPairs(
            [
                salesforceField('Birthdate', 'date'),
                salesforceField('Email', 'email', { length: 80 }),
                salesforceField('Last_Reviewed__c', 'datetime'),
                salesforceField('Active__c', 'boolean')
            ],
            [
                trustworthyField('birth_date', 'date'),
                trustworthyField('email', 'email', { maxLength: 80 }),
                trustworthyField('last_reviewed', 'date'),
                trustworthyField('active', 'date')
            ]
        );
        const verdictOf = (name: string) => pairs.find((pair) => pair.salesforce === name);

        expect(verdictOf('Birthdate')).toMatchObject({
            trustworthy: 'birth_date',
            verdict: 'compatible',
            transform: 'date'
        });
        expect(verdictOf('Email')).toMatchObject({ verdict: 'compatible', transform: 'email' });
        expect(verdictOf('Last_Reviewed__c')).toMatchObject({
            verdict: 'needs_transform',
            transform: 'datetime'
        });
        expect(verdictOf('Active__c')).toMatchObject({
            verdict: 'incompatible',
            transform: null,
            reason: expect.stringContaining('boolean')
        });
    });

    it('when picklist values differ only in spelling, then a value map is suggested', () => {
        const { pairs } = suggestFieldPairs(
            [
                salesforceField('Interests__c', 'multipicklist', {
                    picklistValues: ['Estate planning', 'Health']
                })
            ],
            [
                trustworthyField('interests', 'multi_enum', {
                    enumValues: ['estate_planning', 'health']
                })
            ]
        );
        expect(pairs[0]).toMatchObject({
            verdict: 'needs_transform',
            transform: 'multi_picklist',
            valueMap: { 'Estate planning': 'estate_planning', Health: 'health' }
        });
    });

    it('when the org maintains a field or it is part of an address, then it is not suggested and each field pairs once', () => {
        const { pairs, unmatched } = suggestFieldPairs(
            [
                salesforceField('Id', 'id'),
                salesforceField('OtherAddress', 'address'),
                salesforceField('MailingCity', 'string', { compoundFieldName: 'MailingAddress' }),
                salesforceField('MailingAddress', 'address')
            ],
            [trustworthyField('address', 'address'), trustworthyField('city', 'string')]
        );
        expect(pairs.map((pair) => [pair.salesforce, pair.trustworthy])).toEqual([
            ['MailingAddress', 'address']
        ]);
        expect(unmatched).toEqual({ salesforce: ['OtherAddress'], trustworthy: ['city'] });
    });
});
