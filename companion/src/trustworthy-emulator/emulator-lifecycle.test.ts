import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { TrustworthyClient } from '../trustworthy/trustworthy-client';
import { SIGNATURE_HEADER, verifyWebhook } from '../trustworthy/webhook-signature';
import { SeedError } from './seed';
import type { TestEmulator } from './test-support/test-emulator';
import {
    TEST_API_KEY,
    startTestEmulator,
    testContactId,
    testId
} from './test-support/test-emulator';

const HOUSEHOLD_ID = testId('hh_', 1);
const DAY_MS = 24 * 60 * 60 * 1000;

let emulator: TestEmulator;
let client: TrustworthyClient;

beforeEach(async () => {
    emulator = await startTestEmulator();
    emulator.emulator.seed({
        households: [{ id: HOUSEHOLD_ID, fields: { name: 'Okafor' } }],
        members: [],
        items: [],
        reminders: []
    });
    client = new TrustworthyClient({ baseUrl: emulator.url, apiKey: TEST_API_KEY });
});

afterEach(async () => {
    await emulator.stop();
});

describe('seeding', () => {
    test('when seed records carry their own timestamps and links, then they are kept as given', async () => {
        emulator.emulator.seed({
            households: [],
            members: [
                {
                    id: testId('mb_', 1),
                    external_ref: testContactId(1),
                    fields: {
                        household_id: HOUSEHOLD_ID,
                        last_name: 'Okafor',
                        title: '',
                        created_at: '2024-05-01T08:00:00.000Z'
                    }
                }
            ],
            items: [],
            reminders: []
        });

        const record = await client.getRecord('member', testId('mb_', 1));
        expect(record).toEqual({
            id: testId('mb_', 1),
            external_ref: testContactId(1),
            created_at: '2024-05-01T08:00:00.000Z',
            updated_at: '2024-05-01T08:00:00.000Z',
            version: 1,
            household_id: HOUSEHOLD_ID,
            last_name: 'Okafor',
            title: ''
        });
    });

    test('when a seed holds invalid records, then it is refused whole, naming each problem', async () => {
        const seeding = () =>
            emulator.emulator.seed({
                households: [{ id: testId('hh_', 2), fields: { name: 'Fine' } }],
                members: [
                    { id: 'mb_short', fields: { last_name: 'Bad id' } },
                    {
                        id: testId('mb_', 2),
                        fields: { household_id: testId('hh_', 9), last_name: 'Orphan' }
                    }
                ],
                items: [],
                reminders: []
            });

        expect(seeding).toThrow(SeedError);
        expect(seeding).toThrow(/mb_short: id must be mb_.*\n.*invalid_reference/);
        expect(await client.getRecord('household', testId('hh_', 2))).toBeUndefined();
    });
});

describe('retention', () => {
    test('when a deletion is older than 30 days, then it leaves the change feed', async () => {
        await client.deleteBatch('household', [HOUSEHOLD_ID], 'delete-1');
        emulator.clock.advance(29 * DAY_MS);
        expect(
            (await client.listChanges('household')).changes.map((change) => change.change)
        ).toEqual(['upsert', 'delete']);

        emulator.clock.advance(2 * DAY_MS);
        expect(
            (await client.listChanges('household')).changes.map((change) => change.change)
        ).toEqual(['upsert']);
    });

    test('when an idempotency key is older than 24 hours, then it may be used for a new request', async () => {
        await client.upsertBatch('household', [{ fields: { name: 'First' } }], 'daily-key');
        await expect(
            client.upsertBatch('household', [{ fields: { name: 'Second' } }], 'daily-key')
        ).rejects.toMatchObject({
            code: 'idempotency_key_reused'
        });

        emulator.clock.advance(DAY_MS + 1);
        const results = await client.upsertBatch(
            'household',
            [{ fields: { name: 'Second' } }],
            'daily-key'
        );
        expect(results[0]?.status).toBe('created');
    });
});

describe('webhook deliveries', () => {
    test('when records change and are deleted, then each subscriber gets signed events that verify, in order', async () => {
        const received: Array<{ body: string; signature: string | undefined }> = [];
        const receiver = createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on('data', (chunk: Buffer) => chunks.push(chunk));
            req.on('end', () => {
                const header = req.headers[SIGNATURE_HEADER.toLowerCase()];
                received.push({
                    body: Buffer.concat(chunks).toString(),
                    signature: typeof header === 'string' ? header : undefined
                });
                res.end();
            });
        });
        await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

        try {
            const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/trustworthy`;
            const hook = await client.registerWebhook(url, ['record.changed', 'record.deleted']);

            const [created] = await client.upsertBatch(
                'member',
                [{ fields: { household_id: HOUSEHOLD_ID, last_name: 'Eze' } }],
                'hook-1'
            );
            await client.deleteBatch('member', [created?.id ?? ''], 'hook-2');
            await emulator.emulator.webhooksIdle();

            const seen = new Set<string>();
            const events = received.map((delivery) => {
                const verdict = verifyWebhook({
                    secret: hook.secret,
                    header: delivery.signature,
                    rawBody: delivery.body,
                    now: emulator.clock.now(),
                    seenEventIds: seen
                });
                if (verdict.ok) seen.add(verdict.eventId);
                return {
                    verdict: verdict.ok,
                    ...(JSON.parse(delivery.body) as { type: string; record_id: string })
                };
            });

            expect(events).toEqual([
                expect.objectContaining({
                    verdict: true,
                    type: 'record.changed',
                    object: 'member',
                    record_id: created?.id
                }),
                expect.objectContaining({
                    verdict: true,
                    type: 'record.deleted',
                    object: 'member',
                    record_id: created?.id
                })
            ]);
            const replay = received[0];
            expect(
                verifyWebhook({
                    secret: hook.secret,
                    header: replay?.signature,
                    rawBody: replay?.body ?? '',
                    now: emulator.clock.now(),
                    seenEventIds: seen
                })
            ).toEqual({ ok: false, reason: 'replayed' });
        } finally {
            await new Promise((resolve) => receiver.close(resolve));
        }
    });

    test('when a webhook URL is not on 127.0.0.1, then registration is refused', async () => {
        await expect(
            client.registerWebhook('http://10.0.0.1/hook', ['record.changed'])
        ).rejects.toMatchObject({
            status: 400,
            code: 'validation_failed',
            details: [expect.objectContaining({ path: 'body.url' })]
        });
    });
});
