import { contextFor, mapped } from '../test-support/transform-context';
import { salesforceField, trustworthyField } from '../test-support/field-infos';
import { transformValue } from './transform-value';

const number = mapped('number');
const amount = salesforceField('SfField', { type: 'currency', precision: 18, scale: 2 });
const revenue = salesforceField('SfField', { type: 'currency', precision: 18, scale: 0 });
const employees = salesforceField('SfField', { type: 'int', digits: 8 });
const income = trustworthyField('tw_field', 'decimal', { precision: 18, scale: 2 });
const size = trustworthyField('tw_field', 'integer', { precision: 3, scale: 0 });

function written(result: ReturnType<typeof transformValue>): unknown {
    if (!result.ok) return result.error;
    return Object.values(result.writes)[0];
}

describe('number transform', () => {
    it('when a decimal goes to Trustworthy, then it is a string with exactly `scale` places', () => {
        expect(written(transformValue('trustworthy', 1234.5, contextFor(number, income)))).toBe(
            '1234.50'
        );
        expect(written(transformValue('trustworthy', '0.1', contextFor(number, income)))).toBe(
            '0.10'
        );
    });

    it('when a value has more places than the scale, then it is rounded half-up', () => {
        expect(written(transformValue('trustworthy', '2.345', contextFor(number, income)))).toBe(
            '2.35'
        );
        expect(written(transformValue('trustworthy', '-2.345', contextFor(number, income)))).toBe(
            '-2.35'
        );
        expect(written(transformValue('salesforce', '2.5', contextFor(number, revenue)))).toBe(3);
        expect(written(transformValue('salesforce', '1.005', contextFor(number, amount)))).toBe(
            1.01
        );
    });

    it('when decimal strings go to Salesforce, then they become JSON numbers that say them exactly', () => {
        expect(written(transformValue('salesforce', '1234.50', contextFor(number, amount)))).toBe(
            1234.5
        );
        expect(written(transformValue('salesforce', '0.10', contextFor(number, amount)))).toBe(0.1);
        expect(written(transformValue('salesforce', '-0.00', contextFor(number, amount)))).toBe(0);
    });

    it('when no double says the decimal exactly, then Salesforce gets a numeric string', () => {
        expect(
            written(transformValue('salesforce', '1234567890123456.78', contextFor(number, amount)))
        ).toBe('1234567890123456.78');
    });

    it('when the integer part has more digits than precision − scale, then the field fails', () => {
        expect(transformValue('trustworthy', '1000', contextFor(number, size))).toEqual({
            ok: false,
            error: {
                code: 'number_out_of_range',
                message: '1000 has 4 digits before the decimal point; the target allows 3'
            }
        });
        expect(
            written(transformValue('salesforce', 123456789, contextFor(number, employees)))
        ).toMatchObject({ code: 'number_out_of_range' });
        expect(written(transformValue('salesforce', 12345678, contextFor(number, employees)))).toBe(
            12345678
        );
    });

    it('when rounding carries into a new digit, then the range is checked after rounding', () => {
        expect(
            written(transformValue('trustworthy', '999.5', contextFor(number, size)))
        ).toMatchObject({ code: 'number_out_of_range' });
        expect(written(transformValue('trustworthy', '999.4', contextFor(number, size)))).toBe(999);
    });

    it('when the target is a Trustworthy integer, then a JSON number is written', () => {
        expect(written(transformValue('trustworthy', 4, contextFor(number, size)))).toBe(4);
        expect(written(transformValue('trustworthy', '3.5', contextFor(number, size)))).toBe(4);
    });

    it.each(['abc', '12abc', '0x10', '1,5', true, { n: 1 }])(
        'when %j is not a number, then the field fails with not_a_number',
        (bad) => {
            expect(transformValue('trustworthy', bad, contextFor(number, income))).toEqual({
                ok: false,
                error: {
                    code: 'not_a_number',
                    message: `expected a number, got ${JSON.stringify(bad)}`
                }
            });
        }
    );

    it('when the number is empty, then null is written', () => {
        expect(written(transformValue('salesforce', '', contextFor(number, amount)))).toBeNull();
    });

    it('when the target is unknown, then the exact decimal passes unrounded', () => {
        expect(written(transformValue('trustworthy', '1e3', contextFor(number)))).toBe('1000');
        expect(written(transformValue('salesforce', '12.3400', contextFor(number)))).toBe(12.34);
    });
});
