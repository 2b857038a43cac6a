import { contextFor, mapped } from '../test-support/transform-context';
import { trustworthyField } from '../test-support/field-infos';
import type { Pairing } from '../mapping/mapping-schema';
import { comparableValue } from './comparable-value';
import { sameAcrossSides } from './same-across-sides';
import { matchesBase, sideHashes } from './side-hashes';
import { valueHash } from './value-hash';

describe('comparableValue', () => {
    it.each([null, undefined, '', '  ', []])(
        'when the value is empty (%j), then it compares as null',
        (empty) => {
            expect(comparableValue(empty, 'text')).toBeNull();
            expect(comparableValue(empty, 'multi_picklist')).toBeNull();
        }
    );

    it('when text differs only outside the comparison rules, then it is kept as is', () => {
        expect(comparableValue(' Ada ', 'text')).toBe(' Ada ');
    });

    it('when multi-select values come in any order or form, then they compare sorted', () => {
        expect(comparableValue('B;A', 'multi_picklist')).toEqual(['A', 'B']);
        expect(comparableValue(['B', 'A', 'B'], 'multi_picklist')).toEqual(['A', 'B']);
    });

    it('when numbers are written differently, then they compare as the same normalised decimal', () => {
        expect(comparableValue('1234.50', 'number')).toBe('1234.5');
        expect(comparableValue(1234.5, 'number')).toBe('1234.5');
        expect(comparableValue('1e3', 'number')).toBe('1000');
        expect(comparableValue('-0.00', 'number')).toBe('0');
    });

    it('when instants use different offsets, then they compare as the same epoch milliseconds', () => {
        const expected = Date.UTC(2021, 3, 8, 18, 39, 16);
        expect(comparableValue('2021-04-08T18:39:16.000+0000', 'datetime')).toBe(expected);
        expect(comparableValue('2021-04-08T18:39:16Z', 'datetime')).toBe(expected);
        expect(comparableValue('2021-04-08T20:39:16+02:00', 'datetime')).toBe(expected);
    });

    it('when a date is compared, then it stays a YYYY-MM-DD string', () => {
        expect(comparableValue('2021-04-08', 'date')).toBe('2021-04-08');
    });

    it('when emails differ in case, then they compare lower-cased', () => {
        expect(comparableValue(' Jane@Example.org', 'email')).toBe('jane@example.org');
    });

    it('when an address is compared, then it is component-wise and all-empty is null', () => {
        expect(comparableValue({ city: 'Oslo', street: ' ' }, 'address')).toEqual({
            street: null,
            city: 'Oslo',
            region: null,
            postal_code: null,
            country: null
        });
        expect(comparableValue({ city: '' }, 'address')).toBeNull();
    });

    it('when a value cannot be parsed, then it is kept as is and differs from good values', () => {
        expect(comparableValue('soon', 'datetime')).toBe('soon');
        expect(comparableValue('lots', 'number')).toBe('lots');
    });
});

describe('valueHash', () => {
    it('when the same value is hashed, then the hash is a stable 16-character hex string', () => {
        expect(valueHash('Ada')).toMatch(/^[0-9a-f]{16}$/);
        expect(valueHash('Ada')).toBe(valueHash('Ada'));
        expect(valueHash({ b: '1', a: null })).toBe(valueHash({ a: null, b: '1' }));
    });

    it('when values differ in type, then their hashes differ', () => {
        expect(valueHash('1')).not.toBe(valueHash(1));
        expect(valueHash(null)).not.toBe(valueHash('null'));
    });
});

describe('sameAcrossSides', () => {
    it('when a picklist value maps to the Trustworthy value, then the sides are the same', () => {
        const field = mapped('picklist', { valueMap: { Household: 'family' } });
        const ctx = contextFor(
            field,
            trustworthyField('tw_field', 'enum', { enumValues: ['family'] })
        );
        expect(sameAcrossSides(field, 'Household', 'family', ctx)).toBe(true);
        expect(sameAcrossSides(field, 'Household', 'other', ctx)).toBe(false);
    });

    it('when numbers differ only in format, then the sides are the same', () => {
        const field = mapped('number');
        const ctx = contextFor(
            field,
            trustworthyField('tw_field', 'decimal', { precision: 18, scale: 2 })
        );
        expect(sameAcrossSides(field, 1234.5, '1234.50', ctx)).toBe(true);
    });

    it('when the Salesforce value cannot be carried over, then the sides are not the same', () => {
        const field = mapped('reference', { pairing: 'p' });
        expect(sameAcrossSides(field, '001000000000001AAA', 'hh_1', contextFor(field))).toBe(false);
    });
});

describe('sideHashes and matchesBase', () => {
    const pairing = {
        fields: [
            mapped('text', { salesforce: 'Name', trustworthy: 'name' }),
            mapped('number', { salesforce: 'Amount', trustworthy: 'amount' })
        ]
    } as Pairing;

    it('when every mapped field hashes to the base, then the record matches it, whatever unmapped fields did', () => {
        const hashes = sideHashes(pairing, 'salesforce', { Name: 'Ada', Amount: 10 });
        const base = { salesforce: hashes, trustworthy: {} };
        expect(
            matchesBase(pairing, 'salesforce', { Name: 'Ada', Amount: '10.00', Other: 'x' }, base)
        ).toBe(true);
        expect(matchesBase(pairing, 'salesforce', { Name: 'Ada', Amount: 11 }, base)).toBe(false);
        expect(matchesBase(pairing, 'salesforce', { Name: 'Ada', Amount: 10 }, undefined)).toBe(
            false
        );
    });
});
