import { contextFor, mapped } from '../test-support/transform-context';
import { salesforceField, trustworthyField } from '../test-support/field-infos';
import { transformValue } from './transform-value';

const householdType = trustworthyField('tw_field', 'enum', {
    enumValues: ['family', 'couple', 'other']
});
const accountType = salesforceField('SfField', {
    type: 'picklist',
    picklistValues: ['Household', 'Couple', 'Other']
});
const restrictedType = { ...accountType, restrictedPicklist: true };
const valueMap = { Household: 'family', Couple: 'couple', Other: 'other' };

describe('picklist transform', () => {
    it('when the value is in the map, then it is mapped to Trustworthy and back', () => {
        const field = mapped('picklist', { valueMap });
        expect(
            transformValue('trustworthy', 'Household', contextFor(field, householdType))
        ).toEqual({
            ok: true,
            writes: { tw_field: 'family' },
            warnings: []
        });
        expect(transformValue('salesforce', 'couple', contextFor(field, accountType))).toEqual({
            ok: true,
            writes: { SfField: 'Couple' },
            warnings: []
        });
    });

    it('when only the case differs from a map entry, then the case-insensitive match is used', () => {
        const field = mapped('picklist', { valueMap });
        expect(
            transformValue('trustworthy', 'HOUSEHOLD', contextFor(field, householdType))
        ).toEqual({
            ok: true,
            writes: { tw_field: 'family' },
            warnings: []
        });
    });

    it('when a map merges values, then the reverse map decides the way back', () => {
        const field = mapped('picklist', {
            valueMap: { Household: 'family', Family: 'family' },
            reverseValueMap: { family: 'Household' }
        });
        expect(
            transformValue('trustworthy', 'Family', contextFor(field, householdType))
        ).toMatchObject({ writes: { tw_field: 'family' } });
        expect(
            transformValue('salesforce', 'family', contextFor(field, accountType))
        ).toMatchObject({ writes: { SfField: 'Household' } });
    });

    it('when the value is not mapped and the policy is reject, then the field fails', () => {
        const field = mapped('picklist', { valueMap, unmappedValue: 'reject' });
        expect(transformValue('trustworthy', 'Prospect', contextFor(field, householdType))).toEqual(
            {
                ok: false,
                error: {
                    code: 'picklist_value_unmapped',
                    message: 'the value map has no entry for "Prospect"'
                }
            }
        );
    });

    it('when the value is not mapped, passing through is allowed and the target is open, then it passes with a warning', () => {
        const field = mapped('picklist', { valueMap, unmappedValue: 'pass_through' });
        expect(transformValue('salesforce', 'extended', contextFor(field, accountType))).toEqual({
            ok: true,
            writes: { SfField: 'extended' },
            warnings: [
                {
                    code: 'picklist_value_passed_through',
                    message: '"extended" is not in the value map and was passed through unchanged',
                    details: { value: 'extended' }
                }
            ]
        });
    });

    it('when a passed-through value is not allowed by a restricted target, then the field fails anyway', () => {
        const field = mapped('picklist', { valueMap, unmappedValue: 'pass_through' });
        expect(transformValue('salesforce', 'extended', contextFor(field, restrictedType))).toEqual(
            {
                ok: false,
                error: {
                    code: 'picklist_value_not_allowed',
                    message: '"extended" is not one of the target\'s allowed values'
                }
            }
        );
        expect(
            transformValue('trustworthy', 'Prospect', contextFor(field, householdType))
        ).toMatchObject({
            ok: false,
            error: { code: 'picklist_value_not_allowed' }
        });
    });

    it("when there is no value map, then values pass as they are, in the target list's spelling", () => {
        const field = mapped('picklist');
        expect(transformValue('trustworthy', 'Family', contextFor(field, householdType))).toEqual({
            ok: true,
            writes: { tw_field: 'family' },
            warnings: []
        });
        expect(transformValue('salesforce', 'anything', contextFor(field, accountType))).toEqual({
            ok: true,
            writes: { SfField: 'anything' },
            warnings: []
        });
    });
});

describe('multi_picklist transform', () => {
    const interests = trustworthyField('tw_field', 'multi_enum', {
        enumValues: ['insurance', 'property', 'health']
    });
    const sfInterests = salesforceField('SfField', {
        type: 'multipicklist',
        picklistValues: ['Insurance', 'Property', 'Health']
    });
    const field = mapped('multi_picklist', {
        valueMap: { Insurance: 'insurance', Property: 'property', Health: 'health' }
    });

    it('when Salesforce holds "A;B", then Trustworthy gets the mapped list', () => {
        expect(
            transformValue('trustworthy', ['Insurance', 'Health'], contextFor(field, interests))
        ).toEqual({
            ok: true,
            writes: { tw_field: ['insurance', 'health'] },
            warnings: []
        });
        expect(
            transformValue('trustworthy', 'Insurance;Health', contextFor(field, interests))
        ).toMatchObject({
            writes: { tw_field: ['insurance', 'health'] }
        });
    });

    it('when Trustworthy holds a list, then Salesforce gets the mapped values joined by ";"', () => {
        expect(
            transformValue('salesforce', ['property', 'insurance'], contextFor(field, sfInterests))
        ).toEqual({
            ok: true,
            writes: { SfField: 'Property;Insurance' },
            warnings: []
        });
    });

    it('when the list is empty, then null is written', () => {
        expect(transformValue('salesforce', [], contextFor(field, sfInterests))).toEqual({
            ok: true,
            writes: { SfField: null },
            warnings: []
        });
    });

    it('when one value is unmapped, then the whole field fails', () => {
        expect(
            transformValue('trustworthy', ['Insurance', 'Boats'], contextFor(field, interests))
        ).toEqual({
            ok: false,
            error: {
                code: 'picklist_value_unmapped',
                message: 'the value map has no entry for "Boats"'
            }
        });
    });
});
