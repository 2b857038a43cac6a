import { contextFor, mapped } from '../test-support/transform-context';
import { salesforceField, trustworthyField } from '../test-support/field-infos';
import { timeZoneRunner, type TimeZoneRunner } from '../test-support/run-in-time-zone';
import { formatInstant, parseIsoDateTime } from './iso-dates';
import { transformValue } from './transform-value';

const date = mapped('date');
const datetime = mapped('datetime');
const sfDate = salesforceField('SfField', { type: 'date' });
const sfDateTime = salesforceField('SfField', { type: 'datetime' });
const twDate = trustworthyField('tw_field', 'date');
const twDateTime = trustworthyField('tw_field', 'datetime');

describe('date transform', () => {
    it('when a real date is given, then the same YYYY-MM-DD is written both ways', () => {
        expect(transformValue('trustworthy', '1984-02-29', contextFor(date, twDate))).toEqual({
            ok: true,
            writes: { tw_field: '1984-02-29' },
            warnings: []
        });
        expect(transformValue('salesforce', '2000-12-31', contextFor(date, sfDate))).toEqual({
            ok: true,
            writes: { SfField: '2000-12-31' },
            warnings: []
        });
    });

    it.each(['2023-02-29', '2021-13-01', '2021-04-31', '21-04-08', '2021/04/08', 'tomorrow'])(
        'when %j is not a real YYYY-MM-DD date, then the field fails with invalid_date',
        (bad) => {
            expect(transformValue('salesforce', bad, contextFor(date, sfDate))).toEqual({
                ok: false,
                error: {
                    code: 'invalid_date',
                    message: `expected a date as YYYY-MM-DD, got ${JSON.stringify(bad)}`
                }
            });
        }
    );

    describe('in a child process with TZ set', () => {
        let runner: TimeZoneRunner;
        beforeAll(() => {
            runner = timeZoneRunner();
        });
        afterAll(() => {
            runner.dispose();
        });

        const script = `
            const { transformValue } = require('./engine/transforms/transform-value');
            const field = (transform) => ({ salesforce: 'SfField', trustworthy: 'tw_field', transform });
            const info = (type) => ({ name: 'x', type, required: false, readOnly: false });
            const ctx = (transform, type) => ({ field: field(transform), targetField: info(type),
                textOverflow: 'truncate', resolveReference: () => undefined });
            const out = (result) => result.ok ? Object.values(result.writes)[0] : result.error.code;
            console.log(JSON.stringify({
                offset: new Date(2021, 0, 1).getTimezoneOffset(),
                values: [
                    out(transformValue('salesforce', '2021-01-01', ctx('date', 'date'))),
                    out(transformValue('trustworthy', '1999-12-31', ctx('date', 'date'))),
                    out(transformValue('salesforce', '2021-04-08T23:30:00.000Z', ctx('date', 'date'))),
                    out(transformValue('salesforce', '2021-04-08T00:30:00.000+0000', ctx('date', 'date'))),
                    out(transformValue('trustworthy', '2021-04-08', ctx('date', 'datetime'))),
                    out(transformValue('trustworthy', '2021-04-08T18:39:16.000+0000', ctx('datetime', 'datetime')))
                ]
            }));`;

        it.each([
            ['Pacific/Kiritimati', -840],
            ['America/Adak', 600]
        ])('when the process runs in %s, then no date shifts by a day', (zone, offset) => {
            expect(runner.run(zone, script)).toEqual({
                offset,
                values: [
                    '2021-01-01',
                    '1999-12-31',
                    '2021-04-08',
                    '2021-04-08',
                    '2021-04-08T00:00:00.000Z',
                    '2021-04-08T18:39:16.000Z'
                ]
            });
        });
    });

    it('when a Trustworthy datetime goes to a Salesforce date, then the UTC date is taken', () => {
        expect(
            transformValue('salesforce', '2021-04-08T20:00:00-05:00', contextFor(date, sfDate))
        ).toEqual({
            ok: true,
            writes: { SfField: '2021-04-09' },
            warnings: []
        });
    });

    it('when a date goes to a datetime field, then it becomes midnight UTC', () => {
        expect(transformValue('trustworthy', '2021-04-08', contextFor(date, twDateTime))).toEqual({
            ok: true,
            writes: { tw_field: '2021-04-08T00:00:00.000Z' },
            warnings: []
        });
    });
});

describe('datetime transform', () => {
    it('when Salesforce sends +0000, then Trustworthy gets the same instant with Z', () => {
        expect(
            transformValue(
                'trustworthy',
                '2021-04-08T18:39:16.000+0000',
                contextFor(datetime, twDateTime)
            )
        ).toEqual({
            ok: true,
            writes: { tw_field: '2021-04-08T18:39:16.000Z' },
            warnings: []
        });
    });

    it('when Trustworthy sends Z, then Salesforce gets YYYY-MM-DDTHH:mm:ss.SSSZ', () => {
        expect(
            transformValue(
                'salesforce',
                '2021-04-08T18:39:16.000Z',
                contextFor(datetime, sfDateTime)
            )
        ).toEqual({
            ok: true,
            writes: { SfField: '2021-04-08T18:39:16.000Z' },
            warnings: []
        });
    });

    it('when an instant carries another offset, then it is converted to UTC', () => {
        expect(
            transformValue(
                'salesforce',
                '2021-04-09T04:09:16.5+09:30',
                contextFor(datetime, sfDateTime)
            )
        ).toEqual({
            ok: true,
            writes: { SfField: '2021-04-08T18:39:16.500Z' },
            warnings: []
        });
        expect(
            transformValue(
                'trustworthy',
                '2021-04-08T13:39:16-0500',
                contextFor(datetime, twDateTime)
            )
        ).toEqual({
            ok: true,
            writes: { tw_field: '2021-04-08T18:39:16.000Z' },
            warnings: []
        });
    });

    it.each(['2021-04-08T18:39:16', '2021-04-08T25:00:00Z', '2021-02-30T10:00:00Z', 'yesterday'])(
        'when %j has no offset or is not a real instant, then the field fails with invalid_datetime',
        (bad) => {
            expect(
                transformValue('salesforce', bad, contextFor(datetime, sfDateTime))
            ).toMatchObject({
                ok: false,
                error: { code: 'invalid_datetime' }
            });
        }
    );

    it('when a year before 100 is given, then it is not mistaken for 19xx', () => {
        expect(formatInstant(parseIsoDateTime('0050-01-01T00:00:00Z') ?? 0)).toBe(
            '0050-01-01T00:00:00.000Z'
        );
    });
});
