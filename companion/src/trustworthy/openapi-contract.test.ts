import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { EMULATOR_ROUTES } from '../trustworthy-emulator/routes/route-table';
import type { TestEmulator } from '../trustworthy-emulator/test-support/test-emulator';
import {
    TEST_API_KEY,
    startTestEmulator,
    testContactId,
    testId
} from '../trustworthy-emulator/test-support/test-emulator';
import { TRUSTWORTHY_OBJECTS } from './model';
import { OpenApiContract } from './test-support/openapi-contract';
import { TrustworthyClient } from './trustworthy-client';

const contract = new OpenApiContract();
const exercised = new Set<string>();
let emulator: TestEmulator;

interface Reply {
    status: number;
    headers: Headers;
    body: unknown;
}

interface CallOptions {
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    apiKey?: string | null;
}

/** Sends a request, checks the reply against the contract and records what was covered. */
async function call(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    const apiKey = options.apiKey === undefined ? TEST_API_KEY : options.apiKey;
    if (apiKey !== null) headers.authorization = `Bearer ${apiKey}`;
    const payload =
        options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (payload !== undefined) headers['content-type'] = 'application/json';

    const response = await fetch(emulator.url + path, {
        method,
        headers,
        ...(payload !== undefined && { body: payload })
    });
    const text = await response.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);

    const template = contract.templateFor(method, path.split('?')[0] ?? path);
    if (!template) throw new Error(`${method} ${path} matches no path in the contract`);
    expect(
        contract.checkResponse(method, template, response.status, response.headers, body)
    ).toEqual([]);

    exercised.add(`${method.toLowerCase()} ${template} ${response.status}`);
    return { status: response.status, headers: response.headers, body };
}

const HOUSEHOLD_ID = testId('hh_', 1);
const MEMBER_ID = testId('mb_', 1);

beforeAll(async () => {
    emulator = await startTestEmulator();
    emulator.emulator.seed({
        households: [
            {
                id: HOUSEHOLD_ID,
                fields: { name: 'Okafor', annual_income: '88000', address: { city: 'Leeds' } }
            },
            { id: testId('hh_', 2), fields: { name: 'Lindqvist', notes: '' } }
        ],
        members: [
            {
                id: MEMBER_ID,
                external_ref: testContactId(1),
                fields: {
                    household_id: HOUSEHOLD_ID,
                    last_name: 'Okafor',
                    email: 'ada@example.org',
                    interests: ['health']
                }
            }
        ],
        items: [
            {
                id: testId('it_', 1),
                fields: {
                    household_id: HOUSEHOLD_ID,
                    category: 'vehicle',
                    name: 'Car',
                    value: '12000.5',
                    start_date: '2024-02-29'
                }
            }
        ],
        reminders: [
            {
                id: testId('rm_', 1),
                fields: { household_id: HOUSEHOLD_ID, title: 'MOT', due_date: '2026-03-01' }
            }
        ]
    });
});

afterAll(async () => {
    await emulator.stop();
});

