/**
 * GET/PUT /api/v1/mappings/:name/schedule through HTTP against the real app:
 * every kind of schedule, and every kind of bad input refused with nothing stored.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';

jest.setTimeout(60_000);

let harness: Harness;
let path: string;

beforeAll(async () => {
    harness = await startHarness();
    path = `/api/v1/mappings/${harness.companion.mappingName}/schedule`;
});

afterAll(async () => {
    await harness.close();
});

async function storedSchedules(): Promise<unknown[]> {
    return harness.companion.repositories.store.selectFrom('schedules').selectAll().execute();
}

describe('the schedule of a mapping', () => {
    test('when no schedule was set, then the mapping is manual with nothing due', async () => {
        const reply = await harness.api('get', path);
        expect(reply).toMatchObject({
            status: 200,
            body: {
                mappingName: harness.companion.mappingName,
                schedule: { kind: 'manual' },
                lastRunAt: null,
                nextDueAt: null,
                running: false
            }
        });
    });

    test('when each kind of schedule is put, then it is stored and read back with its next due time', async () => {
        const interval = await harness.api('put', path, {
            body: { kind: 'interval', everyMinutes: 15 }
        });
        expect(interval).toMatchObject({
            status: 200,
            body: { schedule: { kind: 'interval', everyMinutes: 15 } }
        });
        const body = interval.body as { nextDueAt: string };
        const minutesAhead = (new Date(body.nextDueAt).getTime() - Date.now()) / 60_000;
        expect(minutesAhead).toBeGreaterThan(14);
        expect(minutesAhead).toBeLessThanOrEqual(15);

        const daily = await harness.api('put', path, {
            body: { kind: 'daily', time: '06:30', timezone: 'Europe/Berlin' }
        });
        expect(daily).toMatchObject({
            status: 200,
            body: { schedule: { kind: 'daily', time: '06:30', timezone: 'Europe/Berlin' } }
        });
        expect(new Date((daily.body as { nextDueAt: string }).nextDueAt).getUTCMinutes()).toBe(30);

        const cron = await harness.api('put', path, {
            body: { kind: 'cron', expression: '0 */6 * * 1-5' }
        });
        expect(cron).toMatchObject({
            status: 200,
            body: { schedule: { kind: 'cron', expression: '0 */6 * * 1-5', timezone: 'UTC' } }
        });

        const realtime = await harness.api('put', path, { body: { kind: 'realtime' } });
        expect(realtime).toMatchObject({
            status: 200,
            body: { schedule: { kind: 'realtime' }, nextDueAt: null }
        });

        const manual = await harness.api('put', path, { body: { kind: 'manual' } });
        expect(manual).toMatchObject({
            status: 200,
            body: { schedule: { kind: 'manual' }, nextDueAt: null }
        });
        expect(await harness.api('get', path)).toMatchObject({
            status: 200,
            body: { schedule: { kind: 'manual' } }
        });
        expect(await storedSchedules()).toHaveLength(1);
    });

    describe('when the input is bad, then it is refused with the field named and nothing is stored', () => {
        beforeAll(async () => {
            await harness.companion.repositories.store.deleteFrom('schedules').execute();
        });

        afterEach(async () => {
            expect(await storedSchedules()).toEqual([]);
        });

        test.each([
            ['the kind is missing', { everyMinutes: 15 }, 'body.kind'],
            ['the kind is unknown', { kind: 'hourly' }, 'body.kind'],
            [
                'the interval is not a number',
                { kind: 'interval', everyMinutes: '15' },
                'body.everyMinutes'
            ],
            [
                'the interval is below 5 minutes',
                { kind: 'interval', everyMinutes: 4 },
                'body.everyMinutes'
            ],
            [
                'the interval is above 1440 minutes',
                { kind: 'interval', everyMinutes: 1441 },
                'body.everyMinutes'
            ],
            [
                'the interval is fractional',
                { kind: 'interval', everyMinutes: 7.5 },
                'body.everyMinutes'
            ],
            [
                'the time is not HH:MM',
                { kind: 'daily', time: '25:00', timezone: 'UTC' },
                'body.time'
            ],
            [
                'the time zone is not IANA',
                { kind: 'daily', time: '06:30', timezone: 'Mars/Olympus_Mons' },
                'body.timezone'
            ],
            ['the time zone is missing', { kind: 'daily', time: '06:30' }, 'body.timezone'],
            [
                'the cron expression has a bad field',
                { kind: 'cron', expression: '61 * * * *' },
                'body.expression'
            ],
            [
                'the cron expression has six fields',
                { kind: 'cron', expression: '0 0 */6 * * *' },
                'body.expression'
            ],
            [
                'the cron expression is too long',
                { kind: 'cron', expression: `0 ${'1,'.repeat(80)}2 * * *` },
                'body.expression'
            ],
            [
                'the cron expression fires every minute',
                { kind: 'cron', expression: '*/1 * * * *' },
                'body.expression'
            ],
            [
                'the cron expression can never fire',
                { kind: 'cron', expression: '0 0 31 2 *' },
                'body.expression'
            ],
            ['a property is unknown', { kind: 'realtime', everyMinutes: 5 }, 'body']
        ])('%s', async (_case, body, field) => {
            const reply = await harness.api('put', path, { body });
            expect(reply.status).toBe(400);
            const error = (
                reply.body as { error: { code: string; details: Array<{ path: string }> } }
            ).error;
            expect(error.code).toBe('validation_failed');
            expect(error.details.map((detail) => detail.path)).toContain(field);
        });

        test('the body is not JSON', async () => {
            expect(await harness.api('put', path, { body: '{"kind":' })).toMatchObject({
                status: 400,
                body: { error: { code: 'validation_failed' } }
            });
        });

        test('the body is oversized', async () => {
            const reply = await harness.api('put', path, {
                body: { kind: 'manual', padding: 'x'.repeat(300 * 1024) }
            });
            expect(reply).toMatchObject({
                status: 413,
                body: { error: { code: 'payload_too_large' } }
            });
        });

        test('the mapping does not exist', async () => {
            const reply = await harness.api('put', '/api/v1/mappings/no-such-mapping/schedule', {
                body: { kind: 'interval', everyMinutes: 15 }
            });
            expect(reply).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
            expect(
                await harness.api('get', '/api/v1/mappings/no-such-mapping/schedule')
            ).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
        });

        test('the mapping name is not a name', async () => {
            const reply = await harness.api(
                'put',
                `/api/v1/mappings/${encodeURIComponent('../etc')}/schedule`,
                { body: { kind: 'manual' } }
            );
            expect(reply).toMatchObject({
                status: 400,
                body: { error: { code: 'validation_failed', details: [{ path: 'params.name' }] } }
            });
        });

        test('the caller is not authenticated', async () => {
            const put = await harness.api('put', path, {
                body: { kind: 'interval', everyMinutes: 15 },
                authenticated: false
            });
            expect(put).toMatchObject({
                status: 401,
                body: { error: { code: 'unauthenticated', details: [] } }
            });
            const wrong = await harness.api('get', path, {
                authenticated: false,
                headers: { authorization: 'Bearer not-the-secret' }
            });
            expect(wrong).toMatchObject({
                status: 401,
                body: { error: { code: 'unauthenticated' } }
            });
        });
    });
});
