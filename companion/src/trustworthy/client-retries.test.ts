import type { TestEmulator } from '../trustworthy-emulator/test-support/test-emulator';
import {
    TEST_API_KEY,
    startTestEmulator,
    testId
} from '../trustworthy-emulator/test-support/test-emulator';
import { TrustworthyApiError } from './api-error';
import type { TrustworthyClientOptions } from './trustworthy-client';
import { TrustworthyClient } from './trustworthy-client';

const HOUSEHOLD_ID = testId('hh_', 1);

let emulator: TestEmulator;
let sleeps: number[];

beforeEach(async () => {
    emulator = await startTestEmulator();
    emulator.emulator.seed({
        households: [{ id: HOUSEHOLD_ID, fields: { name: 'Okafor', annual_income: '1200.50' } }],
        members: [],
        items: [],
        reminders: []
    });
    sleeps = [];
});

afterEach(async () => {
    await emulator.stop();
});

/** A client whose waits are recorded instead of slept, so retry tests take no wall-clock time. */
function clientWith(options: Partial<TrustworthyClientOptions> = {}): TrustworthyClient {
    return new TrustworthyClient({
        baseUrl: emulator.url,
        apiKey: TEST_API_KEY,
        sleep: async (milliseconds) => {
            sleeps.push(milliseconds);
        },
        ...options
    });
}

async function expectApiError(promise: Promise<unknown>): Promise<TrustworthyApiError> {
    const error: unknown = await promise.then(
        () => undefined,
        (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(TrustworthyApiError);
    return error as TrustworthyApiError;
}

function jsonResponse(body: unknown, status = 200): Response {
    return new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' }
    });
}

describe('rate limits', () => {
    test('when the API answers 429 with Retry-After, then the client waits that long and tries again', async () => {
        emulator.emulator.faults.set({ rateLimitNext: 2, retryAfterSeconds: 1 });
        const client = clientWith();

        await client.getSchema();

        expect(sleeps).toEqual([1000, 1000]);
        expect(client.requestCount).toBe(3);
    });

    test('when Retry-After is longer than the longest wait, then the 429 is thrown at once with its wait', async () => {
        emulator.emulator.faults.set({ rateLimitNext: 1, retryAfterSeconds: 120 });

        const error = await expectApiError(clientWith({ maxRetryWaitMs: 60_000 }).getSchema());

        expect(error).toMatchObject({
            status: 429,
            code: 'rate_limited',
            retryable: true,
            retryAfterSeconds: 120
        });
        expect(sleeps).toEqual([]);
    });

    test('when the limit persists past the retries, then rate_limited is thrown after maxRetries waits', async () => {
        emulator.emulator.faults.set({ rateLimitNext: 5, retryAfterSeconds: 1 });
        const client = clientWith({ maxRetries: 2 });

        expect(await expectApiError(client.getSchema())).toMatchObject({ code: 'rate_limited' });
        expect(client.requestCount).toBe(3);
        expect(sleeps).toEqual([1000, 1000]);
    });

    test('when the real request budget runs out, then the client waits for the window to reset', async () => {
        await emulator.stop();
        emulator = await startTestEmulator({ rateLimit: { limit: 2, windowSeconds: 30 } });
        const client = clientWith({
            sleep: async (milliseconds) => {
                sleeps.push(milliseconds);
                emulator.clock.advance(milliseconds);
            }
        });

        await client.getSchema();
        await client.getSchema();
        await client.getSchema();

        expect(sleeps).toEqual([30_000]);
        expect(client.rateLimit).toEqual({ limit: 2, remaining: 1, resetSeconds: 30 });
    });
});

