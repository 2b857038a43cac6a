import { contextFor, mapped } from '../test-support/transform-context';
import { salesforceField, trustworthyField } from '../test-support/field-infos';
import { transformValue } from './transform-value';

const text = mapped('text');

describe('text transform', () => {
    it('when text has line breaks, quotes, emoji, CJK and accents, then it is written verbatim both ways', () => {
        const value = 'Line one\r\nLine "two" — it\'s 🎉 日本語 Ünïcødé\ttab  ';
        expect(transformValue('trustworthy', value, contextFor(text))).toEqual({
            ok: true,
            writes: { tw_field: value },
            warnings: []
        });
        expect(transformValue('salesforce', value, contextFor(text))).toEqual({
            ok: true,
            writes: { SfField: value },
            warnings: []
        });
    });

    it.each([null, undefined, '', '   \n\t '])(
        'when the value is empty (%j), then null is written',
        (empty) => {
            expect(
                transformValue('salesforce', empty, contextFor(text, salesforceField('SfField')))
            ).toEqual({
                ok: true,
                writes: { SfField: null },
                warnings: []
            });
            expect(transformValue('trustworthy', empty, contextFor(text))).toEqual({
                ok: true,
                writes: { tw_field: null },
                warnings: []
            });
        }
    );

    it('when text is longer than the target and the policy is truncate, then it is cut with a warning', () => {
        const result = transformValue(
            'salesforce',
            'abcdefghij',
            contextFor(text, salesforceField('SfField', { length: 4 }))
        );
        expect(result).toEqual({
            ok: true,
            writes: { SfField: 'abcd' },
            warnings: [
                {
                    code: 'text_truncated',
                    message: 'text was cut from 10 to 4 characters to fit the target',
                    details: { originalLength: 10, keptLength: 4 }
                }
            ]
        });
    });

    it('when the cut would split an emoji, then the whole emoji is dropped', () => {
        const result = transformValue(
            'trustworthy',
            'abc😀def',
            contextFor(text, trustworthyField('tw_field', 'string', { maxLength: 4 }))
        );
        expect(result).toEqual({
            ok: true,
            writes: { tw_field: 'abc' },
            warnings: [
                expect.objectContaining({
                    code: 'text_truncated',
                    details: { originalLength: 8, keptLength: 3 }
                })
            ]
        });
    });

    it('when an emoji fits exactly, then it is kept whole (lengths count UTF-16 code units)', () => {
        const result = transformValue(
            'salesforce',
            'ab😀',
            contextFor(text, salesforceField('SfField', { length: 4 }))
        );
        expect(result).toEqual({ ok: true, writes: { SfField: 'ab😀' }, warnings: [] });
    });

    it('when text is too long and the policy is reject, then the field fails with text_too_long', () => {
        const ctx = contextFor(text, salesforceField('SfField', { length: 3 }), {
            textOverflow: 'reject'
        });
        expect(transformValue('salesforce', 'abcd', ctx)).toEqual({
            ok: false,
            error: {
                code: 'text_too_long',
                message: 'text is 4 characters long; the target holds at most 3'
            }
        });
    });

    it('when a number is mapped as text, then its plain string form is written', () => {
        expect(transformValue('trustworthy', 42, contextFor(text))).toEqual({
            ok: true,
            writes: { tw_field: '42' },
            warnings: []
        });
    });

    it('when an object is mapped as text, then the field fails with not_text', () => {
        expect(transformValue('trustworthy', { a: 1 }, contextFor(text))).toEqual({
            ok: false,
            error: { code: 'not_text', message: 'expected a text value' }
        });
    });
});
