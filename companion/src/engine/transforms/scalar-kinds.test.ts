import { contextFor, mapped } from '../test-support/transform-context';
import { salesforceField, trustworthyField } from '../test-support/field-infos';
import { normalisePhone } from './phone';
import { transformValue } from './transform-value';

const checkbox = salesforceField('SfField', { type: 'boolean', nillable: false });
const twBoolean = trustworthyField('tw_field', 'boolean');

describe('boolean transform', () => {
    it('when Salesforce sends true or false, then Trustworthy gets the same boolean', () => {
        expect(
            transformValue('trustworthy', true, contextFor(mapped('boolean'), twBoolean))
        ).toEqual({
            ok: true,
            writes: { tw_field: true },
            warnings: []
        });
        expect(
            transformValue('trustworthy', false, contextFor(mapped('boolean'), twBoolean))
        ).toMatchObject({ writes: { tw_field: false } });
    });

    it.each([
        ['true', true],
        ['FALSE', false],
        ['1', true],
        ['0', false],
        [' yes ', true],
        ['No', false]
    ])('when Trustworthy sends %j, then Salesforce gets %j', (raw, expected) => {
        expect(transformValue('salesforce', raw, contextFor(mapped('boolean'), checkbox))).toEqual({
            ok: true,
            writes: { SfField: expected },
            warnings: []
        });
    });

    it('when the value is empty, then a Salesforce checkbox gets false and Trustworthy gets null', () => {
        expect(
            transformValue('salesforce', null, contextFor(mapped('boolean'), checkbox))
        ).toMatchObject({ writes: { SfField: false } });
        expect(
            transformValue('trustworthy', null, contextFor(mapped('boolean'), twBoolean))
        ).toMatchObject({ writes: { tw_field: null } });
    });

    it('when the value is not a boolean word, then the field fails with not_a_boolean', () => {
        expect(
            transformValue('salesforce', 'maybe', contextFor(mapped('boolean'), checkbox))
        ).toEqual({
            ok: false,
            error: { code: 'not_a_boolean', message: 'expected true or false, got "maybe"' }
        });
    });
});

describe('email transform', () => {
    const email = mapped('email');

    it('when an address has spaces and a capitalised domain, then it is trimmed and the domain lower-cased', () => {
        expect(transformValue('salesforce', '  Jane.Doe@Example.ORG ', contextFor(email))).toEqual({
            ok: true,
            writes: { SfField: 'Jane.Doe@example.org' },
            warnings: []
        });
        expect(transformValue('trustworthy', 'Ünïcø@Bücher.DE', contextFor(email))).toMatchObject({
            writes: { tw_field: 'Ünïcø@bücher.de' }
        });
    });

    it.each([
        'jane',
        'jane@',
        '@example.org',
        'jane doe@example.org',
        'jane@example',
        'jane@exa mple.org',
        'jane@-x.org'
    ])('when %j is not an address, then the field fails with invalid_email', (bad) => {
        expect(transformValue('trustworthy', bad, contextFor(email))).toEqual({
            ok: false,
            error: {
                code: 'invalid_email',
                message: `${JSON.stringify(bad)} is not an email address`
            }
        });
    });

    it('when the address is longer than the target, then it is refused rather than cut', () => {
        const ctx = contextFor(email, salesforceField('SfField', { type: 'email', length: 10 }));
        expect(transformValue('salesforce', 'jane@example.org', ctx)).toEqual({
            ok: false,
            error: {
                code: 'text_too_long',
                message: 'the email address is 16 characters long; the target holds at most 10'
            }
        });
    });
});

describe('phone transform', () => {
    it.each([
        ['  +44   20 7946  0000 ', '+44 20 7946 0000'],
        ['0044 20 7946 0000', '+44 20 7946 0000'],
        ['+1 (555) 123-4567', '+1 555 123 4567'],
        ['+442079460000', '+442079460000'],
        ['+1 555 123 4567 x123', '+1 555 123 4567 x123'],
        ['+1-555-123-4567 ext. 99', '+1 555 123 4567 ext. 99'],
        ['(555)  123-4567   ext 12', '(555) 123-4567 ext 12'],
        ['020 7946 0000', '020 7946 0000']
    ])('when the number is %j, then %j is written', (raw, expected) => {
        expect(transformValue('trustworthy', raw, contextFor(mapped('phone')))).toEqual({
            ok: true,
            writes: { tw_field: expected },
            warnings: []
        });
    });

    it('when a number is normalised twice, then nothing changes the second time', () => {
        for (const raw of ['0044 (20) 7946-0000 extension 5', '+1.555.123.4567x9', '  555 0100 ']) {
            expect(normalisePhone(normalisePhone(raw))).toBe(normalisePhone(raw));
        }
    });

    it('when the number is longer than the target, then the text rule applies', () => {
        const ctx = contextFor(
            mapped('phone'),
            salesforceField('SfField', { type: 'phone', length: 8 }),
            { textOverflow: 'reject' }
        );
        expect(transformValue('salesforce', '+44 20 7946 0000', ctx)).toEqual({
            ok: false,
            error: {
                code: 'text_too_long',
                message: 'phone number is 16 characters long; the target holds at most 8'
            }
        });
    });
});