describe('the emulator against the contract', () => {
    test('when the schema is read, with and without a valid key, then every reply fits the contract', async () => {
        expect((await call('GET', '/v1/schema')).status).toBe(200);
        expect((await call('GET', '/v1/schema/member')).status).toBe(200);
        expect((await call('GET', '/v1/schema/pet')).status).toBe(404);
        expect((await call('GET', '/v1/schema', { apiKey: null })).status).toBe(401);
        expect((await call('GET', '/v1/schema', { apiKey: 'not-a-key' })).status).toBe(401);
    });

    test('when records are listed and read, then pages, records and misses fit the contract', async () => {
        const page = await call('GET', '/v1/households?limit=1');
        expect(page.body).toMatchObject({ has_more: true, next_after: HOUSEHOLD_ID });
        expect((await call('GET', `/v1/households?after=${HOUSEHOLD_ID}`)).body).toMatchObject({
            has_more: false
        });
        expect((await call('GET', '/v1/households?limit=0')).status).toBe(400);
        expect((await call('GET', '/v1/pets')).status).toBe(404);

        for (const path of [
            `/v1/members/${MEMBER_ID}`,
            `/v1/households/${HOUSEHOLD_ID}`,
            `/v1/items/${testId('it_', 1)}`
        ]) {
            expect((await call('GET', path)).status).toBe(200);
        }
        expect((await call('GET', `/v1/reminders/${testId('rm_', 1)}`)).status).toBe(200);
        expect((await call('GET', `/v1/members/${testId('mb_', 99)}`)).status).toBe(404);
    });

    test('when looking up by a match key, then matches, bad fields and oversized bodies fit the contract', async () => {
        const found = await call('POST', '/v1/members/lookup', {
            body: { field: 'email', values: ['ADA@example.org'] }
        });
        expect(found.body).toMatchObject({ records: [{ id: MEMBER_ID }] });

        expect(
            (await call('POST', '/v1/members/lookup', { body: { field: 'notes', values: ['x'] } }))
                .status
        ).toBe(400);
        expect(
            (await call('POST', '/v1/members/lookup', { body: { field: 'email', values: [] } }))
                .status
        ).toBe(400);
        expect(
            (await call('POST', '/v1/pets/lookup', { body: { field: 'email', values: ['x'] } }))
                .status
        ).toBe(404);

        const huge = { field: 'email', values: ['x'.repeat(1024 * 1024 + 10)] };
        expect((await call('POST', '/v1/members/lookup', { body: huge })).status).toBe(413);
    });

    test('when a batch is upserted, replayed and reused, then every reply fits the contract', async () => {
        const body = {
            records: [
                {
                    fields: { last_name: 'Okafor', first_name: 'Chidi', household_id: HOUSEHOLD_ID }
                },
                { external_ref: testContactId(1), fields: { first_name: 'Ada' } },
                { fields: { last_name: 'x'.repeat(101) } }
            ]
        };
        const headers = { 'Idempotency-Key': 'contract-upsert-1' };

        const first = await call('POST', '/v1/members/batch', { body, headers });
        expect(first.body).toMatchObject({
            results: [
                { status: 'created' },
                { status: 'updated' },
                { status: 'error', error: { code: 'too_long' } }
            ]
        });
        expect(first.headers.get('Idempotent-Replayed')).toBe('false');

        const replay = await call('POST', '/v1/members/batch', { body, headers });
        expect(replay.body).toEqual(first.body);
        expect(replay.headers.get('Idempotent-Replayed')).toBe('true');

        const reused = await call('POST', '/v1/members/batch', {
            body: { records: [{ fields: {} }] },
            headers
        });
        expect(reused.status).toBe(409);

        expect((await call('POST', '/v1/members/batch', { body })).status).toBe(400);
        expect(
            (await call('POST', '/v1/members/batch', { rawBody: '{"records": [', headers })).status
        ).toBe(400);
        expect(
            (await call('POST', '/v1/members/batch', { body: { records: [] }, headers })).status
        ).toBe(400);
        expect((await call('POST', '/v1/pets/batch', { body, headers })).status).toBe(404);
        const tooBig = { records: [{ fields: { notes: 'x'.repeat(1024 * 1024) } }] };
        expect((await call('POST', '/v1/members/batch', { body: tooBig, headers })).status).toBe(
            413
        );
    });

    test('when records are deleted in a batch, then results, replays and misuse fit the contract', async () => {
        const headers = { 'Idempotency-Key': 'contract-delete-1' };
        const body = { ids: [testId('rm_', 1), testId('rm_', 77)] };

        const first = await call('POST', '/v1/reminders/batch-delete', { body, headers });
        expect(first.body).toMatchObject({
            results: [{ status: 'deleted' }, { status: 'error', error: { code: 'not_found' } }]
        });
        expect(
            (await call('POST', '/v1/reminders/batch-delete', { body, headers })).headers.get(
                'Idempotent-Replayed'
            )
        ).toBe('true');
        expect(
            (await call('POST', '/v1/reminders/batch-delete', { body: { ids: ['x'] }, headers }))
                .status
        ).toBe(409);
        expect(
            (await call('POST', '/v1/reminders/batch-delete', { body: { ids: [] }, headers }))
                .status
        ).toBe(400);
        expect((await call('POST', '/v1/pets/batch-delete', { body, headers })).status).toBe(404);
        const tooBig = {
            ids: Array.from({ length: 30_000 }, (_, i) => `rm_${'0'.repeat(26)}${i}`)
        };
        expect(
            (await call('POST', '/v1/reminders/batch-delete', { body: tooBig, headers })).status
        ).toBe(413);
    });

    test('when the change feed is read, then pages, deletions and bad cursors fit the contract', async () => {
        const all = await call('GET', '/v1/changes?object=reminder');
        expect(all.body).toMatchObject({
            changes: [{ change: 'upsert' }, { change: 'delete' }],
            has_more: false
        });

        const member = (await call('GET', '/v1/changes?object=member&limit=1')).body as {
            next_cursor: string;
        };
        expect(
            (await call('GET', `/v1/changes?object=member&cursor=${member.next_cursor}`)).status
        ).toBe(200);
        expect(
            (await call('GET', `/v1/changes?object=household&cursor=${member.next_cursor}`)).status
        ).toBe(400);
        expect(
            (await call('GET', '/v1/changes?object=member&cursor=bm90LWEtY3Vyc29y')).status
        ).toBe(400);
        expect((await call('GET', '/v1/changes')).status).toBe(400);
        expect((await call('GET', '/v1/changes?object=pet')).status).toBe(404);
    });

    test('when a webhook is registered and a record changes, then registration and delivery fit the contract', async () => {
        const received: Array<{ body: string; signature: string | undefined }> = [];
        const receiver = createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on('data', (chunk: Buffer) => chunks.push(chunk));
            req.on('end', () => {
                const signature = req.headers['trustworthy-signature'];
                received.push({
                    body: Buffer.concat(chunks).toString(),
                    signature: typeof signature === 'string' ? signature : undefined
                });
                res.end();
            });
        });
        await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

        try {
            const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
            const registered = await call('POST', '/v1/webhooks', {
                body: { url, events: ['record.changed'] }
            });
            expect(registered.status).toBe(201);
            const elsewhere = { url: 'http://example.com/', events: ['record.changed'] };
            expect((await call('POST', '/v1/webhooks', { body: elsewhere })).status).toBe(400);
            const tooBig = { url, events: ['record.changed'], padding: 'x'.repeat(1024 * 1024) };
            expect((await call('POST', '/v1/webhooks', { body: tooBig })).status).toBe(413);

            const upsert = { records: [{ id: HOUSEHOLD_ID, fields: { notes: 'reviewed' } }] };
            await call('POST', '/v1/households/batch', {
                body: upsert,
                headers: { 'Idempotency-Key': 'contract-hook-1' }
            });
            await emulator.emulator.webhooksIdle();

            expect(received).toHaveLength(1);
            const delivery = received[0];
            expect(
                contract.checkSchema('WebhookDelivery', JSON.parse(delivery?.body ?? 'null'))
            ).toEqual([]);
            expect(delivery?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

            const id = (registered.body as { id: string }).id;
            expect((await call('DELETE', `/v1/webhooks/${id}`)).status).toBe(204);
            expect((await call('DELETE', `/v1/webhooks/${id}`)).status).toBe(404);
        } finally {
            await new Promise((resolve) => receiver.close(resolve));
        }
    });

    const SAMPLE_PARAMS: Record<string, string> = {
        '{object}': 'member',
        '{collection}': 'members',
        '{id}': MEMBER_ID
    };

    /** Calls every operation once with a concrete path and a body where one is taken. */
    async function callEveryOperation(
        options: CallOptions,
        beforeEach: () => void = () => undefined
    ) {
        const statuses: number[] = [];
        for (const operation of contract.operations()) {
            beforeEach();
            const path = operation.path.replace(
                /\{\w+\}/g,
                (param) => SAMPLE_PARAMS[param] ?? param
            );
            const body = operation.method === 'post' ? {} : undefined;
            statuses.push(
                (await call(operation.method.toUpperCase(), path, { ...options, body })).status
            );
        }
        return statuses;
    }

    test('when any operation is called without a valid key, then it answers 401 in the envelope', async () => {
        const statuses = await callEveryOperation({ apiKey: 'wrong' });
        expect(new Set(statuses)).toEqual(new Set([401]));
    });

    test('when any operation meets a rate limit or an outage, then the 429 and 503 replies fit the contract', async () => {
        const faults = emulator.emulator.faults;
        const limited = await callEveryOperation({}, () =>
            faults.set({ rateLimitNext: 1, retryAfterSeconds: 2 })
        );
        expect(new Set(limited)).toEqual(new Set([429]));

        const unavailable = await callEveryOperation({}, () => faults.set({ failNextRequests: 1 }));
        expect(new Set(unavailable)).toEqual(new Set([503]));
    });
});

