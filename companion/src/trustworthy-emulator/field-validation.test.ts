import { HOUSEHOLD, ITEM, MEMBER } from '../trustworthy/model';
import type { ValidationOptions } from './field-validation';
import { validateFields } from './field-validation';
import { testId } from './test-support/test-emulator';

const existing = new Set([testId('hh_', 1)]);
const create: ValidationOptions = {
    mode: 'create',
    referenceExists: (_object, id) => existing.has(id)
};
const update: ValidationOptions = { ...create, mode: 'update' };

function outcome(definition: typeof MEMBER, fields: Record<string, unknown>, options = update) {
    const checked = validateFields(definition, fields, options);
    return checked.ok ? checked.values : checked.problem.code;
}

describe('field validation', () => {
    test('when decimals are written, then they are padded to the scale and precision and scale are enforced', () => {
        expect(outcome(HOUSEHOLD, { annual_income: '1234.5' })).toEqual({
            annual_income: '1234.50'
        });
        expect(outcome(HOUSEHOLD, { annual_income: '-007' })).toEqual({ annual_income: '-7.00' });
        expect(outcome(HOUSEHOLD, { annual_income: '-0.00' })).toEqual({ annual_income: '0.00' });
        expect(outcome(HOUSEHOLD, { annual_income: '9999999999999999.99' })).toEqual({
            annual_income: '9999999999999999.99'
        });
        expect(outcome(HOUSEHOLD, { annual_income: '10000000000000000' })).toBe('invalid_value');
        expect(outcome(HOUSEHOLD, { annual_income: '1.005' })).toBe('invalid_value');
        expect(outcome(HOUSEHOLD, { annual_income: '1e3' })).toBe('invalid_value');
        expect(outcome(HOUSEHOLD, { annual_income: 1234.5 })).toBe('invalid_type');
    });

    test('when integers are written, then only whole numbers within the precision pass', () => {
        expect(outcome(HOUSEHOLD, { size: 999 })).toEqual({ size: 999 });
        expect(outcome(HOUSEHOLD, { size: 1000 })).toBe('invalid_value');
        expect(outcome(HOUSEHOLD, { size: 2.5 })).toBe('invalid_type');
        expect(outcome(HOUSEHOLD, { size: '4' })).toBe('invalid_type');
    });

    test('when dates and datetimes are written, then impossible days fail and instants are stored in UTC', () => {
        expect(outcome(MEMBER, { birth_date: '2024-02-29' })).toEqual({ birth_date: '2024-02-29' });
        expect(outcome(MEMBER, { birth_date: '2025-02-29' })).toBe('invalid_value');
        expect(outcome(MEMBER, { birth_date: '2025-2-1' })).toBe('invalid_value');
        expect(outcome(HOUSEHOLD, { last_reviewed_at: '2026-01-15T10:00:00+01:00' })).toEqual({
            last_reviewed_at: '2026-01-15T09:00:00.000Z'
        });
        expect(outcome(HOUSEHOLD, { last_reviewed_at: '2026-01-15T10:00:00' })).toBe(
            'invalid_value'
        );
        expect(outcome(HOUSEHOLD, { last_reviewed_at: '2026-02-30T10:00:00Z' })).toBe(
            'invalid_value'
        );
    });

    test('when text is written, then length counts UTF-16 code units and "" is kept', () => {
        expect(outcome(MEMBER, { first_name: '😀'.repeat(50) })).toEqual({
            first_name: '😀'.repeat(50)
        });
        expect(outcome(MEMBER, { first_name: '😀'.repeat(50) + 'a' })).toBe('too_long');
        expect(outcome(MEMBER, { first_name: '', relationship: '' })).toEqual({
            first_name: '',
            relationship: ''
        });
        expect(outcome(MEMBER, { email: 'not-an-email' })).toBe('invalid_value');
        expect(outcome(MEMBER, { first_name: 7 })).toBe('invalid_type');
    });

    test('when enums and multi-value enums are written, then only listed values pass, each once', () => {
        expect(
            outcome(MEMBER, { relationship: 'child', interests: ['health', 'education'] })
        ).toEqual({
            relationship: 'child',
            interests: ['health', 'education']
        });
        expect(outcome(MEMBER, { relationship: 'Child' })).toBe('invalid_enum_value');
        expect(outcome(MEMBER, { interests: ['health', 'gardening'] })).toBe('invalid_enum_value');
        expect(outcome(MEMBER, { interests: ['health', 'health'] })).toBe('invalid_value');
        expect(outcome(MEMBER, { interests: 'health' })).toBe('invalid_type');
    });

    test('when an address is written, then only its five parts are allowed, as strings or null', () => {
        expect(outcome(MEMBER, { address: { city: 'Leeds', region: null } })).toEqual({
            address: { city: 'Leeds', region: null }
        });
        expect(outcome(MEMBER, { address: { town: 'Leeds' } })).toBe('invalid_value');
        expect(outcome(MEMBER, { address: { city: 3 } })).toBe('invalid_type');
        expect(outcome(MEMBER, { address: 'Leeds' })).toBe('invalid_type');
    });

    test('when references are written, then they must name a live record of the referenced object', () => {
        expect(outcome(MEMBER, { household_id: testId('hh_', 1) })).toEqual({
            household_id: testId('hh_', 1)
        });
        expect(outcome(MEMBER, { household_id: testId('hh_', 2) })).toBe('invalid_reference');
        expect(outcome(MEMBER, { household_id: testId('mb_', 1) })).toBe('invalid_reference');
        expect(outcome(MEMBER, { household_id: '' })).toBe('invalid_reference');
        expect(outcome(MEMBER, { household_id: null })).toEqual({ household_id: null });
    });

    test('when required fields are missing on create or emptied on update, then required_field_missing', () => {
        expect(outcome(ITEM, { household_id: testId('hh_', 1), name: 'Car' }, create)).toBe(
            'required_field_missing'
        );
        expect(outcome(MEMBER, { last_name: null })).toBe('required_field_missing');
        expect(outcome(MEMBER, { last_name: '' })).toBe('required_field_missing');
        expect(outcome(MEMBER, { first_name: 'Ada' })).toEqual({ first_name: 'Ada' });
    });

    test('when unknown or read-only fields are written, then they are refused by name', () => {
        expect(outcome(MEMBER, { nickname: 'A' })).toBe('unknown_field');
        expect(outcome(MEMBER, { id: testId('mb_', 1) })).toBe('read_only_field');
        expect(outcome(MEMBER, { updated_at: '2026-01-15T09:00:00.000Z' })).toBe('read_only_field');
        expect(
            outcome(
                MEMBER,
                { updated_at: '2026-01-15T09:00:00.000Z' },
                { ...update, allowTimestamps: true }
            )
        ).toEqual({
            updated_at: '2026-01-15T09:00:00.000Z'
        });
    });
});