describe('outages', () => {
    test('when the API answers 503 twice, then the client backs off exponentially and succeeds', async () => {
        emulator.emulator.faults.set({ failNextRequests: 2 });
        const client = clientWith({ retryBaseDelayMs: 100 });

        await client.getSchema();

        expect(sleeps).toHaveLength(2);
        expect(sleeps[0]).toBeGreaterThanOrEqual(50);
        expect(sleeps[0]).toBeLessThanOrEqual(100);
        expect(sleeps[1]).toBeGreaterThanOrEqual(100);
        expect(sleeps[1]).toBeLessThanOrEqual(200);
    });

    test('when 503 persists past the retries, then a retryable service_unavailable is thrown', async () => {
        emulator.emulator.faults.set({ failNextRequests: 10 });
        const client = clientWith({ maxRetries: 2 });

        expect(await expectApiError(client.getSchema())).toMatchObject({
            status: 503,
            code: 'service_unavailable',
            retryable: true
        });
        expect(client.requestCount).toBe(3);
    });

    test('when a batch reply is lost on the way back, then the retry replays it and the record is created once', async () => {
        let calls = 0;
        const losesFirstReply: typeof fetch = async (input, init) => {
            const response = await fetch(input, init);
            calls += 1;
            if (calls === 1) throw new TypeError('socket hang up');
            return response;
        };
        const client = clientWith({ fetchImpl: losesFirstReply });

        const results = await client.upsertBatch(
            'member',
            [{ fields: { household_id: HOUSEHOLD_ID, last_name: 'Once' } }],
            'lost-reply'
        );

        expect(results[0]?.status).toBe('created');
        expect(client.requestCount).toBe(2);
        expect(await client.lookup('member', 'last_name', ['Once'])).toHaveLength(1);
    });

    test('when a webhook registration meets a 503, then it is not repeated, since that could register twice', async () => {
        emulator.emulator.faults.set({ failNextRequests: 1 });
        const client = clientWith();

        expect(
            await expectApiError(
                client.registerWebhook('http://127.0.0.1:9/hook', ['record.changed'])
            )
        ).toMatchObject({ status: 503 });
        expect(client.requestCount).toBe(1);
    });

    test('when the API key is wrong, then unauthorized is thrown without retrying', async () => {
        const client = clientWith({ apiKey: 'wrong' });

        expect(await expectApiError(client.getSchema())).toMatchObject({
            status: 401,
            code: 'unauthorized',
            retryable: false
        });
        expect(client.requestCount).toBe(1);
    });
});

describe('replies outside the contract', () => {
    test('when a record carries a decimal as a number, then contract_violation names the field', async () => {
        const record = {
            id: HOUSEHOLD_ID,
            external_ref: null,
            created_at: '2026-01-15T09:00:00.000Z',
            updated_at: '2026-01-15T09:00:00.000Z',
            version: 1,
            name: 'Okafor',
            annual_income: 1200.5
        };
        const client = clientWith({ fetchImpl: async () => jsonResponse(record) });

        const error = await expectApiError(client.getRecord('household', HOUSEHOLD_ID));

        expect(error).toMatchObject({ code: 'contract_violation', retryable: false });
        expect(error.message).toContain('annual_income');
    });

    test('when a change-feed upsert arrives without its record, then contract_violation is thrown', async () => {
        const page = {
            changes: [
                {
                    sequence: 1,
                    object: 'household',
                    id: HOUSEHOLD_ID,
                    change: 'upsert',
                    occurred_at: '2026-01-15T09:00:00.000Z'
                }
            ],
            next_cursor: 'x',
            has_more: false
        };
        const client = clientWith({ fetchImpl: async () => jsonResponse(page) });

        expect((await expectApiError(client.listChanges('household'))).message).toContain(
            'upsert carries its record'
        );
    });

    test('when a batch reply answers fewer records than were sent, then contract_violation is thrown', async () => {
        const client = clientWith({ fetchImpl: async () => jsonResponse({ results: [] }) });

        const error = await expectApiError(
            client.upsertBatch('household', [{ fields: { name: 'A' } }], 'short-reply')
        );
        expect(error).toMatchObject({ code: 'contract_violation' });
    });

    test('when a success reply is not JSON, then contract_violation is thrown', async () => {
        const client = clientWith({
            fetchImpl: async () => new Response('<html>ok</html>', { status: 200 })
        });

        expect(await expectApiError(client.getSchema())).toMatchObject({
            code: 'contract_violation'
        });
    });

    test('when a gateway answers 502 without the envelope, then a retryable unexpected_reply is thrown after retries', async () => {
        const client = clientWith({
            maxRetries: 1,
            fetchImpl: async () => new Response('Bad gateway', { status: 502 })
        });

        expect(await expectApiError(client.getSchema())).toMatchObject({
            status: 502,
            code: 'unexpected_reply',
            retryable: true
        });
        expect(client.requestCount).toBe(2);
    });
});