describe('the contract as a whole', () => {
    test('when every scenario has run, then every documented reply except 500 was produced and checked', () => {
        const missing = contract
            .operations()
            .flatMap((operation) =>
                operation.statuses.map(
                    (status) => `${operation.method} ${operation.path} ${status}`
                )
            )
            .filter((entry) => !entry.endsWith(' 500') && !exercised.has(entry));
        expect(missing).toEqual([]);
    });

    test('when the emulator routes and the contract paths are compared, then each has exactly the other', () => {
        const served = EMULATOR_ROUTES.map((route) => `${route.method} ${route.path}`).sort();
        const documented = contract
            .operations()
            .map((operation) => `${operation.method} ${operation.path}`)
            .sort();
        expect(served).toEqual(documented);
    });

    test('when the record schemas are compared with model.ts, then fields, lengths and enum values agree', () => {
        const schemas = contract.components().schemas as Record<
            string,
            { properties: Record<string, Record<string, unknown>> }
        >;

        for (const definition of TRUSTWORTHY_OBJECTS) {
            const label = definition.label;
            const properties = schemas[label]?.properties ?? {};
            expect(Object.keys(properties).sort()).toEqual(
                [...definition.fields.map((field) => field.name), 'version'].sort()
            );

            for (const field of definition.fields) {
                const property = properties[field.name] ?? {};
                if (field.type === 'enum') {
                    expect(property.enum).toEqual([...(field.enumValues ?? []), '', null]);
                }
                if (field.type === 'multi_enum') {
                    expect((property.items as { enum: unknown }).enum).toEqual(field.enumValues);
                }
                if (['string', 'text', 'email', 'phone'].includes(field.type) && !field.readOnly) {
                    expect(property.maxLength).toBe(field.maxLength);
                }
            }
        }
    });

    test('when the adapter drives every operation, then each request it sends fits the contract too', async () => {
        const problems: string[] = [];
        const checkingFetch: typeof fetch = async (input, init) => {
            const url = new URL(String(input));
            const method = init?.method ?? 'GET';
            const template = contract.templateFor(method, url.pathname);
            const body: unknown =
                typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
            if (!template) problems.push(`${method} ${url.pathname} is not in the contract`);
            else
                problems.push(
                    ...contract
                        .checkRequestBody(method, template, body)
                        .map((p) => `${method} ${template}: ${p}`)
                );
            return fetch(input, init);
        };
        const client = new TrustworthyClient({
            baseUrl: emulator.url,
            apiKey: TEST_API_KEY,
            fetchImpl: checkingFetch
        });

        await client.getSchema();
        await client.getObjectSchema('item');
        await client.listRecords('member', { limit: 5 });
        await client.getRecord('member', MEMBER_ID);
        await client.listChanges('member', undefined, 10);
        await client.lookup('member', 'email', ['ada@example.org']);
        await client.upsertBatch(
            'item',
            [
                {
                    externalRef: testContactId(9),
                    fields: { household_id: HOUSEHOLD_ID, category: 'document', name: 'Will' }
                }
            ],
            'contract-client-1'
        );
        await client.deleteBatch('item', [testId('it_', 1)], 'contract-client-2');
        const hook = await client.registerWebhook('http://127.0.0.1:9/unused', ['record.deleted']);
        await client.deleteWebhook(hook.id);

        expect(problems).toEqual([]);
    });
});
