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
    response?: { status: { code: number }; body: { string: string } };
}

/** The parsed JSON body of the first recorded reply to `method` on a URI ending with `uriEnd`. */
function recordedReply(cassette: string, method: string, uriEnd: string): unknown {
    const doc = parse(readFileSync(path.join(CASSETTES, cassette), 'utf8')) as {
        interactions: Interaction[];
    };
    const found = doc.interactions.find(
        (interaction) =>
            interaction.request?.method === method && interaction.request.uri.endsWith(uriEnd)
    );
    if (!found?.response) throw new Error(`no ${method} …${uriEnd} in ${cassette}`);
    return JSON.parse(found.response.body.string) as unknown;
}

let server: TestOrgServer;

beforeEach(async () => {
    server = await startTestOrgServer();
});

afterEach(async () => {
    await server.close();
});

describe('single-record CRUD through jsforce', () => {
    test('when a Contact is created, then the 201 body has the recorded keys and an 18-character Contact Id', async () => {
        const conn = server.connection();
        const result = await conn
            .sobject('Contact')
            .create({ FirstName: 'Ada', LastName: 'Lovelace' });

        const recorded = recordedReply(
            'TestUpsert.test_upsert_complex_external_id_field_rest__duplicate_error.yaml',
            'POST',
            '/sobjects/Account/'
        ) as Record<string, unknown>;
        expect(Object.keys(result).sort()).toEqual(Object.keys(recorded).sort());
        expect(result).toMatchObject({ success: true, errors: [] });
        expect(result.id).toMatch(/^003[0-9A-Za-z]{15}$/);
    });

    test('when a created Contact is retrieved, then it has attributes, its fields and the audit stamps', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Contact').create({
            FirstName: 'Ada',
            LastName: 'Lovelace',
            Email: 'Ada@Example.com',
            MailingCity: 'London'
        });
        const record = (await conn.sobject('Contact').retrieve(id as string)) as Record<
            string,
            unknown
        >;

        expect(record.attributes).toEqual({
            type: 'Contact',
            url: `/services/data/v62.0/sobjects/Contact/${id}`
        });
        expect(record).toMatchObject({
            Id: id,
            Name: 'Ada Lovelace',
            Email: 'Ada@Example.com',
            IsDeleted: false,
            HasOptedOutOfEmail: false,
            OwnerId: server.org.integrationUserId,
            CreatedById: server.org.integrationUserId,
            CreatedDate: '2026-01-15T09:00:00.000+0000',
            SystemModstamp: '2026-01-15T09:00:00.000+0000',
            Trustworthy_Id__c: null
        });
        expect(record.MailingAddress).toEqual({
            city: 'London',
            country: null,
            geocodeAccuracy: null,
            latitude: null,
            longitude: null,
            postalCode: null,
            state: null,
            street: null
        });
    });

    test('when a record is retrieved with fields, then only those fields come back', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Account').create({ Name: 'Babbage household' });
        const record = await conn.sobject('Account').retrieve(id as string, { fields: ['Name'] });

        expect(record).toEqual({
            attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${id}` },
            Name: 'Babbage household'
        });
    });

    test('when a record is updated later, then its values and LastModified stamps change and CreatedDate stays', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Contact').create({ LastName: 'Lovelace' });
        server.clock.advance(60_000);

        const result = await conn
            .sobject('Contact')
            .update({ Id: id as string, Title: 'Countess' });
        const stored = server.org.getRecord('Contact', id as string);

        expect(result).toEqual({ id, success: true, errors: [] });
        expect(stored).toMatchObject({
            Title: 'Countess',
            CreatedDate: '2026-01-15T09:00:00.000+0000',
            LastModifiedDate: '2026-01-15T09:01:00.000+0000',
            SystemModstamp: '2026-01-15T09:01:00.000+0000'
        });
    });

    test('when a record is deleted, then reading it answers ENTITY_IS_DELETED and queryAll rows keep it', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Contact').create({ LastName: 'Gone' });

        await expect(conn.sobject('Contact').destroy(id as string)).resolves.toEqual({
            id,
            success: true,
            errors: []
        });
        await expect(conn.sobject('Contact').retrieve(id as string)).rejects.toMatchObject({
            errorCode: 'ENTITY_IS_DELETED'
        });
        const rows = [...server.org.rows('Contact')];
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ isDeleted: true, values: { Id: id, IsDeleted: true } });
        expect(server.org.countRecords('Contact')).toBe(0);
    });

    test('when an unknown Id or object is asked for, then the reply is 404 NOT_FOUND', async () => {
        const conn = server.connection();
        await expect(conn.sobject('Contact').retrieve('003000000000001AAA')).rejects.toMatchObject({
            errorCode: 'NOT_FOUND',
            message: 'The requested resource does not exist'
        });
        await expect(conn.sobject('Nope__c').create({ Name: 'x' })).rejects.toMatchObject({
            errorCode: 'NOT_FOUND'
        });
    });

    test('when a 15-character Id is used, then it finds the same record', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Account').create({ Name: 'Short id' });
        const record = await conn.sobject('Account').retrieve((id as string).slice(0, 15));
        expect(record.Id).toBe(id);
    });
});

describe('single upsert through jsforce', () => {
    test('when no record has the external Id, then upsert creates it (201, created true)', async () => {
        const conn = server.connection();
        const result = await conn
            .sobject('Contact')
            .upsert({ LastName: 'Hopper', Trustworthy_Id__c: 'tw-person-1' }, 'Trustworthy_Id__c');

        expect(result).toMatchObject({ success: true, errors: [], created: true });
        expect(server.org.getRecord('Contact', result.id as string)).toMatchObject({
            Trustworthy_Id__c: 'tw-person-1'
        });
    });

    test('when one record matches case-insensitively, then upsert updates it (200, created false)', async () => {
        const conn = server.connection();
        const [id] = server.org.insertRecords('Contact', [
            { LastName: 'Hopper', Trustworthy_Id__c: 'TW-Person-1' }
        ]);
        const result = await conn
            .sobject('Contact')
            .upsert(
                { LastName: 'Hopper', Title: 'Rear Admiral', Trustworthy_Id__c: 'tw-person-1' },
                'Trustworthy_Id__c'
            );

        expect(result).toEqual({ id, success: true, errors: [], created: false });
        expect(server.org.getRecord('Contact', id as string)).toMatchObject({
            Title: 'Rear Admiral'
        });
    });

    test('when the API version is 45.0 or lower, then an updating upsert answers 204', async () => {
        server.org.insertRecords('Contact', [{ LastName: 'Hopper', Trustworthy_Id__c: 'tw-1' }]);
        const response = await fetch(
            `${server.instanceUrl}/services/data/v45.0/sobjects/Contact/Trustworthy_Id__c/tw-1`,
            {
                method: 'PATCH',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ Title: 'Admiral' })
            }
        );
        expect(response.status).toBe(204);
    });

    test('when several records match an idLookup field, then upsert answers 300 with their URLs', async () => {
        const ids = server.org.insertRecords('Contact', [
            { LastName: 'A', Email: 'same@example.com' },
            { LastName: 'B', Email: 'SAME@example.com' }
        ]);
        const response = await fetch(
            `${server.instanceUrl}/services/data/v62.0/sobjects/Contact/Email/same@example.com`,
            {
                method: 'PATCH',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ LastName: 'C' })
            }
        );

        expect(response.status).toBe(300);
        expect(await response.json()).toEqual(
            ids.map((id) => `/services/data/v62.0/sobjects/Contact/${id}`)
        );
        await expect(
            server
                .connection()
                .sobject('Contact')
                .upsert({ LastName: 'C', Email: 'same@example.com' }, 'Email')
        ).rejects.toMatchObject({ errorCode: 'MULTIPLE_CHOICES' });
    });

    test('when the upsert key is not an external Id field, then the reply is 404 naming it', async () => {
        const conn = server.connection();
        await expect(
            conn.sobject('Contact').upsert({ LastName: 'X', Title: 'Boss' }, 'Title')
        ).rejects.toMatchObject({
            errorCode: 'NOT_FOUND',
            message: 'Provided external ID field does not exist or is not accessible: Title'
        });
    });

    test('when upsert is keyed by Id, then the matching record is updated', async () => {
        const [id] = server.org.insertRecords('Account', [{ Name: 'Before' }]);
        const conn = server.connection();
        const result = await conn.sobject('Account').upsert({ Id: id, Name: 'After' }, 'Id');

        expect(result).toEqual({ id, success: true, errors: [], created: false });
        expect(server.org.getRecord('Account', id as string)).toMatchObject({ Name: 'After' });
    });
});
