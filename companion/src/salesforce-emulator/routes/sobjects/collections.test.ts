import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { startTestOrgServer, type TestOrgServer } from './test-harness';

const CASSETTES = path.resolve(
    __dirname,
    '..',
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'fixtures',
    'salesforce',
    'cumulusci-cassettes'
);

interface Interaction {
    request?: { method: string; uri: string };
    response?: { body: { string: string } };
}

/** Key sets of the result items Salesforce sent for one recorded collection call. */
function recordedItemKeys(cassette: string, method: string, uriEnd: string): string[][] {
    const doc = parse(readFileSync(path.join(CASSETTES, cassette), 'utf8')) as {
        interactions: Interaction[];
    };
    const found = doc.interactions.find(
        (interaction) =>
            interaction.request?.method === method && interaction.request.uri.endsWith(uriEnd)
    );
    if (!found?.response) throw new Error(`no ${method} …${uriEnd} in ${cassette}`);
    const items = JSON.parse(found.response.body.string) as Array<Record<string, unknown>>;
    return items.map((item) => Object.keys(item).sort());
}

function keysOf(items: unknown[]): string[][] {
    return items.map((item) => Object.keys(item as object).sort());
}

let server: TestOrgServer;

beforeEach(async () => {
    server = await startTestOrgServer();
});

afterEach(async () => {
    await server.close();
});

