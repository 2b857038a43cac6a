import type { TestEmulator } from '../trustworthy-emulator/test-support/test-emulator';
import {
    TEST_API_KEY,
    startTestEmulator,
    testContactId,
    testId
} from '../trustworthy-emulator/test-support/test-emulator';
import { TrustworthyApiError } from './api-error';
import { MEMBER, TRUSTWORTHY_OBJECTS } from './model';
import { TrustworthyClient } from './trustworthy-client';

const HOUSEHOLD_ID = testId('hh_', 1);

let emulator: TestEmulator;
let client: TrustworthyClient;

function member(n: number, fields: Record<string, unknown> = {}) {
    return {
        id: testId('mb_', n),
        fields: { household_id: HOUSEHOLD_ID, last_name: `Member ${n}`, ...fields }
    };
}

beforeEach(async () => {
    emulator = await startTestEmulator();
    emulator.emulator.seed({
        households: [{ id: HOUSEHOLD_ID, fields: { name: 'Okafor' } }],
        members: [
            {
                ...member(1, { email: 'Ada.Okafor@Example.org', notes: '' }),
                external_ref: testContactId(1)
            },
            member(2, { email: 'chidi@example.org' }),
            member(3)
        ],
        items: [],
        reminders: []
    });
    client = new TrustworthyClient({ baseUrl: emulator.url, apiKey: TEST_API_KEY });
});

afterEach(async () => {
    await emulator.stop();
});