describe('sObject collections through jsforce', () => {
    test('when an array is created, then results come in order with the recorded item keys', async () => {
        const conn = server.connection();
        const results = await conn
            .sobject('Contact')
            .create([{ LastName: 'One' }, { LastName: 'Two' }]);

        const recorded = recordedItemKeys(
            'TestUpsert.test_upsert__rest.yaml',
            'POST',
            '/composite/sobjects'
        );
        expect(keysOf(results)).toEqual(results.map(() => recorded[0]));
        const names = results.map(
            (result) => server.org.getRecord('Contact', result.id as string)?.LastName
        );
        expect(names).toEqual(['One', 'Two']);
    });

    test('when an array is updated, then each record changes and items have the recorded keys', async () => {
        const ids = server.org.insertRecords('Account', [{ Name: 'A' }, { Name: 'B' }]);
        const conn = server.connection();
        const results = await conn.sobject('Account').update(
            ids.map(
                (id) =>
                    ({ Id: id, NumberOfEmployees: '10000' }) as Record<string, unknown> & {
                        Id: string;
                    }
            )
        );

        const recorded = recordedItemKeys(
            'TestUpdatesIntegrationTests.test_updates_task.yaml',
            'PATCH',
            '/composite/sobjects'
        );
        expect(keysOf(results)).toEqual(results.map(() => recorded[0]));
        expect(ids.map((id) => server.org.getRecord('Account', id)?.NumberOfEmployees)).toEqual([
            10000, 10000
        ]);
    });

    test('when an array is upserted, then created is true for new and false for matched records', async () => {
        const [existing] = server.org.insertRecords('Contact', [
            { LastName: 'Old', Trustworthy_Id__c: 'tw-1' }
        ]);
        const conn = server.connection();
        const results = await conn.sobject('Contact').upsert(
            [
                { LastName: 'Old', Title: 'Updated', Trustworthy_Id__c: 'tw-1' },
                { LastName: 'New', Trustworthy_Id__c: 'tw-2' }
            ],
            'Trustworthy_Id__c'
        );

        const recorded = recordedItemKeys(
            'TestUpsert.test_upsert__rest.yaml',
            'PATCH',
            '/composite/sobjects/Contact/Email'
        );
        expect(keysOf(results)).toEqual(results.map(() => recorded[0]));
        expect(results[0]).toEqual({ id: existing, success: true, errors: [], created: false });
        expect(results[1]).toMatchObject({ success: true, created: true });
    });

    test('when an upsert keyed by Id sends Id null, then the records are created', async () => {
        const response = await fetch(
            `${server.instanceUrl}/services/data/v62.0/composite/sobjects/Account/Id`,
            {
                method: 'PATCH',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                    allOrNone: false,
                    records: [{ attributes: { type: 'Account' }, Name: 'X', Id: null }]
                })
            }
        );
        const results = (await response.json()) as Array<Record<string, unknown>>;
        expect(results[0]).toMatchObject({ success: true, created: true });
    });

    test('when allOrNone is false and one record fails, then the others are saved', async () => {
        const conn = server.connection();
        const results = await conn
            .sobject('Contact')
            .create([{ LastName: 'Fine' }, { FirstName: 'No last name' }]);

        expect(results[0]).toMatchObject({ success: true });
        expect(results[1]).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'REQUIRED_FIELD_MISSING',
                    message: 'Required fields are missing: [LastName]',
                    fields: ['LastName']
                }
            ]
        });
        expect(server.org.countRecords('Contact')).toBe(1);
    });

    test('when allOrNone is true and one record fails, then nothing is saved and the others report the rollback', async () => {
        const conn = server.connection();
        const results = await conn
            .sobject('Contact')
            .create([{ LastName: 'Fine' }, { FirstName: 'No last name' }], { allOrNone: true });

        expect(results[0]).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                    message:
                        'Record rolled back because not all records were valid and the request was using AllOrNone header',
                    fields: []
                }
            ]
        });
        expect(results[1]).toMatchObject({
            success: false,
            errors: [{ statusCode: 'REQUIRED_FIELD_MISSING' }]
        });
        expect(server.org.countRecords('Contact')).toBe(0);
    });

    test('when an array of Ids is deleted, then each gets a result and a missing one fails alone', async () => {
        const ids = server.org.insertRecords('Contact', [{ LastName: 'A' }, { LastName: 'B' }]);
        const conn = server.connection();
        const results = await conn.sobject('Contact').destroy([...ids, 'not-an-id']);

        expect(results.slice(0, 2)).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
        expect(results[2]).toMatchObject({
            success: false,
            errors: [{ statusCode: 'MALFORMED_ID' }]
        });
        expect(server.org.countRecords('Contact')).toBe(0);
    });

    test('when an array of Ids is retrieved, then records come back in order with null for missing ones', async () => {
        const ids = server.org.insertRecords('Account', [{ Name: 'A' }, { Name: 'B' }]);
        const conn = server.connection();
        const records = await conn
            .sobject('Account')
            .retrieve([ids[1] as string, '001000000000001AAA', ids[0] as string], {
                fields: ['Name']
            });

        expect(records.map((record) => (record ? record.Name : null))).toEqual(['B', null, 'A']);
    });

    test('when more than 200 records are sent, then the call is refused with EXCEEDED_ID_LIMIT', async () => {
        const conn = server.connection();
        const records = Array.from({ length: 201 }, (_, index) => ({ LastName: `P${index}` }));

        await expect(conn.sobject('Contact').create(records)).rejects.toMatchObject({
            errorCode: 'EXCEEDED_ID_LIMIT'
        });
        expect(server.org.countRecords('Contact')).toBe(0);
    });

    test('when a row lock fault is armed, then that record fails with UNABLE_TO_LOCK_ROW and the next succeeds', async () => {
        server.faults.set({ lockRowFailures: 1 });
        const conn = server.connection();
        const results = await conn
            .sobject('Contact')
            .create([{ LastName: 'Locked' }, { LastName: 'Free' }]);

        expect(results[0]).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'UNABLE_TO_LOCK_ROW',
                    message: 'unable to obtain exclusive access to this record',
                    fields: []
                }
            ]
        });
        expect(results[1]).toMatchObject({ success: true });
    });

    test('when a collection upsert matches several records, then that item fails with DUPLICATE_EXTERNAL_ID', async () => {
        const ids = server.org.insertRecords('Contact', [
            { LastName: 'A', Email: 'twin@example.com' },
            { LastName: 'B', Email: 'twin@example.com' }
        ]);
        const conn = server.connection();
        const [result] = await conn
            .sobject('Contact')
            .upsert([{ LastName: 'C', Email: 'twin@example.com' }], 'Email');

        expect(result).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'DUPLICATE_EXTERNAL_ID',
                    message: `Email: more than one record found for external id field: [${ids.join(', ')}]`,
                    fields: ['Email']
                }
            ]
        });
    });
});