async function expectApiError(promise: Promise<unknown>): Promise<TrustworthyApiError> {
    const error: unknown = await promise.then(
        () => undefined,
        (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(TrustworthyApiError);
    return error as TrustworthyApiError;
}

describe('schema discovery', () => {
    test('when the schema is read, then every object comes back with the fields of model.ts', async () => {
        const objects = await client.getSchema();

        expect(objects.map((object) => object.name)).toEqual(
            TRUSTWORTHY_OBJECTS.map((object) => object.name)
        );
        expect(objects.find((object) => object.name === 'member')?.fields).toEqual(MEMBER.fields);
        expect((await client.getObjectSchema('member')).idPrefix).toBe('mb_');
    });

    test('when an unknown object is asked for, then a not_found error that is not retryable is thrown', async () => {
        const error = await expectApiError(client.getObjectSchema('pet'));
        expect(error).toMatchObject({ status: 404, code: 'not_found', retryable: false });
    });
});

describe('records', () => {
    test('when a seeded record is read, then absent keys stay absent and "" stays ""', async () => {
        const record = await client.getRecord('member', testId('mb_', 1));

        expect(record).toMatchObject({ notes: '', external_ref: testContactId(1), version: 1 });
        expect(record && 'phone' in record).toBe(false);
        expect(await client.getRecord('member', testId('mb_', 99))).toBeUndefined();
    });

    test('when records are listed page by page, then every record is seen once', async () => {
        const first = await client.listRecords('member', { limit: 2 });
        const second = await client.listRecords('member', {
            limit: 2,
            after: first.nextAfter ?? ''
        });

        expect(first.hasMore).toBe(true);
        expect(second).toMatchObject({ hasMore: false, nextAfter: null });
        expect([...first.records, ...second.records].map((record) => record.id)).toEqual(
            [1, 2, 3].map((n) => testId('mb_', n))
        );
    });
});

describe('the change feed', () => {
    test('when the feed is paged, then every change arrives once, in sequence order', async () => {
        const first = await client.listChanges('member', undefined, 2);
        const second = await client.listChanges('member', first.nextCursor, 2);

        expect(first.hasMore).toBe(true);
        expect(second.hasMore).toBe(false);
        const sequences = [...first.changes, ...second.changes].map((change) => change.sequence);
        expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
        expect([...first.changes, ...second.changes].map((change) => change.id)).toEqual(
            [1, 2, 3].map((n) => testId('mb_', n))
        );
    });

    test('when a record is deleted after the cursor was stored, then resuming yields a delete without a record', async () => {
        const caughtUp = await client.listChanges('member');
        await client.deleteBatch('member', [testId('mb_', 3)], 'delete-3');

        const resumed = await client.listChanges('member', caughtUp.nextCursor);
        expect(resumed.changes).toEqual([
            {
                sequence: expect.any(Number),
                object: 'member',
                id: testId('mb_', 3),
                change: 'delete',
                occurredAt: expect.any(String)
            }
        ]);

        const again = await client.listChanges('member', resumed.nextCursor);
        expect(again).toEqual({ changes: [], nextCursor: resumed.nextCursor, hasMore: false });
    });

    test('when a malformed or foreign cursor is sent, then invalid_cursor is thrown', async () => {
        const households = await client.listChanges('household');

        expect(
            await expectApiError(client.listChanges('member', households.nextCursor))
        ).toMatchObject({ status: 400, code: 'invalid_cursor' });
        expect(await expectApiError(client.listChanges('member', 'garbage'))).toMatchObject({
            code: 'invalid_cursor'
        });
    });
});

describe('lookup', () => {
    test('when emails are looked up in another case, then the records match case-insensitively', async () => {
        const found = await client.lookup('member', 'email', [
            'ada.okafor@example.ORG',
            'nobody@example.org'
        ]);
        expect(found.map((record) => record.id)).toEqual([testId('mb_', 1)]);
    });

    test('when more than 200 values are looked up, then they go out in chunks and each match comes back once', async () => {
        const values = [
            ...Array.from({ length: 249 }, (_, i) => `nobody${i}@example.org`),
            'chidi@example.org',
            'CHIDI@example.org'
        ];
        const before = client.requestCount;

        const found = await client.lookup('member', 'email', values);

        expect(client.requestCount - before).toBe(2);
        expect(found.map((record) => record.id)).toEqual([testId('mb_', 2)]);
    });
});

describe('batch upsert', () => {
    test('when a batch creates, updates, clears and leaves records alone, then each result says which', async () => {
        const results = await client.upsertBatch(
            'member',
            [
                {
                    externalRef: testContactId(7),
                    fields: {
                        household_id: HOUSEHOLD_ID,
                        last_name: 'Eze',
                        birth_date: '1990-02-28'
                    }
                },
                { externalRef: testContactId(1), fields: { first_name: 'Ada', email: null } },
                { id: testId('mb_', 2), fields: { email: 'chidi@example.org' } }
            ],
            'upsert-1'
        );

        expect(results).toEqual([
            { index: 0, status: 'created', id: expect.stringMatching(/^mb_/), version: 1 },
            { index: 1, status: 'updated', id: testId('mb_', 1), version: 2 },
            { index: 2, status: 'unchanged', id: testId('mb_', 2), version: 1 }
        ]);
        expect(await client.getRecord('member', testId('mb_', 1))).toMatchObject({
            first_name: 'Ada',
            email: null
        });
        const created = await client.getRecord('member', results[0]?.id ?? '');
        expect(created).toMatchObject({ external_ref: testContactId(7), birth_date: '1990-02-28' });
    });

    test('when some records break the rules, then each gets its own error and the others still land', async () => {
        const results = await client.upsertBatch(
            'member',
            [
                { fields: { household_id: HOUSEHOLD_ID, last_name: 'Good' } },
                { fields: { last_name: 'X', shoe_size: 42 } },
                { id: testId('mb_', 1), fields: { created_at: '2020-01-01T00:00:00.000Z' } },
                { id: testId('mb_', 1), fields: { email_opt_out: 'yes' } },
                { id: testId('mb_', 1), fields: { first_name: '😀'.repeat(51) } },
                { id: testId('mb_', 1), fields: { relationship: 'cousin' } },
                { fields: { first_name: 'No last name' } },
                { fields: { last_name: 'Orphan', household_id: testId('hh_', 404) } },
                { id: testId('mb_', 404), fields: { first_name: 'Ghost' } },
                { externalRef: testContactId(2), fields: { last_name: 'Also good' } }
            ],
            'upsert-errors'
        );

        expect(results.map((result) => result.error?.code ?? result.status)).toEqual([
            'created',
            'unknown_field',
            'read_only_field',
            'invalid_type',
            'too_long',
            'invalid_enum_value',
            'required_field_missing',
            'invalid_reference',
            'not_found',
            'created'
        ]);
        expect(results[4]?.error?.field).toBe('first_name');
        expect((await client.lookup('member', 'last_name', ['Good', 'Also good'])).length).toBe(2);
    });

    test('when the same batch is sent again with the same key, then the stored reply comes back and nothing is re-applied', async () => {
        const batch = [{ fields: { household_id: HOUSEHOLD_ID, last_name: 'Once' } }];

        const first = await client.upsertBatch('member', batch, 'replay-key');
        const second = await client.upsertBatch('member', batch, 'replay-key');

        expect(second).toEqual(first);
        expect(await client.lookup('member', 'last_name', ['Once'])).toHaveLength(1);
    });

    test('when a key is reused for a different batch, then idempotency_key_reused (409) is thrown', async () => {
        await client.upsertBatch(
            'member',
            [{ fields: { household_id: HOUSEHOLD_ID, last_name: 'A' } }],
            'reuse-key'
        );

        const error = await expectApiError(
            client.upsertBatch('member', [{ fields: { last_name: 'B' } }], 'reuse-key')
        );
        expect(error).toMatchObject({
            status: 409,
            code: 'idempotency_key_reused',
            retryable: false
        });
    });

    test('when more than 200 records are upserted, then they go out in chunks with derived keys and indexes run on', async () => {
        const records = Array.from({ length: 450 }, (_, i) => ({
            fields: { household_id: HOUSEHOLD_ID, last_name: `Bulk ${i}` }
        }));
        const before = client.requestCount;

        const results = await client.upsertBatch('member', records, 'bulk-key');
        const replayed = await client.upsertBatch('member', records, 'bulk-key');

        expect(client.requestCount - before).toBe(6);
        expect(results.map((result) => result.index)).toEqual(records.map((_, i) => i));
        expect(results.every((result) => result.status === 'created')).toBe(true);
        expect(replayed).toEqual(results);
        expect((await client.listRecords('member', { limit: 1000 })).records).toHaveLength(453);
    });

    test('when the idempotency key is empty or too long, then the call is refused before anything is sent', async () => {
        const before = client.requestCount;
        expect(await expectApiError(client.upsertBatch('member', [], ''))).toMatchObject({
            code: 'invalid_argument'
        });
        expect(
            await expectApiError(client.deleteBatch('member', [], 'k'.repeat(256)))
        ).toMatchObject({ code: 'invalid_argument' });
        expect(client.requestCount).toBe(before);
    });
});

describe('batch delete', () => {
    test('when a parent still has children, then it is refused per record while unknown ids say not_found', async () => {
        const results = await client.deleteBatch('household', [HOUSEHOLD_ID], 'delete-parent');
        expect(results).toEqual([
            {
                index: 0,
                id: HOUSEHOLD_ID,
                status: 'error',
                error: expect.objectContaining({ code: 'in_use' })
            }
        ]);

        const members = [1, 2, 3].map((n) => testId('mb_', n));
        const gone = await client.deleteBatch(
            'member',
            [...members, testId('mb_', 9)],
            'delete-children'
        );
        expect(gone.map((result) => result.error?.code ?? result.status)).toEqual([
            'deleted',
            'deleted',
            'deleted',
            'not_found'
        ]);
        expect(
            (await client.deleteBatch('household', [HOUSEHOLD_ID], 'delete-parent-2'))[0]?.status
        ).toBe('deleted');
    });
});

describe('usage figures', () => {
    test('when requests are made, then the count and the last rate-limit headers are kept', async () => {
        expect(client.requestCount).toBe(0);
        expect(client.rateLimit).toBeUndefined();

        await client.getSchema();
        await client.getSchema();

        expect(client.requestCount).toBe(2);
        expect(client.rateLimit).toEqual({ limit: 10_000, remaining: 9_998, resetSeconds: 60 });
    });
});
